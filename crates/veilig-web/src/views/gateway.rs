//! The AI gateway pages (rule 08), for managers: spend per key, person and day against the
//! limits; creating (secret shown once), limiting and revoking virtual keys; the limits of people
//! and of the organisation; and at `/gateway/settings` the policy (inline anonymization, alert
//! address, webhook), the provider keys (stored encrypted, never shown) and the organisation's
//! own model prices. The gateway itself lives in `veilig-gateway`; this module only calls its
//! library functions.

use crate::errors::AppError;
use crate::form::{CsrfOnly, Form};
use crate::layout::{csrf, field, fmt_datetime, form_error, page};
use crate::session::{redirect_with_flash, Ctx, Member};
use crate::views::{required, valid_email};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::{html, Markup};
use serde::Deserialize;
use veilig_core::Lang;
use veilig_gateway::{
    GatewayError, GatewayPolicy, LimitScope, Limits, OrgPrice, Provider, ScopeSpend,
};

/// How many recent requests the page lists.
const RECENT: i64 = 50;
/// How many days the per-day table covers.
const DAYS: u32 = 30;

/// A gateway library error as the page shows it: input problems become a message above the
/// form (422), the rest an error page.
enum Problem {
    Input(String),
    Page(AppError),
}

impl Problem {
    fn from(ctx: &Ctx, e: GatewayError) -> Problem {
        match e {
            GatewayError::Invalid(why) => {
                Problem::Input(ctx.tf("gateway.invalid", &[("why", &why)]))
            }
            GatewayError::PersonNotFound(_) => Problem::Input(ctx.t("gateway.no_person").into()),
            GatewayError::KeyNotFound => Problem::Page(AppError::NotFound),
            GatewayError::NoMasterKey => Problem::Input(ctx.t("gateway.no_master_key").into()),
            other => Problem::Page(AppError::Internal(other.to_string())),
        }
    }
}

fn internal(e: GatewayError) -> AppError {
    match e {
        GatewayError::KeyNotFound => AppError::NotFound,
        other => AppError::Internal(other.to_string()),
    }
}

/// Parses an optional euro amount: empty = no limit.
fn amount(ctx: &Ctx, label_key: &str, v: &str) -> Result<Option<i64>, String> {
    if v.trim().is_empty() {
        return Ok(None);
    }
    veilig_gateway::parse_eur(v).map(Some).map_err(|_| {
        ctx.tf(
            "gateway.bad_amount",
            &[("field", ctx.t(label_key)), ("value", v.trim())],
        )
    })
}

#[derive(Deserialize, Default)]
pub struct LimitFields {
    #[serde(default)]
    daily_hard: String,
    #[serde(default)]
    monthly_hard: String,
    #[serde(default)]
    daily_soft: String,
    #[serde(default)]
    monthly_soft: String,
}

impl LimitFields {
    fn parse(&self, ctx: &Ctx) -> Result<Limits, String> {
        let l = Limits {
            daily_hard: amount(ctx, "gateway.daily_hard", &self.daily_hard)?,
            monthly_hard: amount(ctx, "gateway.monthly_hard", &self.monthly_hard)?,
            daily_soft: amount(ctx, "gateway.daily_soft", &self.daily_soft)?,
            monthly_soft: amount(ctx, "gateway.monthly_soft", &self.monthly_soft)?,
        };
        let above = |soft: Option<i64>, hard: Option<i64>| matches!((soft, hard), (Some(s), Some(h)) if s > h);
        if above(l.daily_soft, l.daily_hard) || above(l.monthly_soft, l.monthly_hard) {
            return Err(ctx.t("gateway.soft_above_hard").to_string());
        }
        Ok(l)
    }
}

/// Micro-euros as the user's language writes money: `€ 1.234,50` / `€1,234.50`. At least two
/// decimals, more when the amount has them (prices per million tokens can be a fraction of a cent).
pub fn eur(lang: Lang, micro: i64) -> String {
    format!(
        "€{}{}",
        if lang == Lang::Nl { " " } else { "" },
        amount_text(lang, micro, true)
    )
}

