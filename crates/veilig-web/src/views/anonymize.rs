//! The "Anonimiseren" page: paste text, see it anonymized with the replacements highlighted, copy
//! it; paste the AI's answer and get it restored. Also the organisation's own terms and what it
//! masks beyond the defaults (BSNs instead of refusing, KvK and BTW numbers).

use crate::errors::AppError;
use crate::form::{CsrfOnly, Form};
use crate::layout::{csrf, form_error, page};
use crate::session::{redirect_with_flash, Ctx, Member};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::{html, Markup};
use serde::Deserialize;
use veilig_anonymize::{restore, Outcome};
use veilig_store::{StoreError, TERM_KINDS};

/// Result section of the page.
enum Shown {
    Nothing,
    Anonymized(Outcome),
    Restored(String),
}

fn highlighted(o: &Outcome) -> Markup {
    let mut parts: Vec<Markup> = vec![];
    let mut at = 0usize;
    let text = &o.text;
    for r in &o.replacements {
        if r.start < at
            || r.end > text.len()
            || !text.is_char_boundary(r.start)
            || !text.is_char_boundary(r.end)
        {
            continue;
        }
        parts.push(html! { (&text[at..r.start]) });
        parts.push(html! { mark.ph { (&text[r.start..r.end]) } });
        at = r.end;
    }
    parts.push(html! { (&text[at..]) });
    html! { @for p in parts { (p) } }
}

fn view(ctx: &Ctx, m: &Member, input: &str, shown: &Shown, error: Option<&str>) -> Markup {
    page(
        ctx,
        ctx.t("anon.title"),
        html! {
            h1 { (ctx.t("anon.title")) }
            p { (ctx.t("anon.intro")) }
            (form_error(error))
            form #anonymize method="post" action="/anonymize" {
                (csrf(ctx))
                label for="text" { (ctx.t("anon.input")) }
                textarea id="text" name="text" rows="10" { (input) }
                button.primary type="submit" { (ctx.t("anon.submit")) }
            }
            @match shown {
                Shown::Anonymized(o) if o.blocked => {
                    section.card #blocked role="alert" {
                        h2 { (ctx.t("anon.blocked_title")) }
                        p { (ctx.t("anon.blocked_intro")) }
                        ul { @for r in &o.reasons { li data-reason=(r.code()) { strong { (r.code()) } ": " (r.explain(ctx.lang.code())) } } }
                    }
                }
                Shown::Anonymized(o) => {
                    section.card #result {
                        h2 { (ctx.t("anon.result")) }
                        p.muted { (ctx.tf("anon.replacements", &[("count", &o.replacements.len().to_string())])) }
                        pre.out #anonymized { (highlighted(o)) }
                        button type="button" data-copy="#anonymized" data-copied=(ctx.t("anon.copied")) { (ctx.t("anon.copy")) }
                    }
                }
                Shown::Restored(text) => {
                    section.card #restored-result {
                        h2 { (ctx.t("anon.restored")) }
                        pre.out #restored { (text) }
                        button type="button" data-copy="#restored" data-copied=(ctx.t("anon.copied")) { (ctx.t("anon.copy")) }
                    }
                }
                Shown::Nothing => {}
            }
            section.card {
                h2 { (ctx.t("anon.restore_title")) }
                p { (ctx.t("anon.restore_intro")) }
                form #restore method="post" action="/anonymize/restore" {
                    (csrf(ctx))
                    label for="answer" { (ctx.t("anon.answer")) }
                    textarea id="answer" name="text" rows="8" {}
                    button.primary type="submit" { (ctx.t("anon.restore")) }
                }
                form.inline method="post" action="/anonymize/reset" {
                    (csrf(ctx))
                    button type="submit" { (ctx.t("anon.reset")) }
                }
            }
            p.muted { (ctx.t("anon.privacy")) }
            @if m.role.can_manage() {
                p { a href="/anonymize/terms" { (ctx.t("anon.terms_link")) } }
            }
            script src="/static/app.js" {}
        },
    )
}

pub async fn show(Extension(ctx): Extension<Ctx>) -> Result<Response, AppError> {
    let m = ctx.member()?;
    Ok(view(&ctx, &m, "", &Shown::Nothing, None).into_response())
}

#[derive(Deserialize)]
pub struct TextForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    text: String,
}

pub async fn submit(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<TextForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    if f.text.trim().is_empty() {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view(&ctx, &m, "", &Shown::Nothing, Some(ctx.t("anon.empty"))),
        )
            .into_response());
    }
    let engine = state.engines.get(&state.store, &m.org).await?;
    let text = f.text.replace("\r\n", "\n");
    let outcome = state
        .conversations
        .with(&ctx.session.token_hash, |map| {
            // A refused text must not leave its values in the conversation's mapping.
            let mut trial = map.clone();
            let o = engine.anonymize(&text, &mut trial);
            if !o.blocked {
                *map = trial;
            }
            o
        })
        .ok_or_else(|| AppError::Internal("conversation store poisoned".into()))?;
    state.store.record_usage(&m.org.id, "anonymize").await?;
    let status = if outcome.blocked {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((
        status,
        view(&ctx, &m, &f.text, &Shown::Anonymized(outcome), None),
    )
        .into_response())
}

