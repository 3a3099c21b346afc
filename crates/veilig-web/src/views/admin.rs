//! Installation settings for the installation's administrator (the first user): the mail
//! server that sends reminders and spend alerts, with a test message to oneself.

use crate::errors::AppError;
use crate::form::{CsrfOnly, Form};
use crate::layout::{csrf, field, form_error, page};
use crate::mail;
use crate::session::{redirect_with_flash, Ctx, Member};
use crate::views::{required, valid_email};
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::{html, Markup};
use serde::Deserialize;
use veilig_mail::MailConfig;

fn admin(ctx: &Ctx) -> Result<Member, AppError> {
    let m = ctx.member()?;
    if m.user.is_admin {
        Ok(m)
    } else {
        Err(AppError::Forbidden)
    }
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    error: Option<&str>,
    notice: Option<&str>,
) -> Result<Markup, AppError> {
    let fixed = state.config.mail_from_flags;
    let stored = mail::stored(&state.store).await.unwrap_or_default();
    let current = state.mailer.config();
    let s = stored.unwrap_or_default();
    let port = if s.port == 0 {
        "587".to_string()
    } else {
        s.port.to_string()
    };
    let starttls = s.port == 0 || s.starttls;
    Ok(page(
        ctx,
        ctx.t("admin.mail_title"),
        html! {
            h1 { (ctx.t("admin.mail_title")) }
            p { (ctx.t("admin.mail_intro")) }
            (form_error(error))
            @if let Some(n) = notice { p.flash role="status" { (n) } }
            p #mail-status data-configured=(current.is_some()) {
                @match &current {
                    Some(c) => { (ctx.tf("admin.mail_active", &[("host", &c.host), ("port", &c.port.to_string()), ("from", &c.from)])) }
                    None => { (ctx.t("admin.mail_none")) }
                }
            }
            @if fixed {
                p.notice #mail-fixed { (ctx.t("admin.mail_fixed")) }
            } @else {
                section.card {
                    form #mail method="post" action="/admin/mail" {
                        (csrf(ctx))
                        (field(ctx.t("admin.mail_host"), "host", "text", &s.host, true, "off"))
                        (field(ctx.t("admin.mail_port"), "port", "text", &port, true, "off"))
                        label.choice for="starttls" {
                            input type="checkbox" id="starttls" name="starttls" value="1" checked[starttls];
                            " " (ctx.t("admin.mail_starttls"))
                        }
                        (field(ctx.t("admin.mail_from"), "from", "text", &s.from, true, "off"))
                        (field(ctx.t("admin.mail_username"), "username", "text", s.username.as_deref().unwrap_or(""), false, "off"))
                        label for="password" { (ctx.t("admin.mail_password")) }
                        input id="password" name="password" type="password" autocomplete="new-password";
                        @if s.password.is_some() { p.muted { (ctx.t("admin.mail_password_kept")) } }
                        button.primary type="submit" { (ctx.t("common.save")) }
                    }
                }
                @if !s.host.is_empty() {
                    form.inline method="post" action="/admin/mail/clear" {
                        (csrf(ctx)) button.small.danger type="submit" { (ctx.t("admin.mail_clear")) }
                    }
                }
            }
            @if current.is_some() {
                section.card {
                    form #mail-test method="post" action="/admin/mail/test" {
                        (csrf(ctx))
                        p { (ctx.tf("admin.mail_test_help", &[("email", &ctx.user.as_ref().map(|u| u.email.clone()).unwrap_or_default())])) }
                        button type="submit" { (ctx.t("admin.mail_test")) }
                    }
                }
            }
        },
    ))
}

pub async fn show(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    admin(&ctx)?;
    Ok(view(&state, &ctx, None, None).await?.into_response())
}

#[derive(Deserialize)]
pub struct MailForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    host: String,
    #[serde(default)]
    port: String,
    #[serde(default)]
    starttls: Option<String>,
    #[serde(default)]
    from: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
}

