//! Sessions: an opaque random token in an HttpOnly, SameSite=Lax cookie; the store keeps only its
//! SHA-256 hash, the CSRF token, the stage (anonymous, waiting for a TOTP code, active) and the
//! organisation the user is working in. Every HTML request passes through [`middleware`], which
//! builds the request's [`Ctx`], renders error pages in the user's language and handles the
//! one-shot flash message.

use crate::errors::{AppError, ErrorPage};
use crate::{layout, AppState};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use veilig_core::roles::Role;
use veilig_core::Lang;
use veilig_store::{hash_token, now, Org, Session, Stage, User};

pub const SESSION_COOKIE: &str = "veilig_session";
pub const FLASH_COOKIE: &str = "veilig_flash";
/// Lifetime of a not-logged-in session (carries the CSRF token of the login form).
pub const ANON_TTL: i64 = 2 * 3600;
/// Lifetime of a logged-in session.
pub const ACTIVE_TTL: i64 = 12 * 3600;

/// Everything a handler knows about the request's visitor.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub session: Session,
    pub user: Option<User>,
    pub org: Option<Org>,
    pub role: Option<Role>,
    pub orgs: Vec<(Org, Role)>,
    pub lang: Lang,
    pub flash: Option<String>,
    /// The request carried a session cookie that is no longer valid.
    pub expired: bool,
    pub path: String,
}

/// A logged-in user working in one of their organisations.
#[derive(Clone, Debug)]
pub struct Member {
    pub user: User,
    pub org: Org,
    pub role: Role,
}

impl Member {
    /// The actor for the audit log.
    pub fn actor(&self) -> veilig_store::Actor<'_> {
        veilig_store::Actor {
            user_id: Some(&self.user.id),
            label: &self.user.email,
        }
    }
    pub fn require_manager(&self) -> Result<(), AppError> {
        if self.role.can_manage() {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
    pub fn require_owner(&self) -> Result<(), AppError> {
        if self.role.is_owner_like() {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

impl Ctx {
    pub fn t<'a>(&self, key: &'a str) -> &'a str {
        veilig_core::t(self.lang, key)
    }

    pub fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        veilig_core::tf(self.lang, key, args)
    }

    /// Compares a submitted CSRF token with the session's, in constant time.
    pub fn check_csrf(&self, submitted: &str) -> Result<(), AppError> {
        let a = self.session.csrf.as_bytes();
        let b = submitted.as_bytes();
        let mut diff = a.len() ^ b.len();
        for (x, y) in a.iter().zip(b.iter()) {
            diff |= usize::from(x ^ y);
        }
        if diff == 0 && !a.is_empty() {
            Ok(())
        } else {
            Err(AppError::Csrf)
        }
    }

    /// The logged-in member, or a redirect to the login page. Enforces the organisation's 2FA
    /// requirement.
    pub fn member(&self) -> Result<Member, AppError> {
        let m = self.member_allow_2fa_setup()?;
        if m.org.require_2fa && !m.user.totp_enabled {
            return Err(AppError::TwofaSetupRequired);
        }
        Ok(m)
    }

    /// Like [`Ctx::member`] but also for a user who still has to set up a required 2FA.
    pub fn member_allow_2fa_setup(&self) -> Result<Member, AppError> {
        match (&self.user, &self.org, self.role) {
            (Some(user), Some(org), Some(role)) if self.session.stage == Stage::Active => {
                Ok(Member {
                    user: user.clone(),
                    org: org.clone(),
                    role,
                })
            }
            _ => Err(AppError::LoginRequired),
        }
    }
}

/// Reads one cookie from the request headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The `Set-Cookie` value of the session cookie.
pub fn session_cookie(token: &str, secure: bool) -> String {
    format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax{}",
        if secure { "; Secure" } else { "" }
    )
}

/// A new session (random token + CSRF token); returns the token for the cookie.
pub fn new_session(
    stage: Stage,
    user_id: Option<String>,
    org_id: Option<String>,
    lang: Option<String>,
) -> (String, Session) {
    let token = crate::auth::random_token();
    let ttl = if stage == Stage::Anonymous {
        ANON_TTL
    } else {
        ACTIVE_TTL
    };
    let s = Session {
        token_hash: hash_token(&token),
        user_id,
        org_id,
        csrf: crate::auth::random_token(),
        stage,
        lang,
        expires_at: now() + ttl,
    };
    (token, s)
}

/// A redirect (303) that shows `message` once on the next page.
pub fn redirect_with_flash(to: &str, message: &str) -> Response {
    let value = data_encoding::BASE64URL_NOPAD.encode(message.as_bytes());
    let mut resp = (StatusCode::SEE_OTHER, [(header::LOCATION, to.to_string())]).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{FLASH_COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax"
    )) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    resp
}

/// A plain 303 redirect.
pub fn redirect(to: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, to.to_string())]).into_response()
}

fn is_passthrough(path: &str) -> bool {
    path.starts_with("/static/")
        || path == "/healthz"
        || path.starts_with("/api/")
        || path == "/metrics"
}

