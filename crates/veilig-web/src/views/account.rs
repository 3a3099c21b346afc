//! The user's own account: language, password, and TOTP enrolment with recovery codes.

use crate::auth::{self, MIN_PASSWORD_LEN};
use crate::errors::AppError;
use crate::form::{CsrfOnly, Form};
use crate::layout::{csrf, field, form_error, page, raw};
use crate::session::{redirect, redirect_with_flash, Ctx, Member};
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::{html, Markup};
use serde::Deserialize;
use veilig_core::Lang;
use veilig_store::{hash_token, now};

#[derive(Deserialize)]
pub struct LangForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

/// Switches the language: stored on the user, or on the session before login.
pub async fn set_lang(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<LangForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let lang = Lang::from_code(&f.lang);
    match &ctx.user {
        Some(u) => state.store.set_user_lang(&u.id, lang.code()).await?,
        None => {
            let mut s = ctx.session.clone();
            s.lang = Some(lang.code().to_string());
            state.store.update_session(&s).await?;
        }
    }
    // Only local paths: never an open redirect.
    let back = if f.back.starts_with('/') && !f.back.starts_with("//") {
        f.back.as_str()
    } else {
        "/"
    };
    Ok(redirect(back))
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    error: Option<&str>,
) -> Result<Markup, AppError> {
    let left = state.store.recovery_codes_left(&m.user.id).await?;
    Ok(page(
        ctx,
        ctx.t("account.title"),
        html! {
            h1 { (ctx.t("account.title")) }
            p { (m.user.name) " · " (m.user.email) }
            (form_error(error))
            section.card {
                h2 { (ctx.t("account.twofa_title")) }
                @if m.user.totp_enabled {
                    p #twofa-status data-on="1" { (ctx.t("account.twofa_on")) " " (ctx.tf("account.recovery_left", &[("count", &left.to_string())])) }
                    a href="/account/2fa" { (ctx.t("account.twofa_title")) }
                } @else {
                    p #twofa-status data-on="0" { (ctx.t("account.twofa_off")) }
                    a.button href="/account/2fa" { (ctx.t("account.twofa_start")) }
                }
            }
            section.card {
                h2 { (ctx.t("account.password_title")) }
                form method="post" action="/account/password" {
                    (csrf(ctx))
                    (field(ctx.t("account.current_password"), "current", "password", "", true, "current-password"))
                    (field(ctx.t("account.new_password"), "password", "password", "", true, "new-password"))
                    button type="submit" { (ctx.t("common.save")) }
                }
            }
        },
    ))
}

pub async fn page_(state: &AppState, ctx: &Ctx) -> Result<Response, AppError> {
    let m = ctx.member_allow_2fa_setup()?;
    Ok(view(state, ctx, &m, None).await?.into_response())
}

pub async fn show(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    page_(&state, &ctx).await
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<PasswordForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member_allow_2fa_setup()?;
    let (cur, stored) = (f.current.clone(), m.user.password_hash.clone());
    let ok = crate::auth::verify_password_off_thread(cur, stored).await?;
    if !ok {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view(&state, &ctx, &m, Some(ctx.t("account.password_wrong"))).await?,
        )
            .into_response());
    }
    if f.password.chars().count() < MIN_PASSWORD_LEN {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view(&state, &ctx, &m, Some(ctx.t("setup.password_short"))).await?,
        )
            .into_response());
    }
    let pw = f.password.clone();
    let hash = crate::auth::hash_password_off_thread(pw).await?;
    state.store.set_password_hash(&m.user.id, &hash).await?;
    state
        .store
        .audit(&m.org.id, &m.actor(), "user.password", "")
        .await?;
    Ok(redirect_with_flash(
        "/account",
        ctx.t("account.password_changed"),
    ))
}

