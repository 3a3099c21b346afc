//! Errors: the library error ([`GatewayError`]) and the errors a client sees, rendered in the
//! format of the API it called (OpenAI or Anthropic).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// Errors of the gateway's library functions (keys, limits, prices, summaries).
#[derive(Debug, thiserror::Error)]
pub enum GatewayError {
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("store error: {0}")]
    Store(#[from] veilig_store::StoreError),
    #[error("organisation {0} not found")]
    OrgNotFound(String),
    #[error("no person with email {0:?} in this organisation")]
    PersonNotFound(String),
    #[error("key not found")]
    KeyNotFound,
    #[error("invalid input: {0}")]
    Invalid(String),
    #[error("master key file {path}: {message}")]
    MasterKey { path: String, message: String },
    #[error("no master key configured: cannot store provider keys")]
    NoMasterKey,
    #[error("cannot decrypt a stored provider key (wrong master key file?)")]
    Decrypt,
    #[error("price table: {0}")]
    Prices(String),
    #[error("HTTP client: {0}")]
    Http(String),
}

/// Which API (and so which error format) a request came in on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Api {
    OpenAi,
    Anthropic,
}

impl Api {
    pub fn as_str(self) -> &'static str {
        match self {
            Api::OpenAi => "openai",
            Api::Anthropic => "anthropic",
        }
    }
}

/// What went wrong, independent of the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Missing, unknown or revoked virtual key (401).
    Auth,
    /// A hard spend limit (429).
    Budget,
    /// Anonymizer refused the content (400).
    Blocked,
    /// Malformed request or unknown/unpriced model (400).
    BadRequest,
    /// Upstream did not answer in time (504).
    Timeout,
    /// Upstream unreachable, reset, 5xx or malformed (502).
    Upstream,
    /// Our own failure, e.g. the database (500).
    Internal,
}

/// An error response in the caller's API format.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub api: Api,
    pub kind: Kind,
    pub message: String,
    /// OpenAI `code` (also used as the log status).
    pub code: &'static str,
}

impl ApiError {
    pub fn new(api: Api, kind: Kind, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            api,
            kind,
            message: message.into(),
            code,
        }
    }

    pub fn status(&self) -> StatusCode {
        match self.kind {
            Kind::Auth => StatusCode::UNAUTHORIZED,
            Kind::Budget => StatusCode::TOO_MANY_REQUESTS,
            Kind::Blocked | Kind::BadRequest => StatusCode::BAD_REQUEST,
            Kind::Timeout => StatusCode::GATEWAY_TIMEOUT,
            Kind::Upstream => StatusCode::BAD_GATEWAY,
            Kind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The JSON body in the provider's own format.
    pub fn body(&self) -> serde_json::Value {
        match self.api {
            Api::OpenAi => {
                let ty = match self.kind {
                    Kind::Auth | Kind::Blocked | Kind::BadRequest => "invalid_request_error",
                    Kind::Budget => "insufficient_quota",
                    Kind::Timeout | Kind::Upstream | Kind::Internal => "server_error",
                };
                json!({"error": {"message": self.message, "type": ty, "param": null, "code": self.code}})
            }
            Api::Anthropic => {
                let ty = match self.kind {
                    Kind::Auth => "authentication_error",
                    Kind::Budget => "rate_limit_error",
                    Kind::Blocked | Kind::BadRequest => "invalid_request_error",
                    Kind::Timeout => "timeout_error",
                    Kind::Upstream | Kind::Internal => "api_error",
                };
                json!({"type": "error", "error": {"type": ty, "message": self.message}})
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = self.body().to_string();
        let mut resp = (self.status(), body).into_response();
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        resp
    }
}

/// Formats micro-euros as `€5.00`.
pub fn euros(micro: i64) -> String {
    let cents = (micro + 5_000).div_euclid(10_000);
    format!("€{}.{:02}", cents.div_euclid(100), cents.rem_euclid(100))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euro_formatting() {
        assert_eq!(euros(5_000_000), "€5.00");
        assert_eq!(euros(1_234_567), "€1.23");
        assert_eq!(euros(0), "€0.00");
        assert_eq!(euros(199_999_999), "€200.00");
    }

    #[test]
    fn formats() {
        let e = ApiError::new(Api::OpenAi, Kind::Budget, "insufficient_quota", "x");
        assert_eq!(e.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(e.body()["error"]["type"], "insufficient_quota");
        let e = ApiError::new(Api::Anthropic, Kind::Budget, "insufficient_quota", "x");
        assert_eq!(e.body()["type"], "error");
        assert_eq!(e.body()["error"]["type"], "rate_limit_error");
    }
}
