//! The team: people of the organisation with department and role, with or without a login.
//! Managers (admin, owner, provider) change it; everyone in the organisation can read it.
//! Every change lands in the audit log (written by the store in the same transaction).

use crate::auth::MIN_PASSWORD_LEN;
use crate::errors::AppError;
use crate::form::{CsrfOnly, Form};
use crate::layout::{csrf, field, form_error, page};
use crate::session::{redirect_with_flash, Ctx, Member};
use crate::views::{required, valid_email};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::{html, Markup};
use serde::Deserialize;
use veilig_core::roles::Role;
use veilig_store::{Person, PersonInput, StoreError};

#[derive(Deserialize, Default, Clone)]
pub struct PersonForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    department: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    login: Option<String>,
    #[serde(default)]
    password: String,
}

impl PersonForm {
    fn from_person(p: &Person) -> PersonForm {
        PersonForm {
            name: p.name.clone(),
            email: p.email.clone(),
            department: p.department.clone(),
            role: p.role.code().to_string(),
            ..PersonForm::default()
        }
    }
}

fn role_select(ctx: &Ctx, m: &Member, selected: &str) -> Markup {
    html! {
        label for="role" { (ctx.t("team.role")) }
        select id="role" name="role" {
            @for r in Role::TEAM {
                @if r != Role::Owner || m.role.is_owner_like() {
                    option value=(r.code()) selected[selected == r.code()] { (ctx.t(&format!("roles.{}", r.code()))) }
                }
            }
        }
    }
}

fn person_fields(ctx: &Ctx, m: &Member, f: &PersonForm) -> Markup {
    html! {
        (field(ctx.t("team.name"), "name", "text", &f.name, true, "off"))
        (field(ctx.t("team.email"), "email", "email", &f.email, true, "off"))
        (field(ctx.t("team.department"), "department", "text", &f.department, false, "off"))
        (role_select(ctx, m, if f.role.is_empty() { "member" } else { &f.role }))
    }
}

