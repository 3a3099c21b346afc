//! The pages of veilig. Each module owns one area; handlers take the request's [`Ctx`] and return
//! HTML or a redirect.

pub mod account;
pub mod admin;
pub mod anonymize;
pub mod audit;
pub mod dashboard;
pub mod gateway;
pub mod login;
pub mod onboarding;
pub mod orgs;
pub mod register;
pub mod settings;
pub mod setup;
pub mod tasks;
pub mod team;
pub mod tokens;

use crate::errors::AppError;
use crate::session::{redirect, Ctx};
use crate::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Extension;

/// `/`: setup on a fresh install, otherwise the dashboard or the login page.
pub async fn home(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    if state.store.user_count().await? == 0 {
        return Ok(redirect("/setup"));
    }
    Ok(match ctx.member_allow_2fa_setup() {
        Ok(_) => redirect("/dashboard"),
        Err(_) => redirect("/login"),
    })
}

pub async fn not_found() -> AppError {
    AppError::NotFound
}

pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/app.css"),
    )
}

pub async fn script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/app.js"),
    )
}

/// Trims a form value and checks it is not empty.
pub(crate) fn required(v: &str) -> Option<&str> {
    let v = v.trim();
    (!v.is_empty()).then_some(v)
}

/// A light e-mail check: one @, a dot in the domain, no spaces, sane length.
pub(crate) fn valid_email(v: &str) -> bool {
    let v = v.trim();
    let Some((local, domain)) = v.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !v.contains(char::is_whitespace)
        && !domain.contains('@')
        && v.len() <= 254
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_check_accepts_normal_addresses_only() {
        assert!(valid_email("eva@bakkerij-jansen.nl"));
        assert!(valid_email(" j.de.vries@example.com "));
        assert!(!valid_email("eva"));
        assert!(!valid_email("eva@nl"));
        assert!(!valid_email("e va@x.nl"));
        assert!(!valid_email("a@b@c.nl"));
    }
}
