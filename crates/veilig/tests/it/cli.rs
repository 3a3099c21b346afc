//! The `veilig` binary: scripted setup, organisation list, backup while the server runs, and
//! clear errors with exit codes for bad input.

use std::io::Write;
use std::process::{Command, Stdio};

fn veilig() -> Command {
    Command::new(env!("CARGO_BIN_EXE_veilig"))
}

#[test]
fn setup_org_list_and_backup_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    // Password on standard input.
    let mut child = veilig()
        .args([
            "setup",
            "--org",
            "Kapsalon Knip",
            "--owner",
            "anna@knip.nl",
            "--data-dir",
            data,
        ])
        .env_remove("VEILIG_OWNER_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"knip-knip-knip-2026\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Kapsalon Knip"));
    // Password from the environment; a second organisation in the same installation.
    let out = veilig()
        .args([
            "setup",
            "--org",
            "Garage Wiel",
            "--owner",
            "gerrit@wiel.nl",
            "--data-dir",
            data,
        ])
        .env("VEILIG_OWNER_PASSWORD", "wiel-wiel-wiel-2026")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Bad input: an existing login, a short password, a non-address. Exit code 1 and a message.
    for (args, pw, msg) in [
        (
            vec!["--org", "X", "--owner", "anna@knip.nl"],
            "lang-genoeg-wachtwoord",
            "already exists",
        ),
        (
            vec!["--org", "X", "--owner", "nieuw@x.nl"],
            "kort",
            "at least 12",
        ),
        (
            vec!["--org", "X", "--owner", "geen-adres"],
            "lang-genoeg-wachtwoord",
            "e-mail address",
        ),
    ] {
        let out = veilig()
            .arg("setup")
            .args(&args)
            .args(["--data-dir", data])
            .env("VEILIG_OWNER_PASSWORD", pw)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(msg), "{err}");
    }
    let out = veilig()
        .args(["org", "list", "--data-dir", data])
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&out.stdout);
    assert!(
        list.contains("Kapsalon Knip") && list.contains("Garage Wiel"),
        "{list}"
    );
    assert_eq!(list.lines().count(), 2);
    let out = veilig()
        .args(["org", "list", "--json", "--data-dir", data])
        .output()
        .unwrap();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["id"].is_string());
    }
    // Backup: a consistent copy that opens as a veilig database with both organisations.
    let backup = dir.path().join("kopie.sqlite3");
    let out = veilig()
        .args(["backup", backup.to_str().unwrap(), "--data-dir", data])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let url = format!("sqlite://{}", backup.display());
    let out = veilig()
        .args(["org", "list", "--database-url", &url])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
    // A second backup to the same file is refused, the first stays.
    let out = veilig()
        .args(["backup", backup.to_str().unwrap(), "--data-dir", data])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    // An unsupported database URL is a clear error.
    let out = veilig()
        .args(["org", "list", "--database-url", "mysql://x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unsupported database URL"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_while_the_server_is_serving() {
    let db = crate::support::sqlite().await;
    let server = crate::support::Server::start(&db).await;
    let owner = crate::support::setup_owner(&server, "Bakkerij", "eva@bakkerij.nl").await;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("live.sqlite3");
    // Requests keep coming while the backup runs.
    let busy = tokio::spawn(async move {
        for i in 0..20 {
            let email = format!("p{i}@bakkerij.nl");
            owner
                .submit(
                    "/team",
                    "/team",
                    &[
                        ("name", "Persoon"),
                        ("email", email.as_str()),
                        ("role", "member"),
                    ],
                )
                .await;
        }
    });
    server.store.backup_to(&target).await.unwrap();
    busy.await.unwrap();
    let copy = veilig_store::Store::connect(&format!("sqlite://{}", target.display()))
        .await
        .unwrap();
    assert_eq!(copy.all_orgs().await.unwrap().len(), 1);
    assert_eq!(copy.user_count().await.unwrap(), 1);
    server.stop().await;
}

#[test]
fn serve_help_documents_every_setting() {
    let out = veilig().args(["serve", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for s in [
        "--bind",
        "--data-dir",
        "--database-url",
        "--config",
        "VEILIG_BIND",
        "VEILIG_DATA_DIR",
        "VEILIG_DATABASE_URL",
    ] {
        assert!(help.contains(s), "{s} missing from serve --help");
    }
}

#[test]
fn keys_create_prints_the_key_once_and_refuses_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let out = veilig()
        .args([
            "setup",
            "--org",
            "Kapsalon Knip",
            "--owner",
            "anna@knip.nl",
            "--data-dir",
            data,
        ])
        .env("VEILIG_OWNER_PASSWORD", "knip-knip-knip-2026")
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = veilig()
        .args([
            "keys",
            "create",
            "--org",
            "Kapsalon Knip",
            "--name",
            "marketing",
            "--daily-limit",
            "5",
            "--monthly-limit",
            "100,50",
            "--data-dir",
            data,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let key = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(key.starts_with("vk-") && key.len() > 20, "{key}");
    // The audit log says the key came from the command line.
    let log = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let store = veilig_store::Store::open_data_dir(std::path::Path::new(data))
            .await
            .unwrap();
        let org = store.all_orgs().await.unwrap().remove(0);
        store.audit_log(&org.id, 100).await.unwrap()
    });
    assert!(
        log.iter()
            .any(|e| e.action == "gateway.key.create" && e.actor == "cli"),
        "{log:?}"
    );
    for (args, msg) in [
        (
            vec![
                "--org",
                "Bestaat Niet",
                "--name",
                "x",
                "--daily-limit",
                "5",
                "--monthly-limit",
                "50",
            ],
            "unknown organisation",
        ),
        (
            vec![
                "--org",
                "Kapsalon Knip",
                "--name",
                "x",
                "--daily-limit",
                "vijf",
                "--monthly-limit",
                "50",
            ],
            "not an amount",
        ),
    ] {
        let out = veilig()
            .args(["keys", "create"])
            .args(&args)
            .args(["--data-dir", data])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(msg),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn catalog_json_lists_at_least_thirty_tools_with_sources() {
    let out = veilig().args(["catalog", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let tools = v["tools"]
        .as_array()
        .or_else(|| v.as_array())
        .expect("a list of tools");
    assert!(tools.len() >= 30);
    assert!(tools
        .iter()
        .all(|t| t["sources"].as_array().is_some_and(|s| !s.is_empty())));
}

/// Starts `veilig serve` with `args`, waits until it listens, then stops it.
fn serve_once(args: &[&str]) {
    use std::io::{BufRead, BufReader};
    let mut child = veilig()
        .args(["serve", "--bind", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(line.contains("listening"), "{line}");
    child.kill().unwrap();
    let _ = child.wait();
}

#[test]
fn an_instance_with_another_key_file_refuses_to_start() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first");
    let second = dir.path().join("second");
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("shared.sqlite3").display()
    );
    serve_once(&[
        "--data-dir",
        first.to_str().unwrap(),
        "--database-url",
        &url,
    ]);
    // A second instance on the same database with its own, new key file: refused.
    let mut child = veilig()
        .args(["serve", "--bind", "127.0.0.1:0", "--database-url", &url])
        .args(["--data-dir", second.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("the second instance started with the wrong key file");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("gateway-master.key"), "{err}");
    assert!(err.contains("copy the key file"), "{err}");
    // With a copy of the first instance's key file it starts.
    std::fs::copy(
        first.join("gateway-master.key"),
        second.join("gateway-master.key"),
    )
    .unwrap();
    serve_once(&[
        "--data-dir",
        second.to_str().unwrap(),
        "--database-url",
        &url,
    ]);
}