async fn refused(state: &AppState, ctx: &Ctx, msg: &str) -> Result<Response, AppError> {
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        view(state, ctx, Some(msg), None).await?,
    )
        .into_response())
}

/// The sender as entered: `veilig@bakkerij.nl` or `veilig <veilig@bakkerij.nl>`.
fn valid_from(v: &str) -> bool {
    match (v.find('<'), v.rfind('>')) {
        (Some(a), Some(b)) if a < b && v[b + 1..].trim().is_empty() => valid_email(&v[a + 1..b]),
        (None, None) => valid_email(v),
        _ => false,
    }
}

pub async fn save(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<MailForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = admin(&ctx)?;
    if state.config.mail_from_flags {
        return refused(&state, &ctx, ctx.t("admin.mail_fixed")).await;
    }
    let (Some(host), Some(from)) = (required(&f.host), required(&f.from)) else {
        return refused(&state, &ctx, ctx.t("common.required")).await;
    };
    if host.contains(char::is_whitespace) || host.contains('/') {
        return refused(&state, &ctx, ctx.t("admin.mail_bad_host")).await;
    }
    let Ok(port) = f.port.trim().parse::<u16>() else {
        return refused(&state, &ctx, ctx.t("admin.mail_bad_port")).await;
    };
    if port == 0 {
        return refused(&state, &ctx, ctx.t("admin.mail_bad_port")).await;
    }
    if !valid_from(from) {
        return refused(&state, &ctx, ctx.t("admin.mail_bad_from")).await;
    }
    let password = required(&f.password).map(str::to_string);
    let cfg = MailConfig {
        host: host.to_string(),
        port,
        from: from.to_string(),
        username: required(&f.username).map(str::to_string),
        password: password.clone(),
        starttls: f.starttls.is_some(),
    };
    if password.is_some() && state.master_key.is_none() {
        return refused(&state, &ctx, ctx.t("gateway.no_master_key")).await;
    }
    mail::save(&state.store, state.master_key.as_deref(), &cfg, true)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    mail::refresh(&state.store, state.master_key.as_deref(), &state.mailer).await;
    recorded(&state, &ctx, &m, host, "admin.mail_saved").await
}

pub async fn clear(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = admin(&ctx)?;
    if state.config.mail_from_flags {
        return refused(&state, &ctx, ctx.t("admin.mail_fixed")).await;
    }
    mail::clear(&state.store)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    state.mailer.clear();
    recorded(&state, &ctx, &m, "removed", "admin.mail_cleared").await
}

/// Records a change of the mail settings in the audit log and goes back to the page with the
/// message `flash_key`.
async fn recorded(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    detail: &str,
    flash_key: &str,
) -> Result<Response, AppError> {
    state
        .store
        .audit(&m.org.id, &m.actor(), "admin.mail", detail)
        .await?;
    Ok(redirect_with_flash("/admin/mail", ctx.t(flash_key)))
}

pub async fn test(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = admin(&ctx)?;
    let lang = ctx.lang;
    let subject = veilig_core::t(lang, "admin.mail_test_subject");
    let body = veilig_core::t(lang, "admin.mail_test_body");
    match state.mailer.send(&m.user.email, subject, body).await {
        Ok(()) => {
            let msg = ctx.tf("admin.mail_test_sent", &[("email", &m.user.email)]);
            Ok(view(&state, &ctx, None, Some(&msg)).await?.into_response())
        }
        Err(e) => {
            let msg = ctx.tf("admin.mail_test_failed", &[("why", &e.to_string())]);
            refused(&state, &ctx, &msg).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sender_may_carry_a_display_name() {
        assert!(valid_from("veilig@bakkerij.nl"));
        assert!(valid_from("veilig <veilig@bakkerij.nl>"));
        assert!(!valid_from("veilig <veilig@bakkerij.nl"));
        assert!(!valid_from("veilig"));
        assert!(!valid_from("<a@b.nl> extra"));
    }
}
