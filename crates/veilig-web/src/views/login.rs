//! Login with e-mail and password, then (when enrolled) a TOTP or recovery code; logout.
//! Repeated failures for one address are throttled for a quarter of an hour.

use crate::auth::{dummy_hash, normalise_recovery_code, totp_check};
use crate::errors::AppError;
use crate::form::Form;
use crate::layout::{csrf, field, form_error, page};
use crate::session::{new_session, redirect, redirect_with_flash, session_cookie, Ctx};
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::{html, Markup};
use serde::Deserialize;
use veilig_store::{hash_token, now, Actor, Stage};

/// Failures within this window count towards the throttle.
const WINDOW: i64 = 15 * 60;
/// Failures allowed in the window before logins for the address are refused.
const MAX_FAILURES: i64 = 5;

#[derive(Deserialize, Default)]
pub struct LoginForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

fn view(ctx: &Ctx, email: &str, error: Option<&str>) -> Markup {
    page(
        ctx,
        ctx.t("login.title"),
        html! {
            section.narrow {
                h1 { (ctx.t("login.title")) }
                @if ctx.expired && error.is_none() && ctx.flash.is_none() {
                    p.notice { (ctx.t("common.session_expired")) }
                }
                (form_error(error))
                form method="post" action="/login" {
                    (csrf(ctx))
                    (field(ctx.t("login.email"), "email", "email", email, true, "username"))
                    (field(ctx.t("login.password"), "password", "password", "", true, "current-password"))
                    button.primary type="submit" { (ctx.t("login.submit")) }
                }
            }
        },
    )
}

pub async fn page_(state: &AppState, ctx: &Ctx) -> Result<Response, AppError> {
    if state.store.user_count().await? == 0 {
        return Ok(redirect("/setup"));
    }
    if ctx.member_allow_2fa_setup().is_ok() {
        return Ok(redirect("/dashboard"));
    }
    Ok(view(ctx, "", None).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    page_(&state, &ctx).await
}

fn throttle_subject(email: &str) -> String {
    format!("login:{}", email.trim().to_lowercase())
}

/// Minutes left before another attempt is allowed, if the address is throttled.
async fn throttled(state: &AppState, subject: &str) -> Result<Option<i64>, AppError> {
    let (n, first) = state
        .store
        .login_failures_since(subject, now() - WINDOW)
        .await?;
    if n >= MAX_FAILURES {
        let until = first.unwrap_or_else(now) + WINDOW;
        return Ok(Some(((until - now()) / 60).max(1)));
    }
    Ok(None)
}

fn with_session_cookie(mut resp: Response, token: &str, secure: bool) -> Response {
    if let Ok(v) = HeaderValue::from_str(&session_cookie(token, secure)) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    resp
}

pub async fn submit(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<LoginForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let subject = throttle_subject(&f.email);
    if let Some(minutes) = throttled(&state, &subject).await? {
        let msg = ctx.tf("login.throttled", &[("minutes", &minutes.to_string())]);
        return Ok((
            StatusCode::TOO_MANY_REQUESTS,
            view(&ctx, &f.email, Some(&msg)),
        )
            .into_response());
    }
    let user = state.store.user_by_email(&f.email).await?;
    let hash = user
        .as_ref()
        .map(|u| u.password_hash.clone())
        .unwrap_or_else(|| dummy_hash().to_string());
    let pw = f.password.clone();
    let ok = crate::auth::verify_password_off_thread(pw, hash).await?;
    let Some(user) = user.filter(|_| ok) else {
        state.store.record_login_failure(&subject).await?;
        return Ok((
            StatusCode::UNAUTHORIZED,
            view(&ctx, &f.email, Some(ctx.t("login.failed"))),
        )
            .into_response());
    };
    let orgs = state.store.orgs_of_user(&user.id).await?;
    let Some((org, _)) = orgs.first() else {
        // A login without any organisation (all memberships removed) cannot do anything.
        state.store.record_login_failure(&subject).await?;
        return Ok((
            StatusCode::UNAUTHORIZED,
            view(&ctx, &f.email, Some(ctx.t("login.failed"))),
        )
            .into_response());
    };
    // A fresh session on every login: no session fixation.
    state.store.delete_session(&ctx.session.token_hash).await?;
    let stage = if user.totp_enabled {
        Stage::NeedsTotp
    } else {
        Stage::Active
    };
    let (token, s) = new_session(stage, Some(user.id.clone()), Some(org.id.clone()), None);
    state.store.create_session(&s).await?;
    if stage == Stage::Active {
        state.store.clear_login_failures(&subject).await?;
        let actor = Actor {
            user_id: Some(&user.id),
            label: &user.email,
        };
        state.store.audit(&org.id, &actor, "user.login", "").await?;
        return Ok(with_session_cookie(
            redirect("/dashboard"),
            &token,
            state.config.secure_cookies,
        ));
    }
    Ok(with_session_cookie(
        redirect("/login/2fa"),
        &token,
        state.config.secure_cookies,
    ))
}

#[derive(Deserialize, Default)]
pub struct CodeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
}

