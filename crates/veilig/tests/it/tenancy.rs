//! Multi-tenancy: a user of organisation A can neither read nor change B's rows, also not by
//! putting B's ids in URLs or forms; an IT provider works in several client organisations.

use crate::on_both;
use crate::support::{login, setup_owner, Server, TestDb};
use veilig_core::roles::Role;
use veilig_store::{Actor, PersonInput};

async fn url_tampering_cannot_cross_organisations(db: TestDb) {
    let server = Server::start(&db).await;
    let eva = setup_owner(&server, "Bakkerij A", "eva@a.nl").await;
    let hash = veilig_web::auth::hash_password("bob-zijn-wachtwoord").unwrap();
    let (org_b, bob) = server
        .store
        .create_org_with_owner("Kantoor B", "Bob", "bob@b.nl", &hash, false)
        .await
        .unwrap();
    let actor = Actor {
        user_id: Some(&bob.id),
        label: &bob.email,
    };
    let secret = server
        .store
        .add_person(
            &org_b.id,
            &PersonInput {
                name: "Geheim Persoon".into(),
                email: "geheim@b.nl".into(),
                department: "".into(),
                role: Role::Member,
            },
            None,
            &actor,
        )
        .await
        .unwrap();
    // Read: not found, and nothing of B leaks into A's pages.
    let p = eva.get(&format!("/team/{}", secret.id)).await;
    assert_eq!(p.status, 404);
    assert!(!p.contains("Geheim Persoon"));
    assert!(!eva.get("/team").await.contains("Geheim Persoon"));
    // Change and delete: not found, B's row unchanged.
    let p = eva
        .submit(
            "/team",
            &format!("/team/{}", secret.id),
            &[
                ("name", "Overschreven"),
                ("email", "x@a.nl"),
                ("role", "member"),
            ],
        )
        .await;
    assert_eq!(p.status, 404);
    let p = eva
        .submit("/team", &format!("/team/{}/delete", secret.id), &[])
        .await;
    assert_eq!(p.status, 404);
    let still = server
        .store
        .person(&org_b.id, &secret.id)
        .await
        .unwrap()
        .expect("B's person still there");
    assert_eq!(still.name, "Geheim Persoon");
    // Switching to an organisation one is not a member of is refused.
    let p = eva
        .submit("/orgs", "/orgs/switch", &[("org_id", org_b.id.as_str())])
        .await;
    assert_eq!(p.status, 404);
    assert!(p.contains("bestaat niet of je hebt er geen toegang toe"));
    assert!(eva.get("/dashboard").await.contains("Bakkerij A"));
    // B's owner sees only B; A's audit log has nothing of B.
    let bob_c = login(&server, "bob@b.nl", "bob-zijn-wachtwoord").await;
    let team_b = bob_c.get("/team").await;
    assert!(team_b.contains("Geheim Persoon") && !team_b.contains("eva@a.nl"));
    let org_a = server
        .store
        .all_orgs()
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.name == "Bakkerij A")
        .unwrap();
    assert!(server
        .store
        .audit_log(&org_a.id, 100)
        .await
        .unwrap()
        .iter()
        .all(|e| !e.detail.contains("geheim@b.nl")));
    // The store itself refuses cross-organisation access by id.
    assert!(server
        .store
        .person(&org_a.id, &secret.id)
        .await
        .unwrap()
        .is_none());
    server.stop().await;
}
on_both!(url_tampering, url_tampering_cannot_cross_organisations);

async fn a_provider_manages_several_client_organisations(db: TestDb) {
    let server = Server::start(&db).await;
    let it = setup_owner(&server, "IT Partner", "beheer@itpartner.nl").await;
    for name in ["Tandarts Smit", "Notaris Bakker"] {
        let p = it.submit("/orgs", "/orgs", &[("name", name)]).await;
        assert_eq!(p.status, 303, "{}", p.body);
    }
    let list = it.follow("/orgs").await;
    assert!(list.contains("Tandarts Smit") && list.contains("Notaris Bakker"));
    assert!(list.contains("IT-leverancier"));
    let orgs = server.store.all_orgs().await.unwrap();
    let smit = orgs.iter().find(|o| o.name == "Tandarts Smit").unwrap();
    let p = it
        .submit("/orgs", "/orgs/switch", &[("org_id", smit.id.as_str())])
        .await;
    assert_eq!(p.location.as_deref(), Some("/dashboard"));
    let dash = it.follow("/dashboard").await;
    assert!(dash.contains("Tandarts Smit"));
    let p = it
        .submit(
            "/team",
            "/team",
            &[
                ("name", "Assistent Smit"),
                ("email", "assistent@smit.nl"),
                ("role", "member"),
            ],
        )
        .await;
    assert_eq!(p.status, 303);
    assert_eq!(server.store.people(&smit.id).await.unwrap().len(), 1);
    // The provider reads the client's audit log; the person is not in the other client.
    assert_eq!(it.get("/audit").await.status, 200);
    let bakker = orgs.iter().find(|o| o.name == "Notaris Bakker").unwrap();
    assert!(server.store.people(&bakker.id).await.unwrap().is_empty());
    server.stop().await;
}
on_both!(provider, a_provider_manages_several_client_organisations);