fn amount_text(lang: Lang, micro: i64, group: bool) -> String {
    let neg = micro < 0;
    let m = micro.unsigned_abs();
    let whole = m / 1_000_000;
    let mut frac = format!("{:06}", m % 1_000_000);
    while frac.len() > 2 && frac.ends_with('0') {
        frac.pop();
    }
    let (thousands, decimal) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    };
    let digits = whole.to_string();
    let mut w = String::new();
    for (i, c) in digits.chars().enumerate() {
        if group && i > 0 && (digits.len() - i).is_multiple_of(3) {
            w.push(thousands);
        }
        w.push(c);
    }
    format!("{}{w}{decimal}{frac}", if neg { "-" } else { "" })
}

/// A euro amount for an input field (`12,50`), empty for none; [`veilig_gateway::parse_eur`]
/// reads it back.
fn eur_input(lang: Lang, v: Option<i64>) -> String {
    v.map(|m| amount_text(lang, m, false)).unwrap_or_default()
}

/// The four limit inputs, prefilled.
fn limit_inputs(ctx: &Ctx, prefix: &str, l: &Limits) -> Markup {
    let one = |key: &str, name: &str, v: Option<i64>| {
        let id = format!("{prefix}{name}");
        html! {
            div {
                label for=(id) { (ctx.t(key)) }
                input id=(id) name=(name) type="text" inputmode="decimal" value=(eur_input(ctx.lang, v)) placeholder="€" autocomplete="off";
            }
        }
    };
    html! {
        div.limits {
            (one("gateway.daily_hard", "daily_hard", l.daily_hard))
            (one("gateway.monthly_hard", "monthly_hard", l.monthly_hard))
            (one("gateway.daily_soft", "daily_soft", l.daily_soft))
            (one("gateway.monthly_soft", "monthly_soft", l.monthly_soft))
        }
    }
}

/// "€ 1.20 of € 5.00" with a bar, or just the amount when there is no limit.
fn against(ctx: &Ctx, spent: i64, limit: Option<i64>, soft: Option<i64>) -> Markup {
    html! {
        @match limit {
            Some(l) if l > 0 => {
                @let over_soft = soft.is_some_and(|s| spent >= s);
                span data-spent=(spent) data-limit=(l) {
                    (eur(ctx.lang, spent)) " " (ctx.t("gateway.of")) " " (eur(ctx.lang, l))
                    br;
                    progress value=(spent.min(l)) max=(l) class=[over_soft.then_some("warn")] {}
                }
            }
            _ => { span data-spent=(spent) { (eur(ctx.lang, spent)) } }
        }
    }
}

fn spend_cells(ctx: &Ctx, s: &ScopeSpend) -> Markup {
    html! {
        td { (against(ctx, s.today, s.limits.daily_hard, s.limits.daily_soft)) }
        td { (against(ctx, s.month, s.limits.monthly_hard, s.limits.monthly_soft)) }
    }
}

/// The address clients use as their OpenAI/Anthropic base URL.
fn base_url(state: &AppState, headers: &HeaderMap) -> String {
    if let Some(u) = &state.config.gateway_url {
        return u.clone();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    let scheme = if state.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}/v1")
}

