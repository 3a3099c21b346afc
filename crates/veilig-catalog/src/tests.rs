#![allow(clippy::unwrap_used)]

use super::*;

fn cat() -> &'static Catalog {
    Catalog::builtin()
}

#[test]
fn builtin_catalog_parses_and_validates() {
    // Same path as `builtin()`, but with the error shown instead of a panic message.
    let c = Catalog::from_toml(CATALOG_TOML).unwrap_or_else(|e| panic!("catalog.toml: {e}"));
    assert!(c.tools.len() >= 32, "only {} tools", c.tools.len());
    for t in &c.tools {
        assert!(!t.sources.is_empty(), "{} has no sources", t.id);
        assert!(!t.plans.is_empty(), "{} has no plans", t.id);
        assert!(
            !t.quarterly_checks.is_empty(),
            "{} has no quarterly checks",
            t.id
        );
        for s in &t.sources {
            assert!(is_valid_date(&s.checked), "{}: {}", t.id, s.checked);
            assert!(!s.fact.is_empty() && !s.source.is_empty(), "{}", t.id);
        }
        for q in &t.quarterly_checks {
            assert!(!q.nl.is_empty() && !q.en.is_empty(), "{}", t.id);
        }
        assert!(t.last_checked().is_some());
    }
    assert_eq!(cat().tools.len(), c.tools.len());
}

#[test]
fn builtin_has_the_tools_the_guide_names() {
    for id in [
        "chatgpt",
        "openai-api",
        "claude",
        "anthropic-api",
        "microsoft-365-copilot",
        "microsoft-copilot",
        "github-copilot",
        "gemini",
        "gemini-workspace",
        "jasper",
        "apollo",
        "deepseek",
    ] {
        assert!(cat().tool(id).is_some(), "missing {id}");
    }
    assert!(cat().tool("nope").is_none());
}

#[test]
fn catalog_rules_hold() {
    for t in &cat().tools {
        for p in &t.plans {
            // A plan that trains by default fits no confidential data.
            if p.trains_on_data_by_default.is_yes() {
                assert_eq!(p.suitable_for, DataClass::None, "{} {}", t.id, p.id);
            }
            // Personal data needs a DPA and no training by default.
            if p.suitable_for >= DataClass::Personal {
                assert!(p.dpa_included.is_yes(), "{} {}", t.id, p.id);
                assert!(p.trains_on_data_by_default.is_no(), "{} {}", t.id, p.id);
            }
            if p.suitable_for == DataClass::Special {
                assert!(p.tenant_bound, "{} {}", t.id, p.id);
            }
        }
    }
}

#[test]
fn domain_matching() {
    let c = cat();
    let id = |h: &str| c.match_domain(h).map(|t| t.id.as_str());
    assert_eq!(id("chatgpt.com"), Some("chatgpt"));
    assert_eq!(id("foo.chatgpt.com"), Some("chatgpt"));
    assert_eq!(id("CHAT.OpenAI.com"), Some("chatgpt"));
    assert_eq!(id("chatgpt.com."), Some("chatgpt"));
    assert_eq!(id("ab.chatgpt.com:443"), Some("chatgpt"));
    assert_eq!(id("files.oaiusercontent.com"), Some("chatgpt"));
    assert_eq!(id("api.openai.com"), Some("openai-api"));
    assert_eq!(id("API.OPENAI.COM."), Some("openai-api"));
    assert_eq!(id("claude.ai"), Some("claude"));
    assert_eq!(id("api.anthropic.com"), Some("anthropic-api"));
    assert_eq!(id("www.anthropic.com"), Some("claude"));
    assert_eq!(id("gemini.google.com"), Some("gemini"));
    assert_eq!(id("chat.deepseek.com"), Some("deepseek"));
    // No false matches.
    assert_eq!(id("notopenai.com"), None);
    assert_eq!(id("openai.com.evil.example"), None);
    assert_eq!(id("google.com"), None);
    assert_eq!(id("com"), None);
    assert_eq!(id(""), None);
    assert_eq!(id("."), None);
}

