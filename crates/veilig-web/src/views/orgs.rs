//! Several organisations in one installation: an IT provider creates client organisations and
//! switches between them. Switching is checked against the user's memberships, so a tampered
//! organisation id gets "not found", never another organisation's data.

use crate::errors::AppError;
use crate::form::Form;
use crate::layout::{csrf, field, form_error, page};
use crate::session::{redirect_with_flash, Ctx, Member};
use crate::views::required;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::{html, Markup};
use serde::Deserialize;

fn view(ctx: &Ctx, m: &Member, error: Option<&str>) -> Markup {
    page(
        ctx,
        ctx.t("orgs.title"),
        html! {
            h1 { (ctx.t("orgs.title")) }
            p { (ctx.t("orgs.intro")) }
            (form_error(error))
            ul.orgs #orgs {
                @for (o, r) in &ctx.orgs {
                    li data-org=(o.name) {
                        strong { (o.name) } " · " (ctx.t(&format!("roles.{}", r.code())))
                        @if o.id == m.org.id {
                            " " span.badge.done { (ctx.t("orgs.current")) }
                        } @else {
                            form.inline method="post" action="/orgs/switch" {
                                (csrf(ctx))
                                input type="hidden" name="org_id" value=(o.id);
                                button.small type="submit" { (ctx.t("orgs.switch")) }
                            }
                        }
                    }
                }
            }
            @if m.role.is_owner_like() || m.user.is_provider {
                section.card {
                    h2 { (ctx.t("orgs.create")) }
                    form #create-org method="post" action="/orgs" {
                        (csrf(ctx))
                        (field(ctx.t("orgs.name"), "name", "text", "", true, "off"))
                        button.primary type="submit" { (ctx.t("orgs.create")) }
                    }
                }
            }
        },
    )
}

pub async fn page_(ctx: &Ctx) -> Result<Response, AppError> {
    let m = ctx.member()?;
    Ok(view(ctx, &m, None).into_response())
}

pub async fn show(Extension(ctx): Extension<Ctx>) -> Result<Response, AppError> {
    page_(&ctx).await
}

#[derive(Deserialize)]
pub struct SwitchForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    org_id: String,
}

pub async fn switch(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<SwitchForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member_allow_2fa_setup()?;
    if state.store.role_in(&m.user.id, &f.org_id).await?.is_none() {
        return Ok((
            StatusCode::NOT_FOUND,
            view(&ctx, &m, Some(ctx.t("orgs.unknown"))),
        )
            .into_response());
    }
    let org = state
        .store
        .org(&f.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut s = ctx.session.clone();
    s.org_id = Some(org.id.clone());
    state.store.update_session(&s).await?;
    Ok(redirect_with_flash(
        "/dashboard",
        &ctx.tf("orgs.switched", &[("name", &org.name)]),
    ))
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
    if !(m.role.is_owner_like() || m.user.is_provider) {
        return Err(AppError::Forbidden);
    }
    let Some(name) = required(&f.name) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view(&ctx, &m, Some(ctx.t("common.required"))),
        )
            .into_response());
    };
    let org = state.store.create_client_org(name, &m.user).await?;
    Ok(redirect_with_flash(
        "/orgs",
        &ctx.tf("orgs.created", &[("name", &org.name)]),
    ))
}