async fn overview(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    base: &str,
    new_secret: Option<&str>,
    error: Option<&str>,
) -> Result<Markup, AppError> {
    let store = &state.store;
    let org = &m.org.id;
    let summary = veilig_gateway::spend_summary(store, org, DAYS)
        .await
        .map_err(internal)?;
    let recent = veilig_gateway::recent_usage(store, org, RECENT)
        .await
        .map_err(internal)?;
    let people = store.people(org).await?;
    let key_name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| summary.keys.iter().find(|k| &k.key.id == id))
            .map(|k| k.key.name.clone())
            .unwrap_or_default()
    };
    let max_day = summary.days.iter().map(|d| d.cost).max().unwrap_or(0);
    let advice = veilig_core::rules::ADVISED_MONTHLY_LIMIT_EUR.to_string();
    Ok(page(
        ctx,
        ctx.t("gateway.title"),
        html! {
            h1 { (ctx.t("gateway.title")) }
            p { (ctx.t("gateway.intro")) }
            nav.sub { a href="/gateway/settings" { (ctx.t("gateway.settings_title")) } }
            (form_error(error))
            @if let Some(secret) = new_secret {
                section.card role="status" {
                    p.flash { (ctx.t("gateway.key_created")) }
                    pre.out #new-key { (secret) }
                    p.muted { (ctx.tf("gateway.how_to_use", &[("url", base)])) }
                }
            }
            section.card #org-spend {
                h2 { (ctx.t("gateway.org_spend")) }
                div.table-wrap { table {
                    thead { tr { th {} th scope="col" { (ctx.t("gateway.today")) } th scope="col" { (ctx.t("gateway.month")) } th scope="col" { (ctx.t("gateway.reserved")) } } }
                    tbody { tr { th scope="row" { (m.org.name) } (spend_cells(ctx, &summary.org)) td { (eur(ctx.lang, summary.org.reserved)) } } }
                } }
                p.muted { (ctx.tf("gateway.connect", &[("url", base)])) }
            }
            h2 { (ctx.t("gateway.keys")) }
            @if summary.keys.is_empty() {
                p.muted #keys-empty { (ctx.t("gateway.keys_empty")) }
            } @else {
                div.table-wrap { table #keys {
                    thead { tr {
                        th scope="col" { (ctx.t("gateway.key_name")) }
                        th scope="col" { (ctx.t("gateway.person")) }
                        th scope="col" { (ctx.t("gateway.today")) }
                        th scope="col" { (ctx.t("gateway.month")) }
                        th scope="col" { (ctx.t("gateway.last_used")) }
                        th {}
                    } }
                    tbody { @for k in &summary.keys {
                        @let revoked = k.key.revoked_at.is_some();
                        tr data-key=(k.key.name) data-revoked=(revoked) {
                            td { strong { (k.key.name) } br; code { (k.key.prefix) } }
                            td { (k.key.person_email.as_deref().unwrap_or("—")) }
                            (spend_cells(ctx, &k.spend))
                            td { @if let Some(t) = k.key.last_used_at { (fmt_datetime(ctx.lang, t)) } @else { "—" } }
                            td {
                                @if revoked {
                                    span.badge.not_started { (ctx.t("gateway.revoked")) }
                                } @else {
                                    a.button.small href=(format!("/gateway/keys/{}", k.key.id)) { (ctx.t("gateway.edit_limits")) }
                                    " "
                                    form.inline method="post" action=(format!("/gateway/keys/{}/revoke", k.key.id)) {
                                        (csrf(ctx)) button.small.danger type="submit" { (ctx.t("gateway.revoke")) }
                                    }
                                }
                            }
                        }
                    } }
                } }
            }
            section.card {
                h2 { (ctx.t("gateway.new_key")) }
                p.muted { (ctx.tf("gateway.new_key_help", &[("limit", &advice)])) }
                form #create-key method="post" action="/gateway/keys" {
                    (csrf(ctx))
                    (field(ctx.t("gateway.key_name"), "name", "text", "", true, "off"))
                    label for="person" { (ctx.t("gateway.person")) }
                    select id="person" name="person" {
                        option value="" { (ctx.t("gateway.no_person_option")) }
                        @for p in &people { option value=(p.email) { (p.name) " (" (p.email) ")" } }
                    }
                    (limit_inputs(ctx, "new-", &Limits {
                        daily_hard: Some(10_000_000),
                        monthly_hard: Some(100_000_000),
                        daily_soft: None,
                        monthly_soft: Some(75_000_000),
                    }))
                    button.primary type="submit" { (ctx.t("gateway.create_key")) }
                }
            }
            h2 { (ctx.t("gateway.people")) }
            @if summary.people.is_empty() {
                p.muted { (ctx.t("gateway.people_empty")) }
            } @else {
                div.table-wrap { table #people-spend {
                    thead { tr { th scope="col" { (ctx.t("gateway.person")) } th scope="col" { (ctx.t("gateway.today")) } th scope="col" { (ctx.t("gateway.month")) } } }
                    tbody { @for p in &summary.people {
                        tr data-person=(p.email) { td { (p.name) br; span.muted { (p.email) } } (spend_cells(ctx, &p.spend)) }
                    } }
                } }
            }
            @if !people.is_empty() {
                section.card {
                    h3 { (ctx.t("gateway.person_limits")) }
                    form #person-limits method="post" action="/gateway/limits/person" {
                        (csrf(ctx))
                        label for="person_id" { (ctx.t("gateway.person")) }
                        select id="person_id" name="person_id" required {
                            @for p in &people { option value=(p.id) { (p.name) } }
                        }
                        (limit_inputs(ctx, "person-", &Limits::default()))
                        button type="submit" { (ctx.t("gateway.save_limits")) }
                    }
                }
            }
            section.card {
                h3 { (ctx.t("gateway.org_limits")) }
                form #org-limits method="post" action="/gateway/limits/org" {
                    (csrf(ctx))
                    (limit_inputs(ctx, "org-", &summary.org.limits))
                    button type="submit" { (ctx.t("gateway.save_limits")) }
                }
            }
            h2 { (ctx.tf("gateway.per_day", &[("days", &DAYS.to_string())])) }
            div.table-wrap { table #per-day {
                thead { tr { th scope="col" { (ctx.t("gateway.day")) } th scope="col" { (ctx.t("gateway.requests")) } th scope="col" { (ctx.t("gateway.tokens")) } th scope="col" { (ctx.t("gateway.cost")) } } }
                tbody { @for d in summary.days.iter().rev().filter(|d| d.requests > 0) {
                    tr data-day=(d.day) {
                        td { (d.day) } td { (d.requests) } td { (d.input_tokens) " / " (d.output_tokens) }
                        td { (eur(ctx.lang, d.cost)) " " @if max_day > 0 { progress value=(d.cost) max=(max_day) {} } }
                    }
                } }
            } }
            @if summary.days.iter().all(|d| d.requests == 0) { p.muted { (ctx.t("gateway.no_requests")) } }
            h2 { (ctx.t("gateway.recent")) }
            @if recent.is_empty() {
                p.muted { (ctx.t("gateway.no_requests")) }
            } @else {
                div.table-wrap { table #recent {
                    thead { tr {
                        th scope="col" { (ctx.t("gateway.when")) }
                        th scope="col" { (ctx.t("gateway.key_name")) }
                        th scope="col" { (ctx.t("gateway.model")) }
                        th scope="col" { (ctx.t("gateway.tokens")) }
                        th scope="col" { (ctx.t("gateway.cost")) }
                        th scope="col" { (ctx.t("gateway.latency")) }
                        th scope="col" { (ctx.t("gateway.status")) }
                    } }
                    tbody { @for u in &recent {
                        tr data-status=(u.status) {
                            td { (fmt_datetime(ctx.lang, u.created_at)) }
                            td { (key_name(&u.key_id)) }
                            td { (u.model) }
                            td { (u.input_tokens) " / " (u.output_tokens) }
                            td { (eur(ctx.lang, u.cost)) }
                            td { (u.latency_ms) " ms" }
                            td {
                                (u.status)
                                @if u.replacements > 0 { br; span.muted { (ctx.tf("gateway.replacements", &[("count", &u.replacements.to_string())])) } }
                                @if !u.block_reasons.is_empty() { @let b = &u.block_reasons; br; span.muted { (ctx.t("gateway.blocked")) ": " (b) } }
                            }
                        }
                    } }
                } }
            }
        },
    ))
}

