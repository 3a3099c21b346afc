//! A form extractor whose rejections become [`AppError`]s (too large, malformed), so bad input
//! gets a clear page in the user's language instead of a plain-text error.
//!
//! A body over the limit is read to its end (up to a bound) and discarded before the 413 page is
//! sent: a browser that is still uploading then gets the page instead of a reset connection.

use crate::errors::AppError;
use crate::AppState;
use axum::body::Body;
use axum::extract::{FromRequest, Request};
use http_body_util::BodyExt;
use serde::de::DeserializeOwned;

/// How much of an oversized body is drained before the connection is given up.
pub const DRAIN_LIMIT: usize = 16 * 1024 * 1024;

/// `application/x-www-form-urlencoded` body deserialised into `T`.
pub struct Form<T>(pub T);

impl<T> FromRequest<AppState> for Form<T>
where
    T: DeserializeOwned,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let max = state.config.max_body;
        let (parts, mut body) = req.into_parts();
        let mut buf: Vec<u8> = Vec::new();
        let mut seen = 0usize;
        while let Some(frame) = body.frame().await {
            let Ok(frame) = frame else {
                return Err(AppError::BadRequest);
            };
            if let Ok(data) = frame.into_data() {
                seen += data.len();
                if seen <= max {
                    buf.extend_from_slice(&data);
                } else if seen > max + DRAIN_LIMIT {
                    break;
                }
            }
        }
        if seen > max {
            return Err(AppError::TooLarge);
        }
        let req = Request::from_parts(parts, Body::from(buf));
        match axum::Form::<T>::from_request(req, state).await {
            Ok(axum::Form(v)) => Ok(Form(v)),
            Err(_) => Err(AppError::BadRequest),
        }
    }
}

/// A form with nothing but its CSRF token (delete, revoke, "looked at" buttons).
#[derive(serde::Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    pub csrf: String,
}