#[test]
fn data_class_order_and_parse() {
    assert!(DataClass::None < DataClass::Business);
    assert!(DataClass::Client < DataClass::Personal);
    assert!(DataClass::Personal < DataClass::Special);
    assert_eq!("Client".parse::<DataClass>().unwrap(), DataClass::Client);
    assert!("secret".parse::<DataClass>().is_err());
    for c in DataClass::ALL {
        assert_eq!(c.as_str().parse::<DataClass>().unwrap(), c);
        assert!(!c.label_nl().is_empty() && !c.label_en().is_empty());
    }
    let p = &cat().tool("chatgpt").unwrap().plans[0];
    assert!(p.fits(DataClass::None));
    assert!(!p.fits(DataClass::Business));
}

fn plan<'a>(tool: &'a Tool, id: &str) -> &'a Plan {
    tool.plan(id).unwrap()
}

#[test]
fn chatgpt_plus_with_client_data_is_critical_and_names_business() {
    let t = cat().tool("chatgpt").unwrap();
    let f = assess(t, plan(t, "plus"), DataClass::Client, Sector::General);
    let crit: Vec<_> = f
        .iter()
        .filter(|f| f.severity == Severity::Critical)
        .collect();
    assert_eq!(crit.len(), 1, "{f:?}");
    assert_eq!(crit[0].rule, 1);
    assert!(
        crit[0].fix_nl.contains("Business (voorheen Team)"),
        "{}",
        crit[0].fix_nl
    );
    assert!(crit[0].fix_en.contains("Business (voorheen Team)"));
    // Free with personal data too, and the fix skips the consumer Pro plan.
    let f = assess(t, plan(t, "free"), DataClass::Personal, Sector::General);
    assert_eq!(f[0].severity, Severity::Critical);
    assert!(f[0].fix_en.contains("Business"));
    assert!(!f[0].fix_en.contains("(Pro)"));
}

#[test]
fn chatgpt_enterprise_with_client_data_is_fine() {
    let t = cat().tool("chatgpt").unwrap();
    for data in [DataClass::Client, DataClass::Personal] {
        let f = assess(t, plan(t, "enterprise"), data, Sector::General);
        assert!(f.is_empty(), "{f:?}");
    }
}

#[test]
fn consumer_plan_with_business_data_warns() {
    let t = cat().tool("claude").unwrap();
    let f = assess(t, plan(t, "pro"), DataClass::Business, Sector::General);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Warning);
    assert!(f[0].fix_nl.contains("Team"));
    assert!(assess(t, plan(t, "pro"), DataClass::None, Sector::General).is_empty());
}

#[test]
fn special_data_is_critical_except_on_special_plans() {
    let t = cat().tool("chatgpt").unwrap();
    let f = assess(t, plan(t, "enterprise"), DataClass::Special, Sector::Care);
    assert_eq!(f[0].severity, Severity::Critical);
    assert!(f[0].fix_en.contains("Microsoft 365 Copilot"));
    let m = cat().tool("microsoft-365-copilot").unwrap();
    let f = assess(m, plan(m, "copilot-chat"), DataClass::Special, Sector::Care);
    assert_eq!(f[0].severity, Severity::Critical);
    assert!(f[0].fix_nl.contains("Microsoft 365 Copilot (licentie)"));
    let f = assess(m, plan(m, "m365-copilot"), DataClass::Special, Sector::Care);
    assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
}

#[test]
fn legal_sector_advises_tenant_bound_product() {
    let t = cat().tool("chatgpt").unwrap();
    let f = assess(t, plan(t, "business"), DataClass::Client, Sector::Legal);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].rule, 5);
    assert_eq!(f[0].severity, Severity::Info);
    assert!(f[0].fix_nl.contains("Microsoft 365 Copilot"));
    let f = assess(t, plan(t, "business"), DataClass::Personal, Sector::Finance);
    assert_eq!(f[0].severity, Severity::Warning);
    // Not in general sector, nor for a tenant-bound product.
    assert!(assess(t, plan(t, "business"), DataClass::Client, Sector::General).is_empty());
    let m = cat().tool("microsoft-365-copilot").unwrap();
    assert!(assess(
        m,
        plan(m, "m365-copilot"),
        DataClass::Personal,
        Sector::Legal
    )
    .is_empty());
}