async fn list_view(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    f: &PersonForm,
    error: Option<&str>,
) -> Result<Markup, AppError> {
    let people = state.store.people(&m.org.id).await?;
    Ok(page(
        ctx,
        ctx.t("team.title"),
        html! {
            h1 { (ctx.t("team.title")) }
            p { (ctx.t("team.intro")) }
            @if people.is_empty() {
                p.muted { (ctx.t("team.empty")) }
            } @else {
                div.table-wrap {
                    table #people {
                        thead { tr {
                            th scope="col" { (ctx.t("team.name")) }
                            th scope="col" { (ctx.t("team.email")) }
                            th scope="col" { (ctx.t("team.department")) }
                            th scope="col" { (ctx.t("team.role")) }
                            th scope="col" { (ctx.t("team.login")) }
                        } }
                        tbody {
                            @for p in &people {
                                tr data-email=(p.email) {
                                    td {
                                        @if m.role.can_manage() { a href=(format!("/team/{}", p.id)) { (p.name) } }
                                        @else { (p.name) }
                                    }
                                    td { (p.email) }
                                    td { (p.department) }
                                    td { (ctx.t(&format!("roles.{}", p.role.code()))) }
                                    td {
                                        @if p.user_id.is_some() {
                                            (ctx.t("team.has_login"))
                                            @if p.has_totp { " · 2FA ✓" }
                                        } @else { span.muted { (ctx.t("team.no_login")) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if m.role.can_manage() {
                section.card {
                    h2 { (ctx.t("team.add")) }
                    (form_error(error))
                    form #add-person method="post" action="/team" {
                        (csrf(ctx))
                        (person_fields(ctx, m, f))
                        label.choice for="login" {
                            input type="checkbox" id="login" name="login" value="1" checked[f.login.is_some()];
                            " " (ctx.t("team.give_login"))
                        }
                        (field(ctx.t("team.temp_password"), "password", "password", "", false, "new-password"))
                        button.primary type="submit" { (ctx.t("team.add")) }
                    }
                }
            }
        },
    ))
}

pub async fn list(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    let m = ctx.member()?;
    Ok(list_view(&state, &ctx, &m, &PersonForm::default(), None)
        .await?
        .into_response())
}

/// Validates the person fields; returns the input or the catalog key of the problem.
fn validate(f: &PersonForm, m: &Member) -> Result<PersonInput, &'static str> {
    let Some(name) = required(&f.name) else {
        return Err("common.required");
    };
    if !valid_email(&f.email) {
        return Err("common.invalid_email");
    }
    let role = Role::from_code(&f.role)
        .filter(|r| Role::TEAM.contains(r))
        .ok_or("common.bad_request")?;
    if role == Role::Owner && !m.role.is_owner_like() {
        return Err("common.forbidden");
    }
    Ok(PersonInput {
        name: name.to_string(),
        email: f.email.trim().to_string(),
        department: f.department.trim().to_string(),
        role,
    })
}

pub async fn add(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<PersonForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    let key = match add_person(&state, &m, &f).await? {
        Ok(name) => {
            return Ok(redirect_with_flash(
                "/team",
                &ctx.tf("team.added", &[("name", &name)]),
            ))
        }
        Err(key) => key,
    };
    let body = list_view(&state, &ctx, &m, &f, Some(ctx.t(key))).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, body).into_response())
}

/// Adds the person of the form; the inner error is the catalog key of a refused input.
async fn add_person(
    state: &AppState,
    m: &Member,
    f: &PersonForm,
) -> Result<Result<String, &'static str>, AppError> {
    let input = match validate(f, m) {
        Ok(i) => i,
        Err(key) => return Ok(Err(key)),
    };
    let hash = if f.login.is_some() {
        if f.password.chars().count() < MIN_PASSWORD_LEN {
            return Ok(Err("setup.password_short"));
        }
        let pw = f.password.clone();
        Some(crate::auth::hash_password_off_thread(pw).await?)
    } else {
        None
    };
    match state
        .store
        .add_person(&m.org.id, &input, hash.as_deref(), &m.actor())
        .await
    {
        Ok(p) => Ok(Ok(p.name)),
        Err(StoreError::Conflict("user")) => Ok(Err("team.login_taken")),
        Err(StoreError::Conflict(_)) => Ok(Err("team.email_taken")),
        Err(e) => Err(e.into()),
    }
}

async fn edit_view(
    ctx: &Ctx,
    m: &Member,
    p: &Person,
    f: &PersonForm,
    error: Option<&str>,
) -> Markup {
    page(
        ctx,
        ctx.t("team.edit_title"),
        html! {
            h1 { (ctx.t("team.edit_title")) ": " (p.name) }
            (form_error(error))
            section.card {
                form #edit-person method="post" action=(format!("/team/{}", p.id)) {
                    (csrf(ctx))
                    (person_fields(ctx, m, f))
                    button.primary type="submit" { (ctx.t("common.save")) }
                    " " a href="/team" { (ctx.t("common.cancel")) }
                }
            }
            @if p.user_id.as_deref() != Some(m.user.id.as_str()) {
                form #remove-person method="post" action=(format!("/team/{}/delete", p.id)) {
                    (csrf(ctx))
                    button.danger type="submit" { (ctx.t("common.delete")) }
                }
            }
        },
    )
}

pub async fn edit_page(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let m = ctx.member()?;
    m.require_manager()?;
    let p = state
        .store
        .person(&m.org.id, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(edit_view(&ctx, &m, &p, &PersonForm::from_person(&p), None)
        .await
        .into_response())
}

/// Whether changing or removing `p` would leave the organisation without an owner login.
async fn would_orphan(
    state: &AppState,
    m: &Member,
    p: &Person,
    new_role: Option<Role>,
) -> Result<bool, AppError> {
    if p.role != Role::Owner || p.user_id.is_none() || new_role == Some(Role::Owner) {
        return Ok(false);
    }
    Ok(state.store.owner_logins(&m.org.id).await? <= 1)
}

pub async fn update(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
    Form(f): Form<PersonForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    let p = state
        .store
        .person(&m.org.id, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if p.role == Role::Owner && !m.role.is_owner_like() {
        return Err(AppError::Forbidden);
    }
    let input = match validate(&f, &m) {
        Ok(i) => i,
        Err(key) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                edit_view(&ctx, &m, &p, &f, Some(ctx.t(key))).await,
            )
                .into_response())
        }
    };
    if would_orphan(&state, &m, &p, Some(input.role)).await? {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            edit_view(&ctx, &m, &p, &f, Some(ctx.t("team.last_owner"))).await,
        )
            .into_response());
    }
    match state
        .store
        .update_person(&m.org.id, &id, &input, &m.actor())
        .await
    {
        Ok(p) => Ok(redirect_with_flash(
            "/team",
            &ctx.tf("team.updated", &[("name", &p.name)]),
        )),
        Err(StoreError::Conflict(_)) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            edit_view(&ctx, &m, &p, &f, Some(ctx.t("team.email_taken"))).await,
        )
            .into_response()),
        Err(e) => Err(e.into()),
    }
}

pub async fn remove(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    let p = state
        .store
        .person(&m.org.id, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if p.user_id.as_deref() == Some(m.user.id.as_str()) {
        return Ok(redirect_with_flash(
            "/team",
            ctx.t("team.cannot_remove_self"),
        ));
    }
    if p.role == Role::Owner && !m.role.is_owner_like() {
        return Err(AppError::Forbidden);
    }
    if would_orphan(&state, &m, &p, None).await? {
        return Ok(redirect_with_flash("/team", ctx.t("team.last_owner")));
    }
    let p = state
        .store
        .remove_person(&m.org.id, &id, &m.actor())
        .await?;
    Ok(redirect_with_flash(
        "/team",
        &ctx.tf("team.removed", &[("name", &p.name)]),
    ))
}
