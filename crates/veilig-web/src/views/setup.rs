//! First-run setup: creates the organisation and its owner, then logs the owner in.

use crate::auth::MIN_PASSWORD_LEN;
use crate::errors::AppError;
use crate::form::Form;
use crate::layout::{csrf, field, form_error, page};
use crate::session::{new_session, redirect, session_cookie, Ctx};
use crate::views::{required, valid_email};
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::{html, Markup};
use serde::Deserialize;
use veilig_store::{Stage, StoreError};

#[derive(Deserialize, Default)]
pub struct SetupForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    org_name: String,
    #[serde(default)]
    owner_name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_repeat: String,
}

fn view(ctx: &Ctx, f: &SetupForm, error: Option<&str>) -> Markup {
    page(
        ctx,
        ctx.t("setup.title"),
        html! {
            section.narrow {
                h1 { (ctx.t("setup.title")) }
                p { (ctx.t("setup.intro")) }
                (form_error(error))
                form method="post" action="/setup" {
                    (csrf(ctx))
                    (field(ctx.t("setup.org_name"), "org_name", "text", &f.org_name, true, "organization"))
                    (field(ctx.t("setup.owner_name"), "owner_name", "text", &f.owner_name, true, "name"))
                    (field(ctx.t("setup.email"), "email", "email", &f.email, true, "email"))
                    (field(ctx.t("setup.password"), "password", "password", "", true, "new-password"))
                    (field(ctx.t("setup.password_repeat"), "password_repeat", "password", "", true, "new-password"))
                    button.primary type="submit" { (ctx.t("setup.submit")) }
                }
            }
        },
    )
}

pub async fn page_handler_guard(state: &AppState) -> Result<bool, AppError> {
    Ok(state.store.user_count().await? == 0)
}

pub async fn show(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    if !page_handler_guard(&state).await? {
        return Ok(crate::session::redirect_with_flash(
            "/login",
            ctx.t("setup.already"),
        ));
    }
    Ok(view(&ctx, &SetupForm::default(), None).into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<SetupForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    if !page_handler_guard(&state).await? {
        return Ok(crate::session::redirect_with_flash(
            "/login",
            ctx.t("setup.already"),
        ));
    }
    let invalid = |key: &str| {
        Ok((
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            view(&ctx, &f, Some(ctx.t(key))),
        )
            .into_response())
    };
    let (Some(org_name), Some(owner_name)) = (required(&f.org_name), required(&f.owner_name))
    else {
        return invalid("common.required");
    };
    if !valid_email(&f.email) {
        return invalid("common.invalid_email");
    }
    if f.password.chars().count() < MIN_PASSWORD_LEN {
        return invalid("setup.password_short");
    }
    if f.password != f.password_repeat {
        return invalid("setup.password_mismatch");
    }
    let pw = f.password.clone();
    let hash = crate::auth::hash_password_off_thread(pw).await?;
    let (org, user) = match state
        .store
        .create_org_with_owner(org_name, owner_name, &f.email, &hash, true)
        .await
    {
        Ok(x) => x,
        Err(StoreError::Conflict("setup")) => {
            return Ok(crate::session::redirect_with_flash(
                "/login",
                ctx.t("setup.already"),
            ))
        }
        Err(StoreError::Conflict(_)) => return invalid("setup.email_taken"),
        Err(e) => return Err(e.into()),
    };
    // The owner keeps the language chosen on the setup page.
    state.store.set_user_lang(&user.id, ctx.lang.code()).await?;
    state.store.delete_session(&ctx.session.token_hash).await?;
    let (token, s) = new_session(Stage::Active, Some(user.id), Some(org.id), None);
    state.store.create_session(&s).await?;
    let mut resp = redirect("/onboarding");
    if let Ok(v) = HeaderValue::from_str(&session_cookie(&token, state.config.secure_cookies)) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(resp)
}