#[test]
fn unknown_training_default_with_client_data_warns() {
    let t = cat().tool("grammarly").unwrap();
    let f = assess(t, plan(t, "enterprise"), DataClass::Client, Sector::General);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].severity, Severity::Warning);
    assert_eq!(f[0].rule, 1);
}

#[test]
fn no_fitting_plan_says_so() {
    let t = cat().tool("deepseek").unwrap();
    let f = assess(t, plan(t, "free"), DataClass::Client, Sector::General);
    assert_eq!(f[0].severity, Severity::Critical);
    assert!(f[0].fix_en.contains("has no plan that fits"));
    assert!(f[0].fix_nl.contains("regel 02"));
}

const MINI: &str = r#"
[[tools]]
id = "x"
vendor = "X"
product = "X"
category = "chat"
vendor_country = "NL"
plans = [{ id = "free", name = "Free", audience = "consumer", trains_on_data_by_default = "unknown", dpa_included = false, suitable_for = "none" }]
twofa = "unknown"
sso = false
eu_data_residency = "enterprise-only"
dpa_url = "none"
privacy_settings_url = "unknown"
domains = ["x.example"]
processes_personal_data = false
sources = [{ fact = "f", source = "s", url = "https://x.example/", checked = "2026-02-28", basis = "search" }]
"#;

#[test]
fn mini_catalog_parses() {
    let c = Catalog::from_toml(MINI).unwrap();
    let t = c.tool("x").unwrap();
    assert_eq!(t.plans[0].trains_on_data_by_default, Tri::Unknown);
    assert_eq!(t.eu_data_residency, Residency::EnterpriseOnly);
    assert_eq!(t.dpa_link(), None);
    assert_eq!(c.match_domain("a.x.example").unwrap().id, "x");
}

#[test]
fn invalid_toml_is_a_clear_error() {
    let e = Catalog::from_toml("[[tools]\nid = ").unwrap_err();
    assert!(matches!(e, CatalogError::Toml(_)));
    assert!(e.to_string().contains("not valid TOML"));
    let e =
        Catalog::from_toml(&MINI.replace("twofa = \"unknown\"", "twofa = \"maybe\"")).unwrap_err();
    assert!(e.to_string().contains("\"unknown\""), "{e}");
    let e =
        Catalog::from_toml(&MINI.replace("category = \"chat\"", "category = \"chat\"\ncolour = 1"))
            .unwrap_err();
    assert!(e.to_string().contains("colour"), "{e}");
}

#[test]
fn duplicate_ids_are_rejected() {
    let two = format!("{MINI}\n{}", MINI.replace("x.example\"]", "y.example\"]"));
    assert_eq!(
        Catalog::from_toml(&two).unwrap_err(),
        CatalogError::DuplicateTool("x".into())
    );
    assert_eq!(
        Catalog::from_toml(&two).unwrap_err().to_string(),
        "tool id \"x\" appears more than once"
    );
}

