//! The dashboard: the twelve rules with their status computed from the store, the quarter plan
//! dated from the day of setup, and what to do next.

use crate::errors::AppError;
use crate::form::{CsrfOnly, Form};
use crate::layout::{csrf, fmt_date, local, page, today};
use crate::session::{redirect, Ctx, Member};
use crate::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::{html, Markup};
use std::collections::HashMap;
use veilig_core::onboarding::Answers;
use veilig_core::plan;
use veilig_core::rules::{assess, AccountFacts, Assessment, Facts, Status};
use veilig_store::{now, Store};

/// Gathers the facts the rule status is computed from.
pub async fn facts(store: &Store, org: &veilig_store::Org) -> Result<Facts, AppError> {
    let answers = store.answers(&org.id).await?;
    let (logins, with_totp) = store.login_2fa_counts(&org.id).await?;
    let anonymizer = store
        .usage_since(&org.id, "anonymize", now() - 90 * 86_400)
        .await?;
    Ok(Facts {
        answers: Answers::from_pairs(answers.iter().map(|(q, a, _)| (q.as_str(), a.as_str()))),
        accounts: AccountFacts {
            logins: u32::try_from(logins).unwrap_or(0),
            logins_with_totp: u32::try_from(with_totp).unwrap_or(0),
            require_2fa: org.require_2fa,
        },
        anonymizer_uses_90d: u32::try_from(anonymizer).unwrap_or(u32::MAX),
        register: crate::registers::facts(store, org, today()).await?,
        gateway: crate::views::gateway::facts(store, &org.id).await?,
    })
}

pub fn status_badge(ctx: &Ctx, s: Status) -> Markup {
    html! {
        span class={"badge " (s.code())} data-status=(s.code()) { (ctx.t(&format!("status.{}", s.code()))) }
    }
}

fn note_text(ctx: &Ctx, n: &veilig_core::rules::Note) -> String {
    let args: Vec<(&str, &str)> = n.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    ctx.tf(n.key, &args)
}

fn rule_card(ctx: &Ctx, a: &Assessment, reviewed: Option<i64>, m: &Member) -> Markup {
    let n = a.rule.number;
    html! {
        li.rule id=(format!("rule-{n:02}")) data-rule=(n) data-status=(a.status.code()) {
            div.rule-head {
                span.num { (format!("{n:02}")) }
                h3 { (ctx.t(&a.rule.key("title"))) }
                (status_badge(ctx, a.status))
            }
            p.why { (ctx.t(&a.rule.key("why"))) }
            p.action { strong { (ctx.t("dashboard.action")) ": " } (ctx.t(&a.rule.key("action"))) }
            ul.notes {
                @for note in &a.notes { li { (note_text(ctx, note)) } }
            }
            div.rule-foot {
                span.muted {
                    (ctx.t("dashboard.last_looked")) ": "
                    @match reviewed {
                        Some(t) => { (fmt_date(ctx.lang, local(t).date())) }
                        None => { (ctx.t("common.never")) }
                    }
                }
                @if m.role.can_manage() {
                    form.inline method="post" action=(format!("/rules/{n}/reviewed")) {
                        (csrf(ctx))
                        button.small type="submit" { (ctx.t("dashboard.mark_looked")) }
                    }
                }
            }
        }
    }
}

