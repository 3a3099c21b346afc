//! Organisation settings (owner and provider only): name, sector, and the 2FA requirement.

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

/// The sectors an organisation can choose; the sector changes the advice of the registers.
pub const SECTORS: [&str; 6] = [
    "general",
    "care",
    "legal",
    "finance",
    "government",
    "education",
];

fn view(ctx: &Ctx, m: &Member, error: Option<&str>) -> Markup {
    page(
        ctx,
        ctx.t("settings.title"),
        html! {
            h1 { (ctx.t("settings.title")) }
            (form_error(error))
            section.card {
                form #settings method="post" action="/settings" {
                    (csrf(ctx))
                    (field(ctx.t("settings.name"), "name", "text", &m.org.name, true, "organization"))
                    label for="sector" { (ctx.t("settings.sector")) }
                    select id="sector" name="sector" {
                        @for s in SECTORS {
                            option value=(s) selected[m.org.sector == s] { (ctx.t(&format!("sectors.{s}"))) }
                        }
                    }
                    label.choice for="require_2fa" {
                        input type="checkbox" id="require_2fa" name="require_2fa" value="1" checked[m.org.require_2fa];
                        " " (ctx.t("settings.require_2fa"))
                    }
                    button.primary type="submit" { (ctx.t("common.save")) }
                }
            }
        },
    )
}

pub async fn page_(ctx: &Ctx) -> Result<Response, AppError> {
    let m = ctx.member()?;
    m.require_owner()?;
    Ok(view(ctx, &m, None).into_response())
}

pub async fn show(Extension(ctx): Extension<Ctx>) -> Result<Response, AppError> {
    page_(&ctx).await
}

#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    sector: String,
    #[serde(default)]
    require_2fa: Option<String>,
}

pub async fn submit(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<SettingsForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_owner()?;
    let Some(name) = required(&f.name) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view(&ctx, &m, Some(ctx.t("common.required"))),
        )
            .into_response());
    };
    if !SECTORS.contains(&f.sector.as_str()) {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view(&ctx, &m, Some(ctx.t("common.bad_request"))),
        )
            .into_response());
    }
    let require = f.require_2fa.is_some();
    state
        .store
        .update_org_settings(&m.org.id, name, &f.sector, require)
        .await?;
    let detail = format!("name={name}, sector={}, require_2fa={require}", f.sector);
    state
        .store
        .audit(&m.org.id, &m.actor(), "org.settings", &detail)
        .await?;
    Ok(redirect_with_flash("/settings", ctx.t("settings.saved")))
}
