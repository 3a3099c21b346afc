//! One error type for every handler. A handler returns `Err(AppError::…)`; the response carries
//! an [`ErrorPage`] marker that the session middleware renders as a page in the user's language
//! (or as JSON under `/api/`). Redirects for "log in first" and "set up 2FA first" live here too.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use veilig_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("login required")]
    LoginRequired,
    #[error("two-factor setup required")]
    TwofaSetupRequired,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("invalid CSRF token")]
    Csrf,
    #[error("request body too large")]
    TooLarge,
    #[error("bad request")]
    BadRequest,
    #[error("unauthorized")]
    Unauthorized,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("internal error: {0}")]
    Internal(String),
}

/// Marker on an error response: the status and the catalog key of the message.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage {
    pub status: StatusCode,
    pub key: &'static str,
}

impl AppError {
    fn page(&self) -> ErrorPage {
        let (status, key) = match self {
            AppError::Forbidden => (StatusCode::FORBIDDEN, "common.forbidden"),
            AppError::NotFound | AppError::Store(StoreError::NotFound) => {
                (StatusCode::NOT_FOUND, "common.not_found")
            }
            AppError::Csrf => (StatusCode::FORBIDDEN, "common.csrf"),
            AppError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "common.too_large"),
            AppError::BadRequest => (StatusCode::BAD_REQUEST, "common.bad_request"),
            AppError::Unauthorized => (StatusCode::UNAUTHORIZED, "common.session_expired"),
            AppError::LoginRequired | AppError::TwofaSetupRequired => {
                (StatusCode::SEE_OTHER, "common.session_expired")
            }
            AppError::Store(_) | AppError::Internal(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, "common.internal")
            }
        };
        ErrorPage { status, key }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::LoginRequired => {
                return (StatusCode::SEE_OTHER, [(header::LOCATION, "/login")]).into_response()
            }
            AppError::TwofaSetupRequired => {
                return (StatusCode::SEE_OTHER, [(header::LOCATION, "/account/2fa")])
                    .into_response()
            }
            AppError::Store(ref e) if !matches!(e, StoreError::NotFound) => {
                tracing::error!(error = %e, "store error");
            }
            AppError::Internal(ref e) => tracing::error!(error = %e, "internal error"),
            _ => {}
        }
        let page = self.page();
        let mut resp = page.status.into_response();
        resp.extensions_mut().insert(page);
        resp
    }
}
