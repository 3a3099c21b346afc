//! Glue between the tool catalog, the register rows in the store and the rule status: which
//! vendors are in use, what each register row's findings are, the recurring tasks that follow
//! from the register, and the counts the dashboard computes rules 01, 03, 04, 05 and 06 from.

use crate::errors::AppError;
use std::collections::BTreeMap;
use time::{Date, Duration};
use veilig_catalog::{assess, Catalog, DataClass, Finding, Plan, Sector, Severity, Tool, Tri};
use veilig_core::rules::RegisterFacts;
use veilig_store::{CustomTool, Org, Store, Usage};

/// A quarter, in days, for "checked more than a quarter ago".
pub const QUARTER_DAYS: i64 = 92;

/// The organisation's view of the catalog: the built-in tools plus its own.
pub struct Tools {
    pub custom: Vec<Tool>,
}

fn slug_of(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A custom tool as a catalog tool (id `custom-<slug>`), so the same assessment applies.
fn as_tool(c: &CustomTool) -> Tool {
    let trains = match c.trains_by_default.as_str() {
        "yes" => Tri::Yes,
        "no" => Tri::No,
        _ => Tri::Unknown,
    };
    let suitable = match trains {
        Tri::Yes => DataClass::None,
        Tri::No => DataClass::Client,
        Tri::Unknown => DataClass::Business,
    };
    let plans = c
        .plans
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| Plan {
            id: slug_of(p),
            name: p.to_string(),
            audience: veilig_catalog::Audience::Business,
            trains_on_data_by_default: trains,
            dpa_included: Tri::Unknown,
            suitable_for: suitable,
            tenant_bound: false,
        })
        .collect();
    Tool {
        id: format!("custom-{}", c.slug),
        vendor: c.vendor.clone(),
        product: c.name.clone(),
        category: veilig_catalog::Category::Chat,
        vendor_country: "unknown".into(),
        plans,
        twofa: Tri::Unknown,
        sso: Tri::Unknown,
        eu_data_residency: veilig_catalog::Residency::Unknown,
        dpa_url: if c.dpa_url.is_empty() {
            "unknown".into()
        } else {
            c.dpa_url.clone()
        },
        privacy_settings_url: "unknown".into(),
        quarterly_checks: vec![],
        domains: vec![],
        processes_personal_data: c.processes_personal_data,
        sources: vec![],
    }
}

impl Tools {
    pub async fn load(store: &Store, org_id: &str) -> Result<Tools, AppError> {
        let custom = store
            .custom_tools(org_id)
            .await?
            .iter()
            .map(as_tool)
            .collect();
        Ok(Tools { custom })
    }

    pub fn get(&self, id: &str) -> Option<&Tool> {
        Catalog::builtin()
            .tool(id)
            .or_else(|| self.custom.iter().find(|t| t.id == id))
    }

    /// All tools, built-in first (by product name), then the organisation's own.
    pub fn all(&self) -> Vec<&Tool> {
        let mut v: Vec<&Tool> = Catalog::builtin().tools.iter().collect();
        v.sort_by_key(|t| t.product.to_lowercase());
        v.extend(self.custom.iter());
        v
    }
}

/// Slug for a new custom tool.
pub fn custom_slug(name: &str) -> String {
    slug_of(name)
}

pub fn sector_of(org: &Org) -> Sector {
    match org.sector.as_str() {
        "care" => Sector::Care,
        "legal" => Sector::Legal,
        "finance" => Sector::Finance,
        "government" => Sector::Government,
        "education" => Sector::Education,
        _ => Sector::General,
    }
}

/// Findings of one register row (empty for an unknown tool or plan, which the page flags).
pub fn findings(tools: &Tools, org: &Org, u: &Usage) -> Option<Vec<Finding>> {
    let tool = tools.get(&u.tool_id)?;
    let plan = tool.plan(&u.plan_id)?;
    let data: DataClass = u.data_class.parse().ok()?;
    Some(if u.training_off {
        assess(tool, &plan.with_training_off(), data, sector_of(org))
    } else {
        assess(tool, plan, data, sector_of(org))
    })
}