fn manager(ctx: &Ctx) -> Result<Member, AppError> {
    let m = ctx.member()?;
    m.require_manager()?;
    Ok(m)
}

pub async fn show(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let m = manager(&ctx)?;
    let base = base_url(&state, &headers);
    Ok(overview(&state, &ctx, &m, &base, None, None)
        .await?
        .into_response())
}

async fn refused(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    headers: &HeaderMap,
    msg: &str,
) -> Result<Response, AppError> {
    let base = base_url(state, headers);
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        overview(state, ctx, m, &base, None, Some(msg)).await?,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct KeyForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    person: String,
    #[serde(flatten)]
    limits: LimitFields,
}

pub async fn create_key(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    headers: HeaderMap,
    Form(f): Form<KeyForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = manager(&ctx)?;
    let Some(name) = required(&f.name) else {
        return refused(&state, &ctx, &m, &headers, ctx.t("gateway.name_required")).await;
    };
    let limits = match f.limits.parse(&ctx) {
        Ok(l) => l,
        Err(msg) => return refused(&state, &ctx, &m, &headers, &msg).await,
    };
    if limits.daily_hard.is_none() || limits.monthly_hard.is_none() {
        return refused(&state, &ctx, &m, &headers, ctx.t("gateway.hard_required")).await;
    }
    let person = required(&f.person);
    match veilig_gateway::create_key(&state.store, &m.org.id, name, person, limits, &m.actor())
        .await
    {
        Ok((_, secret)) => {
            let base = base_url(&state, &headers);
            Ok(overview(&state, &ctx, &m, &base, Some(&secret), None)
                .await?
                .into_response())
        }
        Err(e) => match Problem::from(&ctx, e) {
            Problem::Input(msg) => refused(&state, &ctx, &m, &headers, &msg).await,
            Problem::Page(e) => Err(e),
        },
    }
}

