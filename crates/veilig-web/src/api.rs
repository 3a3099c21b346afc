//! The JSON API, authenticated with an organisation's API token (`Authorization: Bearer …`):
//! `POST /api/v1/anonymize` and `POST /api/v1/restore`. The API keeps no state: the mapping goes
//! back to the caller, who sends it again to restore.

use crate::errors::AppError;
use crate::AppState;
use axum::extract::{FromRequest, Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::json;
use veilig_anonymize::Mapping;
use veilig_store::{hash_token, Org};

/// JSON body whose rejections become [`AppError`]s (rendered as JSON errors).
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(AppError::TooLarge),
            Err(_) => Err(AppError::BadRequest),
        }
    }
}

/// The organisation of the request's bearer token.
async fn org_of(state: &AppState, headers: &HeaderMap) -> Result<Org, AppError> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .ok_or(AppError::Unauthorized)?;
    let org_id = state
        .store
        .org_for_api_token(&hash_token(token))
        .await?
        .ok_or(AppError::Unauthorized)?;
    state
        .store
        .org(&org_id)
        .await?
        .ok_or(AppError::Unauthorized)
}

#[derive(Deserialize)]
pub struct AnonymizeRequest {
    text: String,
    /// The mapping of earlier calls in the same conversation (keeps placeholders stable).
    #[serde(default)]
    map: Mapping,
}

pub async fn anonymize(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<AnonymizeRequest>,
) -> Result<Response, AppError> {
    let org = org_of(&state, &headers).await?;
    let engine = state.engines.get(&state.store, &org).await?;
    let mut map = req.map;
    let o = engine.anonymize(&req.text, &mut map);
    state.store.record_usage(&org.id, "anonymize").await?;
    let reasons: Vec<_> = o
        .reasons
        .iter()
        .map(|r| json!({"code": r.code(), "message_nl": r.explain("nl"), "message_en": r.explain("en")}))
        .collect();
    let replacements: Vec<_> = o
        .replacements
        .iter()
        .map(|r| json!({"start": r.start, "end": r.end, "placeholder": r.placeholder, "kind": format!("{:?}", r.kind)}))
        .collect();
    let status = if o.blocked {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let body = if o.blocked {
        json!({"blocked": true, "reasons": reasons})
    } else {
        json!({"blocked": false, "text": o.text, "map": map, "replacements": replacements, "reasons": []})
    };
    Ok((status, Json(body)).into_response())
}

#[derive(Deserialize)]
pub struct RestoreRequest {
    text: String,
    map: Mapping,
}

pub async fn restore(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<RestoreRequest>,
) -> Result<Response, AppError> {
    org_of(&state, &headers).await?;
    let text = veilig_anonymize::restore(&req.text, &req.map);
    Ok(Json(json!({"text": text})).into_response())
}