pub async fn restore_submit(
    Extension(ctx): Extension<Ctx>,
    State(state): State<AppState>,
    Form(f): Form<TextForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    let Some(map) = state.conversations.get(&ctx.session.token_hash) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            view(
                &ctx,
                &m,
                "",
                &Shown::Nothing,
                Some(ctx.t("anon.no_conversation")),
            ),
        )
            .into_response());
    };
    let restored = restore(&f.text.replace("\r\n", "\n"), &map);
    Ok(view(&ctx, &m, "", &Shown::Restored(restored), None).into_response())
}

pub async fn reset(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    ctx.member()?;
    state.conversations.clear(&ctx.session.token_hash);
    Ok(redirect_with_flash("/anonymize", ctx.t("anon.reset_done")))
}

async fn terms_view(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    error: Option<&str>,
) -> Result<Markup, AppError> {
    let terms = state.store.terms(&m.org.id).await?;
    Ok(page(
        ctx,
        ctx.t("terms.title"),
        html! {
            h1 { (ctx.t("terms.title")) }
            p { (ctx.t("terms.intro")) }
            (form_error(error))
            @if terms.is_empty() {
                p.muted { (ctx.t("terms.empty")) }
            } @else {
                div.table-wrap { table #terms {
                    thead { tr { th scope="col" { (ctx.t("terms.term")) } th scope="col" { (ctx.t("terms.kind")) } th {} } }
                    tbody { @for t in &terms {
                        tr {
                            td { (t.term) }
                            td { (ctx.t(&format!("terms.kinds.{}", t.kind))) }
                            td { form.inline method="post" action=(format!("/anonymize/terms/{}/delete", t.id)) {
                                (csrf(ctx)) button.small type="submit" { (ctx.t("common.delete")) }
                            } }
                        }
                    } }
                } }
            }
            section.card {
                form #add-term method="post" action="/anonymize/terms" {
                    (csrf(ctx))
                    label for="term" { (ctx.t("terms.term")) }
                    input id="term" name="term" type="text" required;
                    label for="kind" { (ctx.t("terms.kind")) }
                    select id="kind" name="kind" {
                        @for k in TERM_KINDS { option value=(k) { (ctx.t(&format!("terms.kinds.{k}"))) } }
                    }
                    button.primary type="submit" { (ctx.t("terms.add")) }
                }
            }
            section.card {
                form #bsn method="post" action="/anonymize/bsn" {
                    (csrf(ctx))
                    label.choice for="mask_bsn" {
                        input type="checkbox" id="mask_bsn" name="mask_bsn" value="1" checked[m.org.anonymizer_mask_bsn];
                        " " (ctx.t("terms.mask_bsn"))
                    }
                    label.choice for="mask_business_ids" {
                        input type="checkbox" id="mask_business_ids" name="mask_business_ids" value="1" checked[m.org.anonymizer_mask_business_ids];
                        " " (ctx.t("terms.mask_business_ids"))
                    }
                    p.muted { (ctx.t("terms.mask_business_ids_hint")) }
                    button type="submit" { (ctx.t("common.save")) }
                }
            }
        },
    ))
}

pub async fn terms(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    let m = ctx.member()?;
    m.require_manager()?;
    Ok(terms_view(&state, &ctx, &m, None).await?.into_response())
}

#[derive(Deserialize)]
pub struct TermForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    term: String,
    #[serde(default)]
    kind: String,
}

pub async fn add_term(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<TermForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    let term = f.term.trim();
    if term.is_empty() || term.chars().count() > 200 || !TERM_KINDS.contains(&f.kind.as_str()) {
        let key = if term.is_empty() {
            "common.required"
        } else {
            "common.bad_request"
        };
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            terms_view(&state, &ctx, &m, Some(ctx.t(key))).await?,
        )
            .into_response());
    }
    match state
        .store
        .add_term(&m.org.id, term, &f.kind, &m.actor())
        .await
    {
        Ok(()) => Ok(redirect_with_flash(
            "/anonymize/terms",
            ctx.t("terms.added"),
        )),
        Err(StoreError::Conflict(_)) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            terms_view(&state, &ctx, &m, Some(ctx.t("terms.duplicate"))).await?,
        )
            .into_response()),
        Err(e) => Err(e.into()),
    }
}

pub async fn remove_term(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    state.store.remove_term(&m.org.id, &id, &m.actor()).await?;
    Ok(redirect_with_flash(
        "/anonymize/terms",
        ctx.t("terms.removed"),
    ))
}

#[derive(Deserialize)]
pub struct BsnForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    mask_bsn: Option<String>,
    #[serde(default)]
    mask_business_ids: Option<String>,
}

pub async fn set_bsn(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<BsnForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    state
        .store
        .set_anonymizer_masking(
            &m.org.id,
            f.mask_bsn.is_some(),
            f.mask_business_ids.is_some(),
            &m.actor(),
        )
        .await?;
    Ok(redirect_with_flash(
        "/anonymize/terms",
        ctx.t("terms.masking_saved"),
    ))
}