pub async fn revoke_key(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = manager(&ctx)?;
    veilig_gateway::revoke_key(&state.store, &m.org.id, &id, &m.actor())
        .await
        .map_err(internal)?;
    Ok(redirect_with_flash(
        "/gateway",
        ctx.t("gateway.key_revoked"),
    ))
}

async fn key_page(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    id: &str,
    error: Option<&str>,
) -> Result<Markup, AppError> {
    let k = veilig_gateway::key(&state.store, &m.org.id, id)
        .await
        .map_err(internal)?
        .filter(|k| k.revoked_at.is_none())
        .ok_or(AppError::NotFound)?;
    Ok(page(
        ctx,
        ctx.t("gateway.edit_limits"),
        html! {
            h1 { (ctx.t("gateway.edit_limits")) ": " (k.name) }
            p.muted { code { (k.prefix) } " · " (k.person_email.as_deref().unwrap_or("—")) }
            (form_error(error))
            form #key-limits method="post" action=(format!("/gateway/keys/{}", k.id)) {
                (csrf(ctx))
                (limit_inputs(ctx, "key-", &k.limits))
                button.primary type="submit" { (ctx.t("gateway.save_limits")) }
            }
            p { a href="/gateway" { (ctx.t("common.back")) } }
        },
    ))
}

pub async fn key_show(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let m = manager(&ctx)?;
    Ok(key_page(&state, &ctx, &m, &id, None).await?.into_response())
}

#[derive(Deserialize)]
pub struct LimitsForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    person_id: String,
    #[serde(flatten)]
    limits: LimitFields,
}

