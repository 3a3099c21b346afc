//! API tokens of an organisation (managers only): create (shown once), list, revoke.

use crate::auth::random_token;
use crate::errors::AppError;
use crate::form::{CsrfOnly, Form};
use crate::layout::{csrf, field, fmt_datetime, form_error, page};
use crate::session::{redirect_with_flash, Ctx, Member};
use crate::views::required;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::{html, Markup};
use serde::Deserialize;
use veilig_store::hash_token;

async fn view(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    new_token: Option<&str>,
    error: Option<&str>,
) -> Result<Markup, AppError> {
    let tokens = state.store.api_tokens(&m.org.id).await?;
    Ok(page(
        ctx,
        ctx.t("tokens.title"),
        html! {
            h1 { (ctx.t("tokens.title")) }
            p { (ctx.t("tokens.intro")) }
            (form_error(error))
            @if let Some(t) = new_token {
                section.card role="status" {
                    p.flash { (ctx.t("tokens.created")) }
                    pre.out #new-token { (t) }
                }
            }
            @if tokens.is_empty() {
                p.muted { (ctx.t("tokens.empty")) }
            } @else {
                ul.orgs #tokens {
                    @for t in &tokens {
                        li {
                            strong { (t.name) } " · " (fmt_datetime(ctx.lang, t.created_at))
                            @if let Some(u) = t.last_used_at { " · " (ctx.t("tokens.last_used")) ": " (fmt_datetime(ctx.lang, u)) }
                            " "
                            form.inline method="post" action=(format!("/settings/tokens/{}/revoke", t.id)) {
                                (csrf(ctx)) button.small type="submit" { (ctx.t("tokens.revoke")) }
                            }
                        }
                    }
                }
            }
            section.card {
                form #create-token method="post" action="/settings/tokens" {
                    (csrf(ctx))
                    (field(ctx.t("tokens.name"), "name", "text", "", true, "off"))
                    button.primary type="submit" { (ctx.t("tokens.create")) }
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
    m.require_manager()?;
    Ok(view(&state, &ctx, &m, None, None).await?.into_response())
}

#[derive(Deserialize)]
pub struct CreateForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
}

pub async fn create(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<CreateForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    let Some(name) = required(&f.name) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view(&state, &ctx, &m, None, Some(ctx.t("common.required"))).await?,
        )
            .into_response());
    };
    let token = format!("vlg_{}", random_token());
    state
        .store
        .create_api_token(&m.org.id, name, &hash_token(&token), &m.actor())
        .await?;
    Ok(view(&state, &ctx, &m, Some(&token), None)
        .await?
        .into_response())
}

pub async fn revoke(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    state
        .store
        .revoke_api_token(&m.org.id, &id, &m.actor())
        .await?;
    Ok(redirect_with_flash(
        "/settings/tokens",
        ctx.t("tokens.revoked"),
    ))
}
