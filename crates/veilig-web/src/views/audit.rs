//! The audit log of an organisation, readable by its owner (and its IT provider).

use crate::errors::AppError;
use crate::layout::{fmt_datetime, page};
use crate::session::Ctx;
use crate::AppState;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::html;

pub async fn page_(state: &AppState, ctx: &Ctx) -> Result<Response, AppError> {
    let m = ctx.member()?;
    m.require_owner()?;
    let entries = state.store.audit_log(&m.org.id, 500).await?;
    Ok(page(
        ctx,
        ctx.t("audit.title"),
        html! {
            h1 { (ctx.t("audit.title")) }
            p { (ctx.t("audit.intro")) }
            @if entries.is_empty() {
                p.muted { (ctx.t("audit.empty")) }
            } @else {
                div.table-wrap {
                    table #audit {
                        thead { tr {
                            th scope="col" { (ctx.t("audit.when")) }
                            th scope="col" { (ctx.t("audit.who")) }
                            th scope="col" { (ctx.t("audit.what")) }
                            th scope="col" { (ctx.t("audit.detail")) }
                        } }
                        tbody {
                            @for e in &entries {
                                tr data-action=(e.action) {
                                    td { (fmt_datetime(ctx.lang, e.at)) }
                                    td { (e.actor) }
                                    td { (ctx.t(&format!("audit_actions.{}", e.action))) }
                                    td { (e.detail) }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
    .into_response())
}

pub async fn show(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    page_(&state, &ctx).await
}
