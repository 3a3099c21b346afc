//! The `veilig` binary: one command line for the server and the tools around it.
//! Every subcommand that touches the store takes `--data-dir` or `--database-url`.

mod anonymize;
mod config;
mod gateway;
mod setup;

use anyhow::Context;
use clap::{Parser, Subcommand};
use config::{ServeArgs, StoreArgs};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "veilig",
    version,
    about = "veilig: safe AI use for small businesses (12 rules, anonymizer, gateway)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web app (and API) until stopped.
    Serve(ServeArgs),
    /// Create an organisation and its owner without the browser (for IT providers).
    Setup(setup::SetupArgs),
    /// Organisations in this installation.
    Org {
        #[command(subcommand)]
        command: OrgCommand,
    },
    /// Anonymize text (stdin or FILE) before it goes into an AI tool; exit status 3 when refused.
    Anonymize(anonymize::AnonymizeArgs),
    /// Put the originals back into an AI's answer, using the mapping of `anonymize --map`.
    Restore(anonymize::RestoreArgs),
    /// Virtual keys of the AI gateway.
    Keys {
        #[command(subcommand)]
        command: gateway::KeysCommand,
    },
    /// Print the AI tool catalog.
    Catalog {
        /// As JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write a consistent copy of the SQLite database while the server runs.
    Backup {
        /// Target file (must not exist yet).
        file: PathBuf,
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Subcommand)]
enum OrgCommand {
    /// List the organisations.
    List {
        #[command(flatten)]
        store: StoreArgs,
        /// Print JSON lines instead of a table.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("VEILIG_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("veilig: cannot start the runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("veilig: {e:#}");
            ExitCode::from(1)
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => serve(args).await,
        Command::Setup(args) => setup::run(args).await,
        Command::Keys { command } => gateway::keys(command).await,
        Command::Catalog { json } => {
            let catalog = veilig_catalog::Catalog::builtin();
            if json {
                println!("{}", catalog.to_json());
            } else {
                for t in &catalog.tools {
                    let plans: Vec<&str> = t.plans.iter().map(|p| p.name.as_str()).collect();
                    println!(
                        "{}\t{} ({})\t{}",
                        t.id,
                        t.product,
                        t.vendor,
                        plans.join(", ")
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Anonymize(args) => anonymize::run_anonymize(args),
        Command::Restore(args) => anonymize::run_restore(args),
        Command::Org {
            command: OrgCommand::List { store, json },
        } => {
            let store = store.open().await?;
            for org in store.all_orgs().await? {
                if json {
                    println!(
                        "{}",
                        serde_json::json!({"id": org.id, "name": org.name, "sector": org.sector, "created_at": org.created_at})
                    );
                } else {
                    println!("{}\t{}", org.id, org.name);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Backup { file, store } => {
            let store = store.open().await?;
            store
                .backup_to(&file)
                .await
                .with_context(|| format!("backup to {}", file.display()))?;
            eprintln!("veilig: backup written to {}", file.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let settings = args.resolve()?;
    let store = settings.store.open().await?;
    let master = gateway::master_key(&store, &settings.store).await?;
    let listener = tokio::net::TcpListener::bind(&settings.bind)
        .await
        .with_context(|| format!("cannot listen on {}", settings.bind))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, backend = ?store.backend(), "veilig is running: open http://{addr}/");
    println!("veilig listening on http://{addr}/");
    // One mailer for reminders, spend alerts and test messages: from --smtp-host when given,
    // else from the mail server an administrator set in the app.
    let flag_mailer = gateway::mailer(&settings.gateway)?;
    let mail_from_flags = flag_mailer.is_some();
    let mailer = flag_mailer.unwrap_or_else(veilig_mail::Mailer::unconfigured);
    if !mail_from_flags {
        veilig_web::mail::refresh(&store, Some(&master), &mailer).await;
    }
    let web = veilig_web::AppState::new(
        store.clone(),
        veilig_web::WebConfig {
            secure_cookies: settings.secure_cookies,
            gateway_url: settings
                .gateway
                .gateway_bind
                .as_ref()
                .map(|b| format!("http://{b}/v1")),
            mail_from_flags,
            ..veilig_web::WebConfig::default()
        },
    )
    .with_master_key(master.clone())
    .with_mailer(mailer.clone());
    let gw = gateway::state(
        &store,
        &settings.gateway,
        web.engines.clone(),
        master.clone(),
        mailer.clone(),
    )?;
    // Task reminders by e-mail, every ten minutes, once a mail server is configured. Each round
    // first re-reads the mail settings, so a change made on another instance applies here too.
    let reminders = {
        let store = store.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
            loop {
                tick.tick().await;
                let ready = if mail_from_flags {
                    true
                } else {
                    veilig_web::mail::refresh(&store, Some(&master), &mailer).await
                };
                if !ready {
                    continue;
                }
                if let Err(e) = veilig_web::registers::send_reminders(
                    &store,
                    &mailer,
                    veilig_web::layout::today(),
                )
                .await
                {
                    tracing::warn!(error = %e, "sending reminders failed");
                }
            }
        })
    };
    let gw_router = veilig_gateway::router(gw.clone());
    let (tx, _) = tokio::sync::broadcast::channel::<()>(1);
    let stop = {
        let tx = tx.clone();
        async move {
            shutdown_signal().await;
            let _ = tx.send(());
        }
    };
    tokio::spawn(stop);
    let mut rx_web = tx.subscribe();
    let web_shutdown = async move {
        let _ = rx_web.recv().await;
    };
    match &settings.gateway.gateway_bind {
        Some(gbind) => {
            let gl = tokio::net::TcpListener::bind(gbind)
                .await
                .with_context(|| format!("cannot listen on {gbind}"))?;
            println!("veilig gateway listening on http://{}/v1", gl.local_addr()?);
            let mut rx_gw = tx.subscribe();
            let app = gw_router.merge(veilig_gateway::metrics_router(gw.clone()));
            let gw_task = tokio::spawn(async move {
                axum::serve(gl, app)
                    .with_graceful_shutdown(async move {
                        let _ = rx_gw.recv().await;
                    })
                    .await
            });
            veilig_web::serve(listener, web, web_shutdown).await?;
            let _ = gw_task.await;
        }
        None => {
            let extra = gw_router.merge(veilig_gateway::metrics_router(gw.clone()));
            veilig_web::serve_with(listener, web, extra, web_shutdown).await?;
        }
    }
    reminders.abort();
    gw.drain(std::time::Duration::from_secs(10)).await;
    store.close().await;
    tracing::info!("veilig stopped");
    Ok(ExitCode::SUCCESS)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