pub async fn key_save(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
    Form(f): Form<LimitsForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = manager(&ctx)?;
    let problem = match f.limits.parse(&ctx) {
        Err(msg) => Some(msg),
        Ok(l) if l.daily_hard.is_none() || l.monthly_hard.is_none() => {
            Some(ctx.t("gateway.hard_required").to_string())
        }
        Ok(l) => match veilig_gateway::set_key_limits(&state.store, &m.org.id, &id, l).await {
            Ok(()) => None,
            Err(e) => match Problem::from(&ctx, e) {
                Problem::Input(msg) => Some(msg),
                Problem::Page(e) => return Err(e),
            },
        },
    };
    if let Some(msg) = problem {
        let page = key_page(&state, &ctx, &m, &id, Some(&msg)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    state
        .store
        .audit(&m.org.id, &m.actor(), "gateway.key.limits", &id)
        .await?;
    Ok(redirect_with_flash(
        "/gateway",
        ctx.t("gateway.limits_saved"),
    ))
}

pub async fn person_limits(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    headers: HeaderMap,
    Form(f): Form<LimitsForm>,
) -> Result<Response, AppError> {
    save_limits(state, ctx, headers, f, true).await
}

pub async fn org_limits(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    headers: HeaderMap,
    Form(f): Form<LimitsForm>,
) -> Result<Response, AppError> {
    save_limits(state, ctx, headers, f, false).await
}

async fn save_limits(
    state: AppState,
    ctx: Ctx,
    headers: HeaderMap,
    f: LimitsForm,
    person: bool,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = manager(&ctx)?;
    let limits = match f.limits.parse(&ctx) {
        Ok(l) => l,
        Err(msg) => return refused(&state, &ctx, &m, &headers, &msg).await,
    };
    let scope = if person {
        LimitScope::Person(&f.person_id)
    } else {
        LimitScope::Org
    };
    if let Err(e) = veilig_gateway::set_limits(&state.store, &m.org.id, scope, limits).await {
        return match Problem::from(&ctx, e) {
            Problem::Input(msg) => refused(&state, &ctx, &m, &headers, &msg).await,
            Problem::Page(e) => Err(e),
        };
    }
    let what = if person {
        f.person_id.as_str()
    } else {
        "organisation"
    };
    state
        .store
        .audit(&m.org.id, &m.actor(), "gateway.limits", what)
        .await?;
    Ok(redirect_with_flash(
        "/gateway",
        ctx.t("gateway.limits_saved"),
    ))
}

// ---- settings: policy, provider keys, own prices -------------------------------------------

async fn settings_page(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    error: Option<&str>,
) -> Result<Markup, AppError> {
    let store = &state.store;
    let org = &m.org.id;
    let policy = veilig_gateway::policy(store, org).await.map_err(internal)?;
    let prices = veilig_gateway::org_prices(store, org)
        .await
        .map_err(internal)?;
    let mut providers = vec![];
    for (p, label) in [
        (Provider::OpenAi, "OpenAI"),
        (Provider::Anthropic, "Anthropic"),
    ] {
        let own = veilig_gateway::has_provider_key(store, Some(org), p)
            .await
            .map_err(internal)?;
        let shared = veilig_gateway::has_provider_key(store, None, p)
            .await
            .map_err(internal)?;
        providers.push((p, label, own, shared));
    }
    Ok(page(
        ctx,
        ctx.t("gateway.settings_title"),
        html! {
            h1 { (ctx.t("gateway.settings_title")) }
            nav.sub { a href="/gateway" { (ctx.t("gateway.title")) } }
            (form_error(error))
            section.card {
                h2 { (ctx.t("gateway.policy")) }
                form #policy method="post" action="/gateway/settings/policy" {
                    (csrf(ctx))
                    label.choice for="anonymize" {
                        input type="checkbox" id="anonymize" name="anonymize" value="1" checked[policy.anonymize];
                        " " (ctx.t("gateway.anonymize"))
                    }
                    p.muted { (ctx.t("gateway.anonymize_help")) }
                    (field(ctx.t("gateway.alert_email"), "alert_email", "email", policy.alert_email.as_deref().unwrap_or(""), false, "email"))
                    (field(ctx.t("gateway.webhook"), "webhook_url", "url", policy.webhook_url.as_deref().unwrap_or(""), false, "off"))
                    button.primary type="submit" { (ctx.t("common.save")) }
                }
            }
            section.card {
                h2 { (ctx.t("gateway.providers")) }
                p.muted { (ctx.t("gateway.providers_help")) }
                @for (p, label, own, shared) in &providers {
                    form.provider method="post" action="/gateway/settings/provider" data-provider=(p.as_str()) {
                        (csrf(ctx))
                        input type="hidden" name="provider" value=(p.as_str());
                        @let id = format!("provider-{}", p.as_str());
                        label for=(id) { (label) }
                        p.muted data-stored=(own) {
                            @if *own { (ctx.t("gateway.provider_stored")) }
                            @else if *shared { (ctx.t("gateway.provider_shared")) }
                            @else { (ctx.t("gateway.provider_missing")) }
                        }
                        input id=(id) name="secret" type="password" autocomplete="off" required;
                        button type="submit" { (ctx.t("gateway.provider_save")) }
                    }
                }
            }
            section.card {
                h2 { (ctx.t("gateway.prices")) }
                p.muted { (ctx.t("gateway.prices_help")) }
                @if !prices.is_empty() {
                    div.table-wrap { table #prices {
                        thead { tr { th scope="col" { (ctx.t("gateway.model")) } th scope="col" { (ctx.t("gateway.price_input")) } th scope="col" { (ctx.t("gateway.price_output")) } th scope="col" { (ctx.t("gateway.price_cached")) } th {} } }
                        tbody { @for p in &prices {
                            tr data-model=(p.model) {
                                td { (p.model) }
                                td { (eur(ctx.lang, p.input_per_mtok)) } td { (eur(ctx.lang, p.output_per_mtok)) } td { (eur(ctx.lang, p.cached_input_per_mtok)) }
                                td { form.inline method="post" action="/gateway/settings/prices/delete" {
                                    (csrf(ctx)) input type="hidden" name="model" value=(p.model);
                                    button.small type="submit" { (ctx.t("common.delete")) }
                                } }
                            }
                        } }
                    } }
                }
                form #add-price method="post" action="/gateway/settings/prices" {
                    (csrf(ctx))
                    (field(ctx.t("gateway.model"), "model", "text", "", true, "off"))
                    (field(ctx.t("gateway.price_input"), "input", "text", "", true, "off"))
                    (field(ctx.t("gateway.price_output"), "output", "text", "", true, "off"))
                    (field(ctx.t("gateway.price_cached"), "cached", "text", "", false, "off"))
                    button type="submit" { (ctx.t("gateway.price_save")) }
                }
            }
        },
    ))
}

