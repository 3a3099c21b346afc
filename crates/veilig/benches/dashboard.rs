//! Dashboard latency benchmark (not a test): an organisation with 50 people, onboarding answered,
//! a logged-in owner; then `GET /dashboard` many times, sequentially, against a real server on
//! loopback with SQLite. Prints p50/p90/p99/max in milliseconds. The time is taken around each
//! request at the client, so it includes the server's session lookup, queries and rendering plus
//! the loopback hop.
//!
//! Run: `cargo bench -p veilig --bench dashboard` (release profile).

use std::time::{Duration, Instant};
use veilig_core::roles::Role;
use veilig_store::{Actor, PersonInput, Store};

const REQUESTS: usize = 3000;
const WARMUP: usize = 200;

fn main() -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(run())
}

async fn run() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let store = Store::open_data_dir(dir.path()).await?;
    let password = "benchmark-password-1";
    let hash = veilig_web::auth::hash_password(password).map_err(|e| anyhow::anyhow!("{e}"))?;
    let (org, owner) = store
        .create_org_with_owner("Bench BV", "Owner", "owner@bench.nl", &hash, true)
        .await?;
    let actor = Actor {
        user_id: Some(&owner.id),
        label: &owner.email,
    };
    for i in 0..49 {
        let input = PersonInput {
            name: format!("Medewerker {i}"),
            email: format!("m{i}@bench.nl"),
            department: ["Verkoop", "Finance", "Marketing", "IT"][i % 4].to_string(),
            role: if i % 10 == 0 {
                Role::Admin
            } else {
                Role::Member
            },
        };
        // Every fifth person gets a login, as in a real small business.
        let login = (i % 5 == 0).then_some(hash.as_str());
        store.add_person(&org.id, &input, login, &actor).await?;
    }
    store
        .set_answers(
            &org.id,
            &[
                ("ai_plan", "mixed"),
                ("client_data", "yes"),
                ("dpa", "signed"),
                ("twofa", "some"),
            ],
            &actor,
        )
        .await?;
    for rule in [1u8, 2, 3] {
        store.mark_reviewed(&org.id, rule, &actor).await?;
    }

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let state = veilig_web::AppState::new(store.clone(), veilig_web::WebConfig::default());
    tokio::spawn(veilig_web::serve(listener, state, std::future::pending()));

    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let page = client
        .get(format!("{base}/login"))
        .send()
        .await?
        .text()
        .await?;
    let csrf = page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .ok_or_else(|| anyhow::anyhow!("no csrf token"))?
        .to_string();
    let r = client
        .post(format!("{base}/login"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "owner@bench.nl"),
            ("password", password),
        ])
        .send()
        .await?;
    anyhow::ensure!(r.status().as_u16() == 303, "login failed: {}", r.status());

    let url = format!("{base}/dashboard");
    let mut samples: Vec<Duration> = Vec::with_capacity(REQUESTS);
    for i in 0..WARMUP + REQUESTS {
        let t = Instant::now();
        let resp = client.get(&url).send().await?;
        anyhow::ensure!(
            resp.status().as_u16() == 200,
            "dashboard status {}",
            resp.status()
        );
        let body = resp.bytes().await?;
        let elapsed = t.elapsed();
        anyhow::ensure!(body.len() > 10_000, "dashboard too small");
        if i >= WARMUP {
            samples.push(elapsed);
        }
    }
    samples.sort();
    let pct = |p: f64| {
        samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)].as_secs_f64() * 1000.0
    };
    println!(
        "dashboard (50 people, SQLite, {} requests): p50 {:.2} ms  p90 {:.2} ms  p99 {:.2} ms  max {:.2} ms",
        samples.len(),
        pct(0.50),
        pct(0.90),
        pct(0.99),
        samples.last().map(|d| d.as_secs_f64() * 1000.0).unwrap_or(0.0)
    );
    Ok(())
}