/// Renders the dashboard of a member's organisation.
pub async fn render(state: &AppState, ctx: &Ctx, m: &Member) -> Result<Markup, AppError> {
    let f = facts(&state.store, &m.org).await?;
    let assessments = assess(&f);
    let reviews: HashMap<u8, i64> = state.store.reviews(&m.org.id).await?.into_iter().collect();
    let setup = local(m.org.created_at).date();
    let steps = plan::view(setup, today(), &assessments);
    let next = plan::next_rules(&assessments, 3);
    let done = assessments
        .iter()
        .filter(|a| a.status == Status::Done)
        .count();
    let by_number = |n: u8| assessments.iter().find(|a| a.rule.number == n);
    // Open tasks past their due date (quarterly checks, survey, training, plan steps).
    let late_tasks: Vec<_> = state
        .store
        .tasks(&m.org.id, now())
        .await?
        .into_iter()
        .filter(|t| t.completed_at.is_none() && crate::registers::overdue(&t.due_on, today()))
        .collect();
    let tools = if late_tasks.is_empty() {
        None
    } else {
        Some(crate::registers::Tools::load(&state.store, &m.org.id).await?)
    };
    Ok(page(
        ctx,
        ctx.t("dashboard.title"),
        html! {
            h1 { (ctx.t("dashboard.title")) }
            div.progress {
                p #progress-text { (ctx.tf("dashboard.progress", &[("done", &done.to_string())])) }
                progress max="12" value=(done) aria-labelledby="progress-text" {}
            }
            @if !f.answers.complete() {
                p.notice { (ctx.t("dashboard.onboarding_hint")) " " a href="/onboarding" { (ctx.t("dashboard.onboarding_link")) } }
            }
            section.next {
                h2 { (ctx.t("dashboard.next_title")) }
                @if next.is_empty() {
                    p { (ctx.t("dashboard.all_done")) }
                } @else {
                    p { (ctx.t("dashboard.next_intro")) }
                    ol #next {
                        @for n in &next {
                            @if let Some(a) = by_number(*n) {
                                li data-rule=(n) {
                                    a href=(format!("#rule-{n:02}")) { (format!("{n:02} ")) (ctx.t(&a.rule.key("title"))) }
                                    " " (status_badge(ctx, a.status))
                                    br;
                                    span.muted { (ctx.t(&a.rule.key("action"))) }
                                }
                            }
                        }
                    }
                }
            }
            @if let Some(tools) = &tools {
                section.card #late-tasks {
                    h2 { (ctx.t("dashboard.late_tasks")) }
                    ul {
                        @for t in &late_tasks {
                            li data-task=(t.kind) {
                                a href="/tasks" { (crate::views::tasks::task_title(ctx.lang, tools, t)) }
                                " · " span.muted { (ctx.t("tasks.due")) ": " (t.due_on) }
                            }
                        }
                    }
                }
            }
            section.plan {
                h2 { (ctx.t("dashboard.plan_title")) }
                p.muted { (ctx.t("dashboard.plan_intro")) }
                ol.steps {
                    @for s in &steps {
                        li.step.current[s.current].overdue[s.overdue] {
                            strong { (ctx.t(s.step.key)) }
                            " · " (ctx.tf("dashboard.due", &[("date", &fmt_date(ctx.lang, s.due))]))
                            " · " (ctx.tf("dashboard.done_of", &[("done", &s.done.to_string()), ("total", &s.step.rules.len().to_string())]))
                            @if s.overdue { " " span.badge.needs_attention { (ctx.t("dashboard.overdue")) } }
                            @else if s.current { " " span.badge.in_progress { (ctx.t("dashboard.current")) } }
                            div.muted {
                                @for n in s.step.rules {
                                    span.chip { (format!("{n:02}")) }
                                }
                            }
                        }
                    }
                }
            }
            section {
                h2 { (ctx.t("dashboard.rules_title")) }
                ul.rules {
                    @for a in &assessments {
                        (rule_card(ctx, a, reviews.get(&a.rule.number).copied(), m))
                    }
                }
            }
        },
    ))
}

pub async fn page_handler(state: &AppState, ctx: &Ctx) -> Result<Response, AppError> {
    let m = ctx.member()?;
    Ok(render(state, ctx, &m).await?.into_response())
}

pub async fn show(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    page_handler(&state, &ctx).await
}

pub async fn reviewed(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Path(n): Path<String>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    let n: u8 = n.parse().map_err(|_| AppError::NotFound)?;
    if !(1..=12).contains(&n) {
        return Err(AppError::NotFound);
    }
    state.store.mark_reviewed(&m.org.id, n, &m.actor()).await?;
    Ok(redirect(&format!("/dashboard#rule-{n:02}")))
}