pub async fn settings(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    let m = manager(&ctx)?;
    Ok(settings_page(&state, &ctx, &m, None).await?.into_response())
}

async fn settings_refused(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    msg: &str,
) -> Result<Response, AppError> {
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        settings_page(state, ctx, m, Some(msg)).await?,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct PolicyForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    anonymize: Option<String>,
    #[serde(default)]
    alert_email: String,
    #[serde(default)]
    webhook_url: String,
}

pub async fn save_policy(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<PolicyForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = manager(&ctx)?;
    let alert_email = required(&f.alert_email).map(str::to_string);
    if alert_email.as_deref().is_some_and(|e| !valid_email(e)) {
        return settings_refused(&state, &ctx, &m, ctx.t("common.invalid_email")).await;
    }
    let policy = GatewayPolicy {
        anonymize: f.anonymize.is_some(),
        alert_email,
        webhook_url: required(&f.webhook_url).map(str::to_string),
    };
    if let Err(e) = veilig_gateway::set_policy(&state.store, &m.org.id, &policy, &m.actor()).await {
        return match Problem::from(&ctx, e) {
            Problem::Input(msg) => settings_refused(&state, &ctx, &m, &msg).await,
            Problem::Page(e) => Err(e),
        };
    }
    Ok(redirect_with_flash(
        "/gateway/settings",
        ctx.t("common.saved"),
    ))
}

#[derive(Deserialize)]
pub struct ProviderForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    provider: String,
    #[serde(default)]
    secret: String,
}

pub async fn save_provider(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<ProviderForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = manager(&ctx)?;
    let provider = match f.provider.as_str() {
        "openai" => Provider::OpenAi,
        "anthropic" => Provider::Anthropic,
        _ => return Err(AppError::BadRequest),
    };
    let Some(secret) = required(&f.secret) else {
        return settings_refused(&state, &ctx, &m, ctx.t("common.required")).await;
    };
    let Some(master) = state.master_key.as_deref() else {
        return settings_refused(&state, &ctx, &m, ctx.t("gateway.no_master_key")).await;
    };
    if let Err(e) =
        veilig_gateway::set_provider_key(&state.store, master, Some(&m.org.id), provider, secret)
            .await
    {
        return match Problem::from(&ctx, e) {
            Problem::Input(msg) => settings_refused(&state, &ctx, &m, &msg).await,
            Problem::Page(e) => Err(e),
        };
    }
    state
        .store
        .audit(
            &m.org.id,
            &m.actor(),
            "gateway.provider_key",
            provider.as_str(),
        )
        .await?;
    Ok(redirect_with_flash(
        "/gateway/settings",
        ctx.t("gateway.provider_saved"),
    ))
}

