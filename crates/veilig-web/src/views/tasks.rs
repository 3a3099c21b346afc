//! Recurring tasks (rule 06's quarterly privacy-settings check per vendor in use, the quarterly
//! shadow-AI survey and training), completed with a note and evidence; the private calendar feed;
//! and the printable overview per rule.

use crate::auth::random_token;
use crate::errors::AppError;
use crate::form::{CsrfOnly, Form};
use crate::layout::{csrf, fmt_datetime, page, today};
use crate::registers::{ensure_tasks, next_due, overdue, Tools};
use crate::session::{redirect_with_flash, Ctx, Member};
use crate::views::dashboard::{facts, status_badge};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::{html, Markup};
use serde::Deserialize;
use veilig_core::rules::assess;
use veilig_core::Lang;
use veilig_store::{hash_token, now, Task};

/// The title of a task in the user's language.
pub fn task_title(lang: Lang, tools: &Tools, t: &Task) -> String {
    if t.kind == "roadmap" {
        let key = format!("plan.{}", t.subject);
        let step = veilig_core::t(lang, &key);
        return veilig_core::tf(lang, "tasks.kind.roadmap", &[("step", step)]);
    }
    let tool = tools
        .get(&t.subject)
        .map(|x| x.product.clone())
        .unwrap_or_else(|| t.subject.clone());
    veilig_core::tf(lang, &format!("tasks.kind.{}", t.kind), &[("tool", &tool)])
}