fn totp_view(ctx: &Ctx, error: Option<&str>) -> Markup {
    page(
        ctx,
        ctx.t("login.code_title"),
        html! {
            section.narrow {
                h1 { (ctx.t("login.code_title")) }
                p { (ctx.t("login.code_intro")) }
                (form_error(error))
                form method="post" action="/login/2fa" {
                    (csrf(ctx))
                    label for="code" { (ctx.t("login.code")) }
                    input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required autofocus;
                    button.primary type="submit" { (ctx.t("login.code_submit")) }
                }
            }
        },
    )
}

pub async fn totp_page(Extension(ctx): Extension<Ctx>) -> Result<Response, AppError> {
    if ctx.session.stage != Stage::NeedsTotp {
        return Ok(redirect("/login"));
    }
    Ok(totp_view(&ctx, None).into_response())
}

pub async fn totp_submit(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<CodeForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let (Stage::NeedsTotp, Some(user)) = (ctx.session.stage, ctx.user.clone()) else {
        return Ok(redirect("/login"));
    };
    let subject = throttle_subject(&user.email);
    if let Some(minutes) = throttled(&state, &subject).await? {
        let msg = ctx.tf("login.throttled", &[("minutes", &minutes.to_string())]);
        return Ok((StatusCode::TOO_MANY_REQUESTS, totp_view(&ctx, Some(&msg))).into_response());
    }
    let secret = user.totp_secret.clone().unwrap_or_default();
    let mut ok = false;
    if let Some(step) = totp_check(&secret, &f.code, now()) {
        ok = state.store.use_totp_step(&user.id, step).await?;
    } else {
        let code = normalise_recovery_code(&f.code);
        if code.len() == 10 {
            ok = state
                .store
                .use_recovery_code(&user.id, &hash_token(&code))
                .await?;
        }
    }
    if !ok {
        state.store.record_login_failure(&subject).await?;
        return Ok((
            StatusCode::UNAUTHORIZED,
            totp_view(&ctx, Some(ctx.t("login.code_failed"))),
        )
            .into_response());
    }
    state.store.clear_login_failures(&subject).await?;
    state.store.delete_session(&ctx.session.token_hash).await?;
    let (token, s) = new_session(
        Stage::Active,
        Some(user.id.clone()),
        ctx.session.org_id.clone(),
        None,
    );
    state.store.create_session(&s).await?;
    if let Some(org_id) = &ctx.session.org_id {
        let actor = Actor {
            user_id: Some(&user.id),
            label: &user.email,
        };
        state
            .store
            .audit(org_id, &actor, "user.login", "2fa")
            .await?;
    }
    Ok(with_session_cookie(
        redirect("/dashboard"),
        &token,
        state.config.secure_cookies,
    ))
}

#[derive(Deserialize, Default)]
pub struct LogoutForm {
    #[serde(default)]
    csrf: String,
}

pub async fn logout(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<LogoutForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    state.store.delete_session(&ctx.session.token_hash).await?;
    let (token, s) = new_session(
        Stage::Anonymous,
        None,
        None,
        Some(ctx.lang.code().to_string()),
    );
    state.store.create_session(&s).await?;
    Ok(with_session_cookie(
        redirect_with_flash("/login", ctx.t("login.logged_out")),
        &token,
        state.config.secure_cookies,
    ))
}