#[derive(Deserialize)]
pub struct PriceForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    model: String,
    #[serde(default)]
    input: String,
    #[serde(default)]
    output: String,
    #[serde(default)]
    cached: String,
}

pub async fn save_price(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<PriceForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = manager(&ctx)?;
    let Some(model) = required(&f.model) else {
        return settings_refused(&state, &ctx, &m, ctx.t("common.required")).await;
    };
    let parsed = (|| {
        let input = amount(&ctx, "gateway.price_input", &f.input)?;
        let output = amount(&ctx, "gateway.price_output", &f.output)?;
        let cached = amount(&ctx, "gateway.price_cached", &f.cached)?;
        match (input, output) {
            (Some(i), Some(o)) => Ok((i, o, cached.unwrap_or(i))),
            _ => Err(ctx.t("common.required").to_string()),
        }
    })();
    let (input, output, cached) = match parsed {
        Ok(p) => p,
        Err(msg) => return settings_refused(&state, &ctx, &m, &msg).await,
    };
    let price = OrgPrice {
        model: model.to_string(),
        input_per_mtok: input,
        output_per_mtok: output,
        cached_input_per_mtok: cached,
    };
    if let Err(e) = veilig_gateway::set_org_price(&state.store, &m.org.id, &price).await {
        return match Problem::from(&ctx, e) {
            Problem::Input(msg) => settings_refused(&state, &ctx, &m, &msg).await,
            Problem::Page(e) => Err(e),
        };
    }
    state
        .store
        .audit(&m.org.id, &m.actor(), "gateway.price", model)
        .await?;
    Ok(redirect_with_flash(
        "/gateway/settings",
        ctx.t("gateway.price_saved"),
    ))
}

#[derive(Deserialize)]
pub struct PriceDeleteForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    model: String,
}

pub async fn delete_price(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<PriceDeleteForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = manager(&ctx)?;
    veilig_gateway::remove_org_price(&state.store, &m.org.id, &f.model)
        .await
        .map_err(internal)?;
    state
        .store
        .audit(&m.org.id, &m.actor(), "gateway.price_removed", &f.model)
        .await?;
    Ok(redirect_with_flash(
        "/gateway/settings",
        ctx.t("common.saved"),
    ))
}

/// Rule 08 facts: active keys, and those with a monthly limit above the guide's advice.
pub async fn facts(
    state_store: &veilig_store::Store,
    org_id: &str,
) -> Result<veilig_core::rules::GatewayFacts, AppError> {
    let keys = veilig_gateway::list_keys(state_store, org_id)
        .await
        .map_err(internal)?;
    let advice = veilig_core::rules::ADVISED_MONTHLY_LIMIT_EUR * 1_000_000;
    let active: Vec<_> = keys.iter().filter(|k| k.revoked_at.is_none()).collect();
    Ok(veilig_core::rules::GatewayFacts {
        active_keys: u32::try_from(active.len()).unwrap_or(u32::MAX),
        keys_above_advice: u32::try_from(
            active
                .iter()
                .filter(|k| k.limits.monthly_hard.is_some_and(|l| l > advice))
                .count(),
        )
        .unwrap_or(u32::MAX),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_written_the_way_the_language_does() {
        assert_eq!(eur(Lang::Nl, 1_234_500_000), "€ 1.234,50");
        assert_eq!(eur(Lang::En, 1_234_500_000), "€1,234.50");
        assert_eq!(eur(Lang::Nl, 75_000), "€ 0,075");
        assert_eq!(eur(Lang::Nl, 0), "€ 0,00");
        // What the limit fields show reads back to the same amount.
        for v in [0, 75_000, 10_000_000, 1_234_500_000] {
            for lang in [Lang::Nl, Lang::En] {
                let shown = eur_input(lang, Some(v));
                assert_eq!(veilig_gateway::parse_eur(&shown).ok(), Some(v), "{shown}");
            }
        }
        assert_eq!(eur_input(Lang::Nl, None), "");
    }
}