/// "04, 05 en 06": the rules of a roll-out step.
fn roadmap_rules(subject: &str) -> String {
    veilig_core::plan::STEPS
        .iter()
        .find(|s| s.key.trim_start_matches("plan.") == subject)
        .map(|s| {
            s.rules
                .iter()
                .map(|r| format!("{r:02}"))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

fn task_card(ctx: &Ctx, m: &Member, tools: &Tools, t: &Task) -> Markup {
    let late = overdue(&t.due_on, today());
    let tool = tools.get(&t.subject);
    html! {
        li.rule data-task=(t.kind) data-subject=(t.subject) data-status=(if late { "needs_attention" } else { "in_progress" }) {
            div.rule-head {
                span.num { (format!("{:02}", t.rule)) }
                h3 { (task_title(ctx.lang, tools, t)) }
                @if late { span.badge.needs_attention { (ctx.t("tasks.overdue")) } }
            }
            p.muted { (ctx.t("tasks.due")) ": " (t.due_on) " · " (ctx.t(&format!("tasks.recurrence.{}", t.recurrence))) }
            @if let Some(tool) = tool {
                @if !tool.quarterly_checks.is_empty() {
                    ul.notes.checklist { @for c in &tool.quarterly_checks { li { (match ctx.lang { Lang::Nl => &c.nl, Lang::En => &c.en }) } } }
                }
                @if let Some(url) = tool.privacy_settings_link() {
                    p { a href=(url) rel="noopener noreferrer" target="_blank" { (ctx.t("tasks.settings_link")) } }
                }
            } @else if t.kind == "roadmap" {
                @let rules = roadmap_rules(&t.subject);
                p { (ctx.tf("tasks.help.roadmap", &[("rules", &rules)])) " " a href="/dashboard" { (ctx.t("nav.dashboard")) } }
            } @else {
                p { (ctx.t(&format!("tasks.help.{}", t.kind))) }
            }
            @if m.role.can_manage() {
                form.complete method="post" action=(format!("/tasks/{}/complete", t.id)) {
                    (csrf(ctx))
                    label for=(format!("note-{}", t.id)) { (ctx.t("tasks.note")) }
                    input id=(format!("note-{}", t.id)) name="note" type="text" required;
                    label for=(format!("evidence-{}", t.id)) { (ctx.t("tasks.evidence")) }
                    input id=(format!("evidence-{}", t.id)) name="evidence" type="text";
                    button.primary type="submit" { (ctx.t("tasks.complete")) }
                }
            }
        }
    }
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    feed_url: Option<&str>,
) -> Result<Markup, AppError> {
    let tools = Tools::load(&state.store, &m.org.id).await?;
    let tasks = state.store.tasks(&m.org.id, now() - 365 * 86_400).await?;
    let (open, done): (Vec<&Task>, Vec<&Task>) =
        tasks.iter().partition(|t| t.completed_at.is_none());
    Ok(page(
        ctx,
        ctx.t("tasks.title"),
        html! {
            h1 { (ctx.t("tasks.title")) }
            p { (ctx.t("tasks.intro")) }
            ul.rules #open-tasks { @for t in &open { (task_card(ctx, m, &tools, t)) } }
            @if !done.is_empty() {
                h2 { (ctx.t("tasks.done_title")) }
                div.table-wrap { table #done-tasks {
                    thead { tr { th { (ctx.t("tasks.task")) } th { (ctx.t("tasks.completed")) } th { (ctx.t("tasks.note")) } th { (ctx.t("tasks.evidence")) } } }
                    tbody { @for t in done.iter().rev() {
                        tr data-task=(t.kind) {
                            td { (task_title(ctx.lang, &tools, t)) }
                            td { (t.completed_at.map(|x| fmt_datetime(ctx.lang, x)).unwrap_or_default()) " · " (t.completed_by.clone().unwrap_or_default()) }
                            td { (t.note) }
                            td { (t.evidence) }
                        }
                    } }
                } }
            }
            section.card {
                h2 { (ctx.t("tasks.calendar_title")) }
                p { (ctx.t("tasks.calendar_intro")) }
                @if let Some(url) = feed_url { pre.out #feed-url { (url) } }
                form method="post" action="/tasks/calendar" {
                    (csrf(ctx))
                    button type="submit" { (ctx.t("tasks.calendar_new")) }
                }
            }
        },
    ))
}

pub async fn show(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    let m = ctx.member()?;
    ensure_tasks(&state.store, &m.org.id, today()).await?;
    Ok(view(&state, &ctx, &m, None).await?.into_response())
}

#[derive(Deserialize)]
pub struct CompleteForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    evidence: String,
}

pub async fn complete(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
    Form(f): Form<CompleteForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    let task = state
        .store
        .task(&m.org.id, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if f.note.trim().is_empty() {
        return Ok(redirect_with_flash("/tasks", ctx.t("tasks.note_required")));
    }
    let next = next_due(&task.recurrence, today());
    match state
        .store
        .complete_task(
            &m.org.id,
            &id,
            &f.note,
            &f.evidence,
            next.as_deref(),
            &m.actor(),
        )
        .await
    {
        Ok(_) => Ok(redirect_with_flash(
            "/tasks",
            ctx.t("tasks.completed_flash"),
        )),
        Err(veilig_store::StoreError::Conflict(_)) => {
            Ok(redirect_with_flash("/tasks", ctx.t("tasks.already_done")))
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn new_feed(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    let token = random_token();
    state
        .store
        .reset_calendar_feed(&m.org.id, &m.user.id, &hash_token(&token))
        .await?;
    let url = format!("/calendar/{token}.ics");
    Ok(view(&state, &ctx, &m, Some(&url)).await?.into_response())
}

/// iCalendar text escaping (RFC 5545 3.3.11).
fn ics_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets without splitting a UTF-8 character.
fn ics_fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if len + n > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += n;
    }
    out.push_str("\r\n");
    out
}

/// Renders tasks as an iCalendar feed of all-day events.
pub fn ics(lang: Lang, calendar_name: &str, tools: &Tools, tasks: &[Task], stamp: i64) -> String {
    let stamp = time::OffsetDateTime::from_unix_timestamp(stamp)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let dtstamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        stamp.year(),
        u8::from(stamp.month()),
        stamp.day(),
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    );
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//veilig//veilig//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&ics_fold(l));
    }
    out.push_str(&ics_fold(&format!(
        "X-WR-CALNAME:{}",
        ics_text(calendar_name)
    )));
    for t in tasks.iter().filter(|t| t.completed_at.is_none()) {
        let day = t.due_on.replace('-', "");
        if day.len() != 8 || !day.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        out.push_str(&ics_fold("BEGIN:VEVENT"));
        out.push_str(&ics_fold(&format!("UID:{}@veilig", t.id)));
        out.push_str(&ics_fold(&format!("DTSTAMP:{dtstamp}")));
        out.push_str(&ics_fold(&format!("DTSTART;VALUE=DATE:{day}")));
        out.push_str(&ics_fold(&format!(
            "SUMMARY:{}",
            ics_text(&task_title(lang, tools, t))
        )));
        out.push_str(&ics_fold(&format!(
            "DESCRIPTION:{}",
            ics_text(veilig_core::t(
                lang,
                &format!("rules.r{:02}.action", t.rule)
            ))
        )));
        out.push_str(&ics_fold("END:VEVENT"));
    }
    out.push_str(&ics_fold("END:VCALENDAR"));
    out
}

/// The private feed: no session, the token in the URL is the credential.
pub async fn feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let token = file.strip_suffix(".ics").unwrap_or(&file);
    let org_id = state
        .store
        .calendar_feed_org(&hash_token(token))
        .await?
        .ok_or(AppError::NotFound)?;
    let org = state.store.org(&org_id).await?.ok_or(AppError::NotFound)?;
    ensure_tasks(&state.store, &org.id, today()).await?;
    let tools = Tools::load(&state.store, &org.id).await?;
    let tasks = state.store.tasks(&org.id, now()).await?;
    let body = ics(
        Lang::Nl,
        &format!("veilig – {}", org.name),
        &tools,
        &tasks,
        now(),
    );
    Ok((
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        body,
    )
        .into_response())
}

/// A printable overview of all twelve rules with their status and notes (A4 print stylesheet).
pub async fn report(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    let m = ctx.member()?;
    let f = facts(&state.store, &m.org).await?;
    let tools = Tools::load(&state.store, &m.org.id).await?;
    let usages = state.store.usages(&m.org.id).await?;
    let dpas = state.store.dpas(&m.org.id).await?;
    Ok(page(
        &ctx,
        ctx.t("report.title"),
        html! {
            h1 { (ctx.t("report.title")) ": " (m.org.name) }
            p.muted { (crate::layout::fmt_date(ctx.lang, today())) }
            ol.report {
                @for a in assess(&f) {
                    li.rule data-rule=(a.rule.number) data-status=(a.status.code()) {
                        div.rule-head { span.num { (format!("{:02}", a.rule.number)) } h3 { (ctx.t(&a.rule.key("title"))) } (status_badge(&ctx, a.status)) }
                        ul.notes { @for n in &a.notes { li { (ctx.tf(n.key, &n.args.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())) } } }
                        @if a.rule.number == 1 || a.rule.number == 5 {
                            @if !usages.is_empty() {
                                ul.notes { @for u in &usages {
                                    li { (u.person_name) ": " (tools.get(&u.tool_id).map(|t| t.product.as_str()).unwrap_or(&u.tool_id)) " – " (u.plan_id) " (" (u.data_class) ")" }
                                } }
                            }
                        }
                        @if a.rule.number == 4 {
                            ul.notes { @for d in &dpas { li { (d.vendor) ": " (ctx.t(&format!("register.dpa_status.{}", d.status))) @if !d.signed_on.is_empty() { " (" (d.signed_on) ")" } } } }
                        }
                    }
                }
            }
            p.no-print { button type="button" data-print="1" { (ctx.t("report.print")) } }
            script src="/static/app.js" {}
        },
    )
    .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ics_escapes_and_folds() {
        assert_eq!(ics_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let long = format!("SUMMARY:{}", "é".repeat(60));
        let folded = ics_fold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), long);
    }
}