fn setup_view(ctx: &Ctx, m: &Member, secret: &str, error: Option<&str>) -> Markup {
    let uri = auth::totp_uri(secret, &m.user.email);
    let qr = auth::qr_svg(&uri).unwrap_or_default();
    page(
        ctx,
        ctx.t("account.twofa_title"),
        html! {
            h1 { (ctx.t("account.twofa_title")) }
            @if m.org.require_2fa { p.notice { (ctx.t("account.twofa_required")) } }
            (form_error(error))
            section.card.twofa {
                p { (ctx.t("account.twofa_scan")) }
                div.qr role="img" aria-label="QR code" { (raw(qr)) }
                p { (ctx.t("account.twofa_secret")) " " code #totp-secret { (secret) } }
                form method="post" action="/account/2fa" {
                    (csrf(ctx))
                    label for="code" { (ctx.t("account.twofa_code")) }
                    input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required;
                    button.primary type="submit" { (ctx.t("account.twofa_enable")) }
                }
            }
        },
    )
}

pub async fn totp_setup(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    let m = ctx.member_allow_2fa_setup()?;
    if m.user.totp_enabled {
        let left = state.store.recovery_codes_left(&m.user.id).await?;
        return Ok(page(
            &ctx,
            ctx.t("account.twofa_title"),
            html! {
                h1 { (ctx.t("account.twofa_title")) }
                p #twofa-status data-on="1" { (ctx.t("account.twofa_on")) " " (ctx.tf("account.recovery_left", &[("count", &left.to_string())])) }
                @if !m.org.require_2fa {
                    form method="post" action="/account/2fa/disable" {
                        (csrf(&ctx))
                        button.danger type="submit" { (ctx.t("account.twofa_disable")) }
                    }
                } @else {
                    p.muted { (ctx.t("account.twofa_cannot_disable")) }
                }
            },
        )
        .into_response());
    }
    let secret = match &m.user.totp_secret {
        Some(s) => s.clone(),
        None => {
            let s = auth::new_totp_secret();
            state.store.set_totp_secret(&m.user.id, &s).await?;
            s
        }
    };
    Ok(setup_view(&ctx, &m, &secret, None).into_response())
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
}

pub async fn totp_enable(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<CodeForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member_allow_2fa_setup()?;
    if m.user.totp_enabled {
        return Ok(redirect("/account/2fa"));
    }
    let Some(secret) = m.user.totp_secret.clone() else {
        return Ok(redirect("/account/2fa"));
    };
    let Some(step) = auth::totp_check(&secret, &f.code, now()) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            setup_view(&ctx, &m, &secret, Some(ctx.t("account.twofa_bad_code"))),
        )
            .into_response());
    };
    let codes = auth::new_recovery_codes();
    let hashes: Vec<String> = codes
        .iter()
        .map(|c| hash_token(&auth::normalise_recovery_code(c)))
        .collect();
    state.store.enable_totp(&m.user.id, step, &hashes).await?;
    state
        .store
        .audit(&m.org.id, &m.actor(), "user.2fa_enabled", "")
        .await?;
    Ok(page(
        &ctx,
        ctx.t("account.recovery_title"),
        html! {
            h1 { (ctx.t("account.recovery_title")) }
            p.flash role="status" { (ctx.t("account.twofa_enabled")) }
            ul #recovery-codes.codes { @for c in &codes { li { code { (c) } } } }
            p { a.button href="/dashboard" { (ctx.t("nav.dashboard")) " →" } }
        },
    )
    .into_response())
}

pub async fn totp_disable(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member_allow_2fa_setup()?;
    if m.org.require_2fa {
        return Ok(redirect_with_flash(
            "/account/2fa",
            ctx.t("account.twofa_cannot_disable"),
        ));
    }
    state.store.disable_totp(&m.user.id).await?;
    state
        .store
        .audit(&m.org.id, &m.actor(), "user.2fa_disabled", "")
        .await?;
    Ok(redirect_with_flash(
        "/account",
        ctx.t("account.twofa_disabled"),
    ))
}
