//! The onboarding flow: the guide's three starting questions (plus whether client data is
//! involved), stored as data, followed by what they mean for the rules.

use crate::errors::AppError;
use crate::form::Form;
use crate::layout::{csrf, form_error, page};
use crate::session::{redirect_with_flash, Ctx};
use crate::views::dashboard::{facts, status_badge};
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::{html, Markup};
use serde::Deserialize;
use std::collections::HashMap;
use veilig_core::onboarding::{is_valid, QUESTIONS};
use veilig_core::rules::assess;

#[derive(Deserialize)]
pub struct AnswersForm {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    answers: HashMap<String, String>,
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    chosen: &HashMap<String, String>,
    error: Option<&str>,
) -> Result<Markup, AppError> {
    let m = ctx.member()?;
    let f = facts(&state.store, &m.org).await?;
    let assessments = assess(&f);
    Ok(page(
        ctx,
        ctx.t("onboarding.title"),
        html! {
            h1 { (ctx.t("onboarding.title")) }
            p { (ctx.t("onboarding.intro")) }
            (form_error(error))
            form.questions method="post" action="/onboarding" {
                (csrf(ctx))
                @for q in QUESTIONS {
                    fieldset id=(format!("q-{}", q.key)) {
                        legend { (ctx.t(&format!("onboarding.{}", q.key))) }
                        @for opt in q.options {
                            @let id = format!("{}-{}", q.key, opt);
                            label.choice for=(id) {
                                input type="radio" id=(id) name=(q.key) value=(opt) required
                                    checked[chosen.get(q.key).is_some_and(|v| v == opt)];
                                " " (ctx.t(&format!("onboarding.{}_options.{}", q.key, opt)))
                            }
                        }
                    }
                }
                button.primary type="submit" { (ctx.t("onboarding.submit")) }
            }
            @if f.answers.complete() {
                section #follows {
                    h2 { (ctx.t("onboarding.follows")) }
                    ul.rules.compact {
                        @for a in assessments.iter().filter(|a| [1u8, 3, 4, 5].contains(&a.rule.number)) {
                            li data-rule=(a.rule.number) data-status=(a.status.code()) {
                                strong { (format!("{:02} ", a.rule.number)) (ctx.t(&a.rule.key("title"))) }
                                " " (status_badge(ctx, a.status))
                                ul.notes { @for n in &a.notes {
                                    li { (ctx.tf(n.key, &n.args.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())) }
                                } }
                            }
                        }
                    }
                    p { a.button href="/dashboard" { (ctx.t("nav.dashboard")) " →" } }
                }
            }
        },
    ))
}

pub async fn page_(state: &AppState, ctx: &Ctx) -> Result<Response, AppError> {
    let m = ctx.member()?;
    let chosen: HashMap<String, String> = state
        .store
        .answers(&m.org.id)
        .await?
        .into_iter()
        .map(|(q, a, _)| (q, a))
        .collect();
    Ok(view(state, ctx, &chosen, None).await?.into_response())
}

pub async fn show(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    page_(&state, &ctx).await
}

pub async fn submit(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<AnswersForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    let mut pairs = vec![];
    for q in QUESTIONS {
        match f.answers.get(q.key) {
            Some(a) if is_valid(q.key, a) => pairs.push((q.key, a.as_str())),
            _ => {
                let body =
                    view(&state, &ctx, &f.answers, Some(ctx.t("onboarding.invalid"))).await?;
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response());
            }
        }
    }
    state
        .store
        .set_answers(&m.org.id, &pairs, &m.actor())
        .await?;
    Ok(redirect_with_flash(
        "/onboarding#follows",
        ctx.t("onboarding.saved"),
    ))
}