async fn load_ctx(
    state: &AppState,
    headers: &HeaderMap,
    path: &str,
) -> Result<(Ctx, Option<String>), AppError> {
    let store = &state.store;
    let mut new_token = None;
    let cookie_token = cookie(headers, SESSION_COOKIE);
    let existing = match cookie_token {
        Some(t) => store.session(&hash_token(t)).await?,
        None => None,
    };
    let expired = cookie_token.is_some() && existing.is_none();
    let session = match existing {
        Some(s) => s,
        None => {
            let (token, s) = new_session(Stage::Anonymous, None, None, None);
            store.create_session(&s).await?;
            new_token = Some(token);
            s
        }
    };
    let mut user = None;
    let mut org = None;
    let mut role = None;
    let mut orgs = vec![];
    if let Some(uid) = &session.user_id {
        user = store.user(uid).await?;
    }
    if let (Some(u), Stage::Active) = (&user, session.stage) {
        orgs = store.orgs_of_user(&u.id).await?;
        let chosen = session
            .org_id
            .as_ref()
            .and_then(|id| orgs.iter().find(|(o, _)| &o.id == id))
            .or_else(|| orgs.first());
        if let Some((o, r)) = chosen {
            org = Some(o.clone());
            role = Some(*r);
        }
    }
    let lang = match (&user, &session.lang) {
        (Some(u), _) => Lang::from_code(&u.lang),
        (None, Some(l)) => Lang::from_code(l),
        (None, None) => Lang::Nl,
    };
    let flash = cookie(headers, FLASH_COOKIE)
        .and_then(|v| data_encoding::BASE64URL_NOPAD.decode(v.as_bytes()).ok())
        .and_then(|b| String::from_utf8(b).ok());
    Ok((
        Ctx {
            session,
            user,
            org,
            role,
            orgs,
            lang,
            flash,
            expired,
            path: path.to_string(),
        },
        new_token,
    ))
}

/// Builds the [`Ctx`] of every page request, renders error markers, sets and clears cookies,
/// adds security headers, and refuses cross-site form posts before any handler runs.
pub async fn middleware(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if is_passthrough(&path) {
        let resp = next.run(req).await;
        return api_errors(resp);
    }
    let (ctx, new_token) = match load_ctx(&state, req.headers(), &path).await {
        Ok(x) => x,
        Err(e) => {
            tracing::error!(error = %e, "cannot load session");
            return render_error(Lang::Nl, AppError::Internal(e.to_string()).into_response());
        }
    };
    let lang = ctx.lang;
    let had_flash = ctx.flash.is_some();
    // Browsers tell where a form post comes from; a cross-site post never reaches a handler.
    if req.method() == Method::POST {
        let cross = req
            .headers()
            .get("sec-fetch-site")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v == "cross-site");
        if cross {
            return render_error(lang, AppError::Csrf.into_response());
        }
    }
    req.extensions_mut().insert(ctx.clone());
    let resp = next.run(req).await;
    let mut resp = if resp.extensions().get::<ErrorPage>().is_some() {
        render_error_ctx(&ctx, resp)
    } else {
        resp
    };
    let h = resp.headers_mut();
    let sets_session = h
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.to_str().is_ok_and(|s| s.starts_with(SESSION_COOKIE)));
    if let (Some(token), false) = (new_token, sets_session) {
        if let Ok(v) = HeaderValue::from_str(&session_cookie(&token, state.config.secure_cookies)) {
            h.append(header::SET_COOKIE, v);
        }
    }
    let sets_flash = h
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.to_str().is_ok_and(|s| s.starts_with(FLASH_COOKIE)));
    if had_flash && !sets_flash {
        h.append(
            header::SET_COOKIE,
            HeaderValue::from_static("veilig_flash=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"),
        );
    }
    security_headers(h);
    resp
}

fn security_headers(h: &mut HeaderMap) {
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert("referrer-policy", HeaderValue::from_static("same-origin"));
    h.insert(
        "content-security-policy",
        HeaderValue::from_static("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'"),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

fn render_error(lang: Lang, resp: Response) -> Response {
    let Some(page) = resp.extensions().get::<ErrorPage>().copied() else {
        return resp;
    };
    let body = layout::error_page(lang, None, page.key);
    let mut out = (page.status, body).into_response();
    security_headers(out.headers_mut());
    out
}

fn render_error_ctx(ctx: &Ctx, resp: Response) -> Response {
    let Some(page) = resp.extensions().get::<ErrorPage>().copied() else {
        return resp;
    };
    let mut out = (
        page.status,
        layout::error_page(ctx.lang, Some(ctx), page.key),
    )
        .into_response();
    // Keep cookies a handler set on its error path.
    for v in resp.headers().get_all(header::SET_COOKIE) {
        out.headers_mut().append(header::SET_COOKIE, v.clone());
    }
    out
}

/// Errors under `/api/` are JSON: `{"error": {"code": …, "message": …}}` (English message).
fn api_errors(resp: Response) -> Response {
    let Some(page) = resp.extensions().get::<ErrorPage>().copied() else {
        return resp;
    };
    let body = serde_json::json!({
        "error": {
            "code": page.key.trim_start_matches("common."),
            "message": veilig_core::t(Lang::En, page.key),
        }
    });
    (page.status, axum::Json(body)).into_response()
}