/// Vendors in use that process personal data: vendor name → the tools of it in use.
pub fn vendors_needing_dpa<'a>(
    tools: &'a Tools,
    usages: &[Usage],
) -> BTreeMap<String, Vec<&'a Tool>> {
    let mut out: BTreeMap<String, Vec<&Tool>> = BTreeMap::new();
    for u in usages {
        if let Some(t) = tools.get(&u.tool_id) {
            if t.processes_personal_data && u.data_class != "none" {
                let e = out.entry(t.vendor.clone()).or_default();
                if !e.iter().any(|x| x.id == t.id) {
                    e.push(t);
                }
            }
        }
    }
    out
}

/// Date as stored in the task table.
pub fn ymd(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// The next due date after completing a task with this recurrence on `today`.
pub fn next_due(recurrence: &str, today: Date) -> Option<String> {
    match recurrence {
        "quarterly" => Some(ymd(today.saturating_add(Duration::days(QUARTER_DAYS - 1)))),
        "monthly" => Some(ymd(today.saturating_add(Duration::days(30)))),
        _ => None,
    }
}

/// Creates the recurring tasks the register and the guide call for, if not open yet:
/// a quarterly privacy-settings check per tool in use (rule 06), the quarterly shadow-AI survey
/// (rule 07), the quarterly training (rule 12) and, once each, the steps of the roll-out plan.
pub async fn ensure_tasks(store: &Store, org_id: &str, today: Date) -> Result<(), AppError> {
    let usages = store.usages(org_id).await?;
    let first_due = ymd(today.saturating_add(Duration::days(7)));
    let mut seen = vec![];
    for u in &usages {
        if !seen.contains(&u.tool_id) {
            seen.push(u.tool_id.clone());
            store
                .ensure_task(
                    org_id,
                    "privacy_check",
                    6,
                    &u.tool_id,
                    &first_due,
                    "quarterly",
                )
                .await?;
        }
    }
    let month = ymd(today.saturating_add(Duration::days(30)));
    store
        .ensure_task(org_id, "survey", 7, "", &month, "quarterly")
        .await?;
    // The roll-out plan's steps (week 1, then month 1, 2, 3), dated from the day of setup.
    if let Some(org) = store.org(org_id).await? {
        let setup = crate::layout::local(org.created_at).date();
        for step in veilig_core::plan::STEPS {
            let due = setup.saturating_add(Duration::days(step.due_after_days));
            let subject = step.key.trim_start_matches("plan.");
            store
                .ensure_task_once(org_id, "roadmap", step.rules[0], subject, &ymd(due))
                .await?;
        }
    }
    store
        .ensure_task(org_id, "training", 12, "", &month, "quarterly")
        .await?;
    Ok(())
}

fn parse_ymd(s: &str) -> Option<Date> {
    let mut it = s.split('-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: u8 = it.next()?.parse().ok()?;
    let d: u8 = it.next()?.parse().ok()?;
    Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()
}

/// Whether a task is past its due date.
pub fn overdue(due_on: &str, today: Date) -> bool {
    parse_ymd(due_on).is_some_and(|d| d < today)
}

/// The register counts the dashboard's rule status is computed from.
pub async fn facts(store: &Store, org: &Org, today: Date) -> Result<RegisterFacts, AppError> {
    let tools = Tools::load(store, &org.id).await?;
    let usages = store.usages(&org.id).await?;
    let mut f = RegisterFacts {
        usage_rows: u32::try_from(usages.len()).unwrap_or(u32::MAX),
        ..RegisterFacts::default()
    };
    for u in &usages {
        match findings(&tools, org, u) {
            Some(list) => {
                if list.iter().any(|x| x.severity == Severity::Critical) {
                    f.usage_critical += 1;
                } else if list.iter().any(|x| x.severity == Severity::Warning) {
                    f.usage_warnings += 1;
                }
            }
            None => f.usage_warnings += 1,
        }
    }
    let now = veilig_store::now();
    for a in store.twofa_accounts(&org.id).await? {
        f.twofa_accounts += 1;
        if a.enabled {
            f.twofa_on += 1;
        }
        if a.verified_at
            .is_none_or(|t| now - t > QUARTER_DAYS * 86_400)
        {
            f.twofa_overdue += 1;
        }
    }
    let needing = vendors_needing_dpa(&tools, &usages);
    let dpas = store.dpas(&org.id).await?;
    for vendor in needing.keys() {
        f.dpa_needed += 1;
        if dpas
            .iter()
            .any(|d| &d.vendor == vendor && (d.status == "signed" || d.status == "not_needed"))
        {
            f.dpa_signed += 1;
        }
    }
    let quarter_ago = now - QUARTER_DAYS * 86_400;
    for t in store.tasks(&org.id, quarter_ago).await? {
        if t.kind != "privacy_check" {
            continue;
        }
        match t.completed_at {
            Some(_) => f.privacy_checks_done_quarter += 1,
            None if overdue(&t.due_on, today) => f.privacy_checks_overdue += 1,
            None => f.privacy_checks_open += 1,
        }
    }
    Ok(f)
}

/// Sends one reminder per open task that is due within a week (or overdue) and was not reminded
/// in the last week, to the organisation's managers. Each task is claimed in the store first, so
/// several instances send it once. Returns the number of mails sent.
pub async fn send_reminders(
    store: &Store,
    mailer: &veilig_mail::Mailer,
    today: Date,
) -> Result<usize, AppError> {
    // Every organisation gets its recurring tasks and plan steps, also when nobody opened the
    // tasks page yet.
    for org in store.all_orgs().await? {
        ensure_tasks(store, &org.id, today).await?;
    }
    let due_by = ymd(today.saturating_add(Duration::days(7)));
    let claimed = store
        .claim_reminders(&due_by, veilig_store::now() - 7 * 86_400)
        .await?;
    let mut sent = 0;
    for (org_id, task) in claimed {
        let Some(org) = store.org(&org_id).await? else {
            continue;
        };
        let tools = Tools::load(store, &org_id).await?;
        for (email, lang) in store.manager_contacts(&org_id).await? {
            let lang = veilig_core::Lang::from_code(&lang);
            let title = crate::views::tasks::task_title(lang, &tools, &task);
            let subject = veilig_core::tf(
                lang,
                "tasks.reminder_subject",
                &[("task", &title), ("date", &task.due_on)],
            );
            let body = veilig_core::tf(
                lang,
                "tasks.reminder_body",
                &[
                    ("task", &title),
                    ("date", &task.due_on),
                    ("org", &org.name),
                    (
                        "action",
                        veilig_core::t(lang, &format!("rules.r{:02}.action", task.rule)),
                    ),
                ],
            );
            match mailer.send(&email, &subject, &body).await {
                Ok(()) => sent += 1,
                Err(e) => tracing::warn!(error = %e, "reminder mail failed"),
            }
        }
    }
    Ok(sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recurring_due_dates_and_overdue() {
        let d = time::macros::date!(2026 - 11 - 29);
        assert_eq!(next_due("quarterly", d).as_deref(), Some("2027-02-28"));
        assert_eq!(next_due("monthly", d).as_deref(), Some("2026-12-29"));
        assert_eq!(next_due("once", d), None);
        assert!(overdue("2026-11-28", d));
        assert!(!overdue("2026-11-29", d));
        assert!(!overdue("garbage", d));
    }

    #[test]
    fn custom_tools_get_a_slug_and_assessable_plans() {
        assert_eq!(custom_slug("Mijn AI-Tool 2!"), "mijn-ai-tool-2");
        let t = as_tool(&CustomTool {
            id: "x".into(),
            slug: "acme-ai".into(),
            name: "Acme AI".into(),
            vendor: "Acme".into(),
            plans: "Gratis, Zakelijk".into(),
            trains_by_default: "yes".into(),
            processes_personal_data: true,
            dpa_url: String::new(),
        });
        assert_eq!(t.id, "custom-acme-ai");
        assert_eq!(t.plans.len(), 2);
        let plan = t.plan("gratis").expect("plan");
        let f = assess(&t, plan, DataClass::Client, Sector::General);
        assert!(f.iter().any(|x| x.severity == Severity::Critical));
    }
}
