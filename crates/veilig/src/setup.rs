//! `veilig setup`: create an organisation and its owner non-interactively.

use crate::config::StoreArgs;
use anyhow::{bail, Context};
use clap::Args;
use std::io::Read;
use std::process::ExitCode;
use veilig_store::StoreError;

#[derive(Args, Debug)]
pub struct SetupArgs {
    /// Name of the organisation.
    #[arg(long)]
    pub org: String,
    /// E-mail address of the owner (their login).
    #[arg(long)]
    pub owner: String,
    /// Display name of the owner (defaults to the part of the address before @).
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// The owner's password: `VEILIG_OWNER_PASSWORD`, else the first line of standard input.
fn read_password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("VEILIG_OWNER_PASSWORD") {
        return Ok(p);
    }
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .context("cannot read the password from standard input")?;
    Ok(s.lines().next().unwrap_or("").to_string())
}

pub async fn run(args: SetupArgs) -> anyhow::Result<ExitCode> {
    let org = args.org.trim();
    if org.is_empty() {
        bail!("--org must not be empty");
    }
    let email = args.owner.trim().to_lowercase();
    if !email.contains('@') || email.contains(char::is_whitespace) {
        bail!("--owner must be an e-mail address, got {:?}", args.owner);
    }
    let password = read_password()?;
    if password.chars().count() < veilig_web::auth::MIN_PASSWORD_LEN {
        bail!(
            "the password must have at least {} characters (give it in VEILIG_OWNER_PASSWORD or on standard input)",
            veilig_web::auth::MIN_PASSWORD_LEN
        );
    }
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| email.split('@').next().unwrap_or("").to_string());
    let store = args.store.open().await?;
    let hash = veilig_web::auth::hash_password(&password).map_err(|e| anyhow::anyhow!("{e}"))?;
    match store
        .create_org_with_owner(org, &name, &email, &hash, false)
        .await
    {
        Ok((org, _)) => {
            println!("{}\t{}", org.id, org.name);
            Ok(ExitCode::SUCCESS)
        }
        Err(StoreError::Conflict(_)) => bail!("a login for {email} already exists"),
        Err(e) => Err(e.into()),
    }
}