#[test]
fn validation_errors() {
    let bad = |from: &str, to: &str| Catalog::from_toml(&MINI.replace(from, to)).unwrap_err();
    assert!(matches!(
        bad("checked = \"2026-02-28\"", "checked = \"2026-02-30\""),
        CatalogError::BadDate { .. }
    ));
    assert!(matches!(
        bad("checked = \"2026-02-28\"", "checked = \"28-02-2026\""),
        CatalogError::BadDate { .. }
    ));
    assert!(matches!(
        bad("[\"x.example\"]", "[\"X.example\"]"),
        CatalogError::BadDomain { .. }
    ));
    assert!(matches!(
        bad("[\"x.example\"]", "[\"https://x.example\"]"),
        CatalogError::BadDomain { .. }
    ));
    assert!(matches!(
        bad("id = \"x\"", "id = \"X Y\""),
        CatalogError::BadId(_)
    ));
    assert!(matches!(
        bad(
            "sources = [{ fact = \"f\", source = \"s\", url = \"https://x.example/\", checked = \"2026-02-28\", basis = \"search\" }]",
            "sources = []"
        ),
        CatalogError::NoSources(_)
    ));
    let no_plans = MINI
        .lines()
        .map(|l| {
            if l.starts_with("plans") {
                "plans = []"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(matches!(
        Catalog::from_toml(&no_plans).unwrap_err(),
        CatalogError::NoPlans(_)
    ));
    assert!(matches!(
        bad(
            "privacy_settings_url = \"unknown\"",
            "privacy_settings_url = \"http://x\""
        ),
        CatalogError::BadUrl { .. }
    ));
    assert!(matches!(
        bad("vendor_country = \"NL\"", "vendor_country = \"Nederland\""),
        CatalogError::BadCountry { .. }
    ));
    let dup_domain = format!("{MINI}\n{}", MINI.replace("id = \"x\"", "id = \"y\""));
    assert!(matches!(
        Catalog::from_toml(&dup_domain).unwrap_err(),
        CatalogError::DuplicateDomain { .. }
    ));
}

#[test]
fn dates() {
    assert!(is_valid_date("2024-02-29"));
    assert!(!is_valid_date("2025-02-29"));
    assert!(!is_valid_date("2025-13-01"));
    assert!(!is_valid_date("2025-1-01"));
    assert!(!is_valid_date("2025-01-+1"));
}

#[test]
fn json_round_trip() {
    let j = cat().to_json();
    let v: serde_json::Value = serde_json::from_str(&j).unwrap();
    let tools = v["tools"].as_array().unwrap();
    assert_eq!(tools.len(), cat().tools.len());
    assert_eq!(tools[0]["id"], "chatgpt");
    assert_eq!(tools[0]["plans"][0]["trains_on_data_by_default"], true);
    assert!(v.get("domain_index").is_none());
    let claude = tools.iter().find(|t| t["id"] == "claude").unwrap();
    assert_eq!(claude["twofa"], "unknown");
}

#[test]
fn sector_parse() {
    assert_eq!("Legal".parse::<Sector>().unwrap(), Sector::Legal);
    assert!("farming".parse::<Sector>().is_err());
    assert!(Sector::Care.is_sensitive() && !Sector::Education.is_sensitive());
}

#[test]
fn recheck_due_after_a_quarter() {
    assert_eq!(day_number("2000-01-01"), Some(10_957));
    assert_eq!(
        day_number("2026-03-01").unwrap() - day_number("2026-02-28").unwrap(),
        1
    );
    assert_eq!(
        day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(),
        2
    );
    let c = Catalog::from_toml(MINI).unwrap(); // checked 2026-02-28
    assert!(c.recheck_due("2026-05-31").is_empty()); // 92 days later
    assert_eq!(c.recheck_due("2026-06-01").len(), 1);
    assert_eq!(c.recheck_due("not a date").len(), 1);
    let newest = cat()
        .tools
        .iter()
        .filter_map(|t| t.last_checked())
        .max()
        .unwrap();
    assert!(cat().recheck_due(newest).len() < cat().tools.len());
}

#[test]
fn training_switched_off_clears_business_data_but_not_client_data() {
    let chatgpt = cat().tool("chatgpt").unwrap();
    let plus = chatgpt.plan("plus").unwrap();
    let off = plus.with_training_off();
    let worst = |p: &Plan, d: DataClass| {
        assess(chatgpt, p, d, Sector::General)
            .iter()
            .map(|f| f.severity)
            .max()
    };
    // As shipped, Plus trains on what you type: a warning for internal business data.
    assert_eq!(worst(plus, DataClass::Business), Some(Severity::Warning));
    // With training switched off in the settings, business data fits.
    assert_eq!(worst(&off, DataClass::Business), None);
    // Client data still needs a plan with a data processing agreement.
    assert_eq!(worst(&off, DataClass::Client), Some(Severity::Critical));
    let msg = &assess(chatgpt, &off, DataClass::Client, Sector::General)[0].message_en;
    assert!(!msg.contains("trains"), "{msg}");
}
