//! The mailer against the in-process SMTP server of veilig-testkit.

use std::time::Duration;
use veilig_mail::{MailConfig, MailError, Mailer};
use veilig_testkit::SmtpServer;

fn config(port: u16) -> MailConfig {
    MailConfig {
        host: "127.0.0.1".into(),
        port,
        from: "veilig <veilig@example.nl>".into(),
        username: None,
        password: None,
        starttls: false,
    }
}

#[tokio::test]
async fn sends_plain_text_utf8() {
    let smtp = SmtpServer::start().await;
    let mailer = Mailer::new(config(smtp.port())).expect("mailer");
    mailer
        .send(
            "eva@bakkerij.nl",
            "Budget bijna op: €40 van €50",
            "Hallo Eva,\n\nDe sleutel 'marketing' heeft €40,00 van €50,00 gebruikt. Café ✓\n",
        )
        .await
        .expect("send");
    let msgs = smtp
        .wait_for_messages(1, Duration::from_secs(10))
        .await
        .expect("message");
    assert_eq!(msgs.len(), 1);
    let m = &msgs[0];
    assert!(m.from.contains("veilig@example.nl"), "{}", m.from);
    assert_eq!(m.to, vec!["eva@bakkerij.nl".to_string()]);
    assert_eq!(m.subject().as_deref(), Some("Budget bijna op: €40 van €50"));
    assert!(
        m.body().contains("€40,00 van €50,00 gebruikt. Café ✓"),
        "{}",
        m.body()
    );
}

#[tokio::test]
async fn bad_addresses_are_errors() {
    assert!(matches!(
        Mailer::new(MailConfig {
            from: "not an address".into(),
            ..config(25)
        }),
        Err(MailError::InvalidFrom(_))
    ));
    let mailer = Mailer::new(config(25)).expect("mailer");
    assert!(matches!(
        mailer.send("nope", "s", "b").await,
        Err(MailError::InvalidTo(_))
    ));
}

#[tokio::test]
async fn unreachable_server_is_an_error() {
    let port = veilig_testkit::free_port().expect("port");
    let mailer = Mailer::new(config(port)).expect("mailer");
    assert!(matches!(
        mailer.send("a@b.nl", "s", "b").await,
        Err(MailError::Send(_))
    ));
}
