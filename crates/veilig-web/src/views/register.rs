//! The registers (rules 01, 03, 04, 05): who uses which AI tool on which plan for which data with
//! the findings per row, the organisation's own tools, the 2FA checklist, and the DPAs with their
//! stored documents. CSV export and import of the usage register.

use crate::errors::AppError;
use crate::form::{CsrfOnly, Form};
use crate::layout::{csrf, fmt_date, form_error, local, page, today};
use crate::registers::{custom_slug, findings, vendors_needing_dpa, Tools, QUARTER_DAYS};
use crate::session::{redirect_with_flash, Ctx, Member};
use crate::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use maud::{html, Markup};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use veilig_catalog::{DataClass, Severity};
use veilig_core::Lang;
use veilig_store::{now, CustomTool, StoreError, UsageInput, DPA_STATUSES};

/// Largest DPA document accepted.
pub const MAX_DOC: usize = 5 * 1024 * 1024;
/// Largest CSV import accepted.
pub const MAX_CSV: usize = 512 * 1024;

const DATA_CLASSES: [DataClass; 5] = [
    DataClass::None,
    DataClass::Business,
    DataClass::Client,
    DataClass::Personal,
    DataClass::Special,
];

fn data_label(lang: Lang, d: DataClass) -> &'static str {
    match lang {
        Lang::Nl => d.label_nl(),
        Lang::En => d.label_en(),
    }
}

fn severity_badge(ctx: &Ctx, s: Severity) -> Markup {
    let (class, key) = match s {
        Severity::Critical => ("needs_attention", "register.critical"),
        Severity::Warning => ("in_progress", "register.warning"),
        Severity::Info => ("not_started", "register.info"),
    };
    html! { span class={"badge " (class)} data-severity=(key) { (ctx.t(key)) } }
}

/// The select with every tool and its plans as `tool|plan` options.
fn tool_plan_select(ctx: &Ctx, tools: &Tools, name: &str) -> Markup {
    html! {
        select id=(name) name=(name) required {
            @for t in tools.all() {
                optgroup label=(format!("{} ({})", t.product, t.vendor)) {
                    @for p in &t.plans {
                        option value=(format!("{}|{}", t.id, p.id)) { (t.product) " – " (p.name) }
                    }
                }
            }
        }
        @let _ = ctx;
    }
}

fn person_select(people: &[veilig_store::Person], name: &str) -> Markup {
    html! {
        select id=(name) name=(name) required {
            @for p in people { option value=(p.id) { (p.name) } }
        }
    }
}

async fn usage_view(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    error: Option<&str>,
    import_report: Option<Markup>,
) -> Result<Markup, AppError> {
    let tools = Tools::load(&state.store, &m.org.id).await?;
    let usages = state.store.usages(&m.org.id).await?;
    let people = state.store.people(&m.org.id).await?;
    Ok(page(
        ctx,
        ctx.t("register.title"),
        html! {
            h1 { (ctx.t("register.title")) }
            p { (ctx.t("register.intro")) }
            p.muted { (ctx.t("register.sector")) ": " (ctx.t(&format!("sectors.{}", m.org.sector))) }
            nav.sub { a href="/register/2fa" { (ctx.t("register.twofa_title")) } " · " a href="/register/dpa" { (ctx.t("register.dpa_title")) } " · " a href="/tasks" { (ctx.t("tasks.title")) } " · " a href="/report" { (ctx.t("report.title")) } }
            (form_error(error))
            @if let Some(r) = import_report { (r) }
            @if usages.is_empty() {
                p.muted #usage-empty { (ctx.t("register.empty")) }
            } @else {
                div.table-wrap { table #usage {
                    thead { tr {
                        th scope="col" { (ctx.t("team.name")) }
                        th scope="col" { (ctx.t("register.tool")) }
                        th scope="col" { (ctx.t("register.data")) }
                        th scope="col" { (ctx.t("register.findings")) }
                        @if m.role.can_manage() { th {} }
                    } }
                    tbody { @for u in &usages {
                        @let tool = tools.get(&u.tool_id);
                        @let plan = tool.and_then(|t| t.plan(&u.plan_id));
                        @let list = findings(&tools, &m.org, u);
                        @let worst = list.as_ref().and_then(|l| l.iter().map(|f| f.severity).max());
                        tr data-tool=(u.tool_id) data-severity=(match worst { Some(Severity::Critical) => "critical", Some(Severity::Warning) => "warning", Some(Severity::Info) => "info", None => "ok" }) {
                            td { (u.person_name) }
                            td { (tool.map(|t| t.product.as_str()).unwrap_or(&u.tool_id)) " – " (plan.map(|p| p.name.as_str()).unwrap_or(&u.plan_id)) }
                            td {
                                (u.data_class.parse::<DataClass>().map(|d| data_label(ctx.lang, d)).unwrap_or(&u.data_class))
                                @if u.training_off { br; span.muted.training-off { (ctx.t("register.training_is_off")) } }
                            }
                            td {
                                @match &list {
                                    None => { span.badge.in_progress { (ctx.t("register.unknown_tool")) } }
                                    Some(l) if l.is_empty() => { span.badge.done { (ctx.t("register.fits")) } }
                                    Some(l) => {
                                        ul.notes { @for f in l {
                                            li { (severity_badge(ctx, f.severity)) " "
                                                (match ctx.lang { Lang::Nl => &f.message_nl, Lang::En => &f.message_en })
                                                br; strong { (ctx.t("register.fix")) ": " } (match ctx.lang { Lang::Nl => &f.fix_nl, Lang::En => &f.fix_en }) }
                                        } }
                                    }
                                }
                            }
                            @if m.role.can_manage() {
                                td { form.inline method="post" action=(format!("/register/usage/{}/delete", u.id)) { (csrf(ctx)) button.small type="submit" { (ctx.t("common.delete")) } } }
                            }
                        }
                    } }
                } }
            }
            p { a href="/register.csv" download { (ctx.t("register.export")) } }
            @if m.role.can_manage() {
                section.card {
                    h2 { (ctx.t("register.add")) }
                    @if people.is_empty() {
                        p.notice { (ctx.t("register.no_people")) " " a href="/team" { (ctx.t("nav.team")) } }
                    } @else {
                        form #add-usage method="post" action="/register" {
                            (csrf(ctx))
                            label for="person_id" { (ctx.t("team.name")) }
                            (person_select(&people, "person_id"))
                            label for="tool_plan" { (ctx.t("register.tool")) }
                            (tool_plan_select(ctx, &tools, "tool_plan"))
                            label for="data_class" { (ctx.t("register.data")) }
                            select id="data_class" name="data_class" {
                                @for d in DATA_CLASSES { option value=(d.as_str()) { (data_label(ctx.lang, d)) } }
                            }
                            label.choice for="training_off" {
                                input type="checkbox" id="training_off" name="training_off" value="1";
                                " " (ctx.t("register.training_off"))
                            }
                            button.primary type="submit" { (ctx.t("register.add")) }
                        }
                    }
                }
                section.card {
                    h2 { (ctx.t("register.import")) }
                    p.muted { (ctx.t("register.import_help")) }
                    form #import method="post" action="/register/import" enctype="multipart/form-data" {
                        (csrf(ctx))
                        label for="csv" { (ctx.t("register.csv_file")) }
                        input id="csv" name="file" type="file" accept=".csv,text/csv" required;
                        button type="submit" { (ctx.t("register.import")) }
                    }
                }
                section.card {
                    h2 { (ctx.t("register.custom_title")) }
                    form #add-tool method="post" action="/register/tools" {
                        (csrf(ctx))
                        label for="tool_name" { (ctx.t("register.tool_name")) }
                        input id="tool_name" name="name" type="text" required;
                        label for="tool_vendor" { (ctx.t("register.vendor")) }
                        input id="tool_vendor" name="vendor" type="text" required;
                        label for="tool_plans" { (ctx.t("register.plans")) }
                        input id="tool_plans" name="plans" type="text" required placeholder="Free, Pro, Team";
                        label for="tool_trains" { (ctx.t("register.trains")) }
                        select id="tool_trains" name="trains" {
                            @for v in ["unknown", "yes", "no"] { option value=(v) { (ctx.t(&format!("register.tri.{v}"))) } }
                        }
                        label.choice for="tool_personal" {
                            input type="checkbox" id="tool_personal" name="personal" value="1" checked;
                            " " (ctx.t("register.personal"))
                        }
                        button type="submit" { (ctx.t("register.custom_add")) }
                    }
                }
            }
        },
    ))
}

pub async fn show(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    let m = ctx.member()?;
    Ok(usage_view(&state, &ctx, &m, None, None)
        .await?
        .into_response())
}

#[derive(Deserialize)]
pub struct UsageForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    person_id: String,
    #[serde(default)]
    tool_plan: String,
    #[serde(default)]
    data_class: String,
    #[serde(default)]
    training_off: Option<String>,
}

/// Checks a (tool, plan, data class) triple against the catalog; returns the catalog key of the
/// problem.
fn check_row(tools: &Tools, tool_id: &str, plan_id: &str, data: &str) -> Result<(), &'static str> {
    let tool = tools.get(tool_id).ok_or("register.bad_tool")?;
    tool.plan(plan_id).ok_or("register.bad_plan")?;
    data.parse::<DataClass>().map_err(|_| "register.bad_data")?;
    Ok(())
}

pub async fn add(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<UsageForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    let tools = Tools::load(&state.store, &m.org.id).await?;
    let (tool_id, plan_id) = f.tool_plan.split_once('|').unwrap_or(("", ""));
    if let Err(key) = check_row(&tools, tool_id, plan_id, &f.data_class) {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            usage_view(&state, &ctx, &m, Some(ctx.t(key)), None).await?,
        )
            .into_response());
    }
    match state
        .store
        .upsert_usage(
            &m.org.id,
            &UsageInput {
                person_id: &f.person_id,
                tool_id,
                plan_id,
                data_class: &f.data_class,
                note: "",
                training_off: f.training_off.is_some(),
            },
            &m.actor(),
        )
        .await
    {
        Ok(()) => {}
        Err(StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    }
    crate::registers::ensure_tasks(&state.store, &m.org.id, today()).await?;
    Ok(redirect_with_flash("/register", ctx.t("register.added")))
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
    state.store.delete_usage(&m.org.id, &id, &m.actor()).await?;
    Ok(redirect_with_flash("/register", ctx.t("register.removed")))
}

#[derive(Deserialize)]
pub struct ToolForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    vendor: String,
    #[serde(default)]
    plans: String,
    #[serde(default)]
    trains: String,
    #[serde(default)]
    personal: Option<String>,
}

pub async fn add_tool(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<ToolForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    let slug = custom_slug(&f.name);
    let plans: Vec<&str> = f
        .plans
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if slug.is_empty()
        || f.vendor.trim().is_empty()
        || plans.is_empty()
        || !["yes", "no", "unknown"].contains(&f.trains.as_str())
    {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            usage_view(&state, &ctx, &m, Some(ctx.t("common.required")), None).await?,
        )
            .into_response());
    }
    let tool = CustomTool {
        id: String::new(),
        slug,
        name: f.name.trim().to_string(),
        vendor: f.vendor.trim().to_string(),
        plans: plans.join(", "),
        trains_by_default: f.trains.clone(),
        processes_personal_data: f.personal.is_some(),
        dpa_url: String::new(),
    };
    match state
        .store
        .add_custom_tool(&m.org.id, &tool, &m.actor())
        .await
    {
        Ok(()) => Ok(redirect_with_flash(
            "/register",
            ctx.t("register.custom_added"),
        )),
        Err(StoreError::Conflict(_)) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            usage_view(
                &state,
                &ctx,
                &m,
                Some(ctx.t("register.custom_exists")),
                None,
            )
            .await?,
        )
            .into_response()),
        Err(e) => Err(e.into()),
    }
}

// ---- CSV ---------------------------------------------------------------------------------------

const CSV_HEADER: &str = "email,name,tool,plan,data,training_off";
const CSV_HEADER_V1: &str = "email,name,tool,plan,data";

fn csv_field(s: &str) -> String {
    // Quote when needed; neutralise spreadsheet formulas.
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Splits one CSV line (RFC 4180 quoting, no embedded line breaks).
pub fn csv_split(line: &str) -> Vec<String> {
    let mut out = vec![];
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if cur.is_empty() => quoted = true,
            (',', false) => out.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    out.push(cur);
    out.into_iter().map(|s| s.trim().to_string()).collect()
}

pub async fn export(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    let m = ctx.member()?;
    let people = state.store.people(&m.org.id).await?;
    let mut out = String::from(CSV_HEADER);
    out.push('\n');
    for u in state.store.usages(&m.org.id).await? {
        let email = people
            .iter()
            .find(|p| p.id == u.person_id)
            .map(|p| p.email.as_str())
            .unwrap_or("");
        let off = if u.training_off { "1" } else { "0" };
        let row = [
            email,
            &u.person_name,
            &u.tool_id,
            &u.plan_id,
            &u.data_class,
            off,
        ]
        .map(csv_field)
        .join(",");
        out.push_str(&row);
        out.push('\n');
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"veilig-register.csv\"".to_string(),
            ),
        ],
        out,
    )
        .into_response())
}

/// Reads one uploaded file from a multipart form, checking the CSRF field first and the size.
async fn read_upload(
    ctx: &Ctx,
    mut mp: Multipart,
    max: usize,
) -> Result<(Vec<(String, String)>, Option<(String, Vec<u8>)>), AppError> {
    let mut fields = vec![];
    let mut file = None;
    let mut csrf_ok = false;
    let map_err = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            AppError::TooLarge
        } else {
            AppError::BadRequest
        }
    };
    while let Some(mut field) = mp.next_field().await.map_err(map_err)? {
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            if !csrf_ok {
                return Err(AppError::Csrf);
            }
            let fname = field.file_name().unwrap_or("upload").to_string();
            let mut bytes = vec![];
            let mut too_large = false;
            // An oversized file is read to its end and discarded, so the browser gets the
            // "too large" page instead of a reset connection.
            while let Some(chunk) = field.chunk().await.map_err(map_err)? {
                if too_large || bytes.len() + chunk.len() > max {
                    too_large = true;
                    bytes = vec![];
                    continue;
                }
                bytes.extend_from_slice(&chunk);
            }
            if too_large {
                return Err(AppError::TooLarge);
            }
            file = Some((fname, bytes));
        } else {
            let value = field.text().await.map_err(map_err)?;
            if name == "csrf" {
                ctx.check_csrf(&value)?;
                csrf_ok = true;
            }
            fields.push((name, value));
        }
    }
    if !csrf_ok {
        return Err(AppError::Csrf);
    }
    Ok((fields, file))
}

pub async fn import(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    mp: Multipart,
) -> Result<Response, AppError> {
    let m = ctx.member()?;
    m.require_manager()?;
    let (_, file) = read_upload(&ctx, mp, MAX_CSV).await?;
    let Some((_, bytes)) = file else {
        return Err(AppError::BadRequest);
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            usage_view(&state, &ctx, &m, Some(ctx.t("register.csv_not_text")), None).await?,
        )
            .into_response());
    };
    let tools = Tools::load(&state.store, &m.org.id).await?;
    let people = state.store.people(&m.org.id).await?;
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    // The current header, or the one of veilig's first exports (without training_off).
    let header = lines.next().map(|(_, h)| {
        csv_split(h.trim_start_matches('\u{feff}'))
            .join(",")
            .to_lowercase()
    });
    let columns = match header.as_deref() {
        Some(h) if h == CSV_HEADER => 6,
        Some(h) if h == CSV_HEADER_V1 => 5,
        _ => 0,
    };
    if columns == 0 {
        let msg = ctx.tf("register.csv_header", &[("header", CSV_HEADER)]);
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            usage_view(&state, &ctx, &m, Some(&msg), None).await?,
        )
            .into_response());
    }
    let mut imported = 0usize;
    let mut refused: Vec<(usize, String)> = vec![];
    for (i, line) in lines {
        let cols = csv_split(line);
        let row = i + 1;
        if cols.len() != columns {
            refused.push((row, ctx.t("register.csv_columns").to_string()));
            continue;
        }
        let (email, tool_id, plan_id, data) =
            (cols[0].to_lowercase(), &cols[2], &cols[3], &cols[4]);
        let training_off = match cols.get(5).map(|v| v.trim().to_lowercase()) {
            None => false,
            Some(v) if matches!(v.as_str(), "" | "0" | "nee" | "no" | "false") => false,
            Some(v) if matches!(v.as_str(), "1" | "ja" | "yes" | "true") => true,
            Some(v) => {
                refused.push((row, ctx.tf("register.csv_training", &[("value", &v)])));
                continue;
            }
        };
        let Some(person) = people.iter().find(|p| p.email == email) else {
            refused.push((row, ctx.tf("register.csv_person", &[("email", &email)])));
            continue;
        };
        if let Err(key) = check_row(&tools, tool_id, plan_id, data) {
            refused.push((
                row,
                format!("{} ({tool_id} / {plan_id} / {data})", ctx.t(key)),
            ));
            continue;
        }
        state
            .store
            .upsert_usage(
                &m.org.id,
                &UsageInput {
                    person_id: &person.id,
                    tool_id,
                    plan_id,
                    data_class: data,
                    note: "",
                    training_off,
                },
                &m.actor(),
            )
            .await?;
        imported += 1;
    }
    crate::registers::ensure_tasks(&state.store, &m.org.id, today()).await?;
    let report = html! {
        section.card #import-report role="status" {
            p.flash { (ctx.tf("register.csv_imported", &[("count", &imported.to_string())])) }
            @if !refused.is_empty() {
                p.error { (ctx.tf("register.csv_refused", &[("count", &refused.len().to_string())])) }
                ul { @for (row, why) in &refused { li data-row=(row) { (ctx.tf("register.csv_row", &[("row", &row.to_string())])) ": " (why) } } }
            }
        }
    };
    let status = if refused.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((
        status,
        usage_view(&state, &ctx, &m, None, Some(report)).await?,
    )
        .into_response())
}

// ---- 2FA checklist -----------------------------------------------------------------------------

async fn twofa_view(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    error: Option<&str>,
) -> Result<Markup, AppError> {
    let tools = Tools::load(&state.store, &m.org.id).await?;
    let accounts = state.store.twofa_accounts(&m.org.id).await?;
    let people = state.store.people(&m.org.id).await?;
    let now = now();
    Ok(page(
        ctx,
        ctx.t("register.twofa_title"),
        html! {
            h1 { (ctx.t("register.twofa_title")) }
            p { (ctx.t("register.twofa_intro")) }
            (form_error(error))
            @if accounts.is_empty() { p.muted { (ctx.t("register.twofa_empty")) } }
            @else {
                div.table-wrap { table #twofa {
                    thead { tr { th { (ctx.t("team.name")) } th { (ctx.t("register.tool")) } th { (ctx.t("register.account")) } th { "2FA" } th { (ctx.t("register.verified")) } @if m.role.can_manage() { th {} } } }
                    tbody { @for a in &accounts {
                        @let overdue = a.verified_at.is_none_or(|t| now - t > QUARTER_DAYS * 86_400);
                        tr data-enabled=(a.enabled) data-overdue=(overdue) {
                            td { (a.person_name) }
                            td { (tools.get(&a.tool_id).map(|t| t.product.as_str()).unwrap_or(&a.tool_id)) }
                            td { (a.account) }
                            td { @if a.enabled { span.badge.done { (ctx.t("register.on")) } } @else { span.badge.needs_attention { (ctx.t("register.off")) } } }
                            td {
                                @if let Some(t) = a.verified_at { (fmt_date(ctx.lang, local(t).date())) }
                                @if overdue { " " span.badge.in_progress { (ctx.t("register.check_again")) } }
                            }
                            @if m.role.can_manage() {
                                td {
                                    form.inline method="post" action=(format!("/register/2fa/{}/verify", a.id)) {
                                        (csrf(ctx)) input type="hidden" name="enabled" value="1";
                                        button.small type="submit" { (ctx.t("register.verified_on")) }
                                    }
                                    " "
                                    form.inline method="post" action=(format!("/register/2fa/{}/verify", a.id)) {
                                        (csrf(ctx)) input type="hidden" name="enabled" value="0";
                                        button.small type="submit" { (ctx.t("register.verified_off")) }
                                    }
                                }
                            }
                        }
                    } }
                } }
            }
            @if m.role.can_manage() && !people.is_empty() {
                section.card {
                    h2 { (ctx.t("register.twofa_add")) }
                    form #add-twofa method="post" action="/register/2fa" {
                        (csrf(ctx))
                        label for="tf_person" { (ctx.t("team.name")) }
                        (person_select(&people, "tf_person"))
                        label for="tf_tool" { (ctx.t("register.tool")) }
                        select id="tf_tool" name="tool_id" { @for t in tools.all() { option value=(t.id) { (t.product) } } }
                        label for="tf_account" { (ctx.t("register.account")) }
                        input id="tf_account" name="account" type="text" required;
                        label.choice for="tf_enabled" { input type="checkbox" id="tf_enabled" name="enabled" value="1"; " " (ctx.t("register.twofa_is_on")) }
                        button.primary type="submit" { (ctx.t("register.twofa_add")) }
                    }
                }
            }
        },
    ))
}

pub async fn twofa(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    let m = ctx.member()?;
    Ok(twofa_view(&state, &ctx, &m, None).await?.into_response())
}

#[derive(Deserialize)]
pub struct TwofaForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    tf_person: String,
    #[serde(default)]
    tool_id: String,
    #[serde(default)]
    account: String,
    #[serde(default)]
    enabled: Option<String>,
}

pub async fn twofa_add(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Form(f): Form<TwofaForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    let tools = Tools::load(&state.store, &m.org.id).await?;
    if tools.get(&f.tool_id).is_none() || f.account.trim().is_empty() {
        let key = if f.account.trim().is_empty() {
            "common.required"
        } else {
            "register.bad_tool"
        };
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            twofa_view(&state, &ctx, &m, Some(ctx.t(key))).await?,
        )
            .into_response());
    }
    state
        .store
        .add_twofa_account(
            &m.org.id,
            &f.tf_person,
            &f.tool_id,
            &f.account,
            f.enabled.as_deref() == Some("1"),
            &m.actor(),
        )
        .await?;
    Ok(redirect_with_flash("/register/2fa", ctx.t("common.saved")))
}

#[derive(Deserialize)]
pub struct VerifyForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    enabled: String,
}

pub async fn twofa_verify(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
    Form(f): Form<VerifyForm>,
) -> Result<Response, AppError> {
    ctx.check_csrf(&f.csrf)?;
    let m = ctx.member()?;
    m.require_manager()?;
    state
        .store
        .verify_twofa_account(&m.org.id, &id, f.enabled == "1", &m.actor())
        .await?;
    Ok(redirect_with_flash("/register/2fa", ctx.t("common.saved")))
}

// ---- DPAs --------------------------------------------------------------------------------------

async fn dpa_view(
    state: &AppState,
    ctx: &Ctx,
    m: &Member,
    error: Option<&str>,
) -> Result<Markup, AppError> {
    let tools = Tools::load(&state.store, &m.org.id).await?;
    let usages = state.store.usages(&m.org.id).await?;
    let needing = vendors_needing_dpa(&tools, &usages);
    let dpas = state.store.dpas(&m.org.id).await?;
    Ok(page(
        ctx,
        ctx.t("register.dpa_title"),
        html! {
            h1 { (ctx.t("register.dpa_title")) }
            p { (ctx.t("register.dpa_intro")) }
            (form_error(error))
            @if needing.is_empty() { p.muted #dpa-empty { (ctx.t("register.dpa_empty")) } }
            ul.rules #dpas {
                @for (vendor, vtools) in &needing {
                    @let dpa = dpas.iter().find(|d| &d.vendor == vendor);
                    @let status = dpa.map(|d| d.status.as_str()).unwrap_or("missing");
                    li.rule data-vendor=(vendor) data-status=(if status == "signed" || status == "not_needed" { "done" } else { "needs_attention" }) {
                        div.rule-head {
                            h3 { (vendor) }
                            span class={"badge " (if status == "signed" || status == "not_needed" { "done" } else { "needs_attention" })} { (ctx.t(&format!("register.dpa_status.{status}"))) }
                        }
                        p.muted { @for (i, t) in vtools.iter().enumerate() { @if i > 0 { ", " } (t.product) } }
                        @if let Some(link) = vtools.iter().find_map(|t| t.dpa_link()) {
                            p { a href=(link) rel="noopener noreferrer" target="_blank" { (ctx.t("register.dpa_standard")) } }
                        }
                        @if let Some(d) = dpa {
                            @if !d.signed_on.is_empty() { p { (ctx.t("register.signed_on")) ": " (d.signed_on) " · " (ctx.t("register.signed_by")) ": " (d.signed_by) } }
                            @if let (Some(name), Some(size)) = (&d.doc_name, d.doc_size) {
                                p { a href=(format!("/register/dpa/{}/document", d.id)) { (name) } " (" (size / 1024) " KB)" }
                            }
                        }
                        @if m.role.can_manage() {
                            form.dpa-form method="post" action="/register/dpa" enctype="multipart/form-data" {
                                (csrf(ctx))
                                input type="hidden" name="vendor" value=(vendor);
                                @let id = custom_slug(vendor);
                                label for=(format!("status-{id}")) { (ctx.t("register.dpa_status_label")) }
                                select id=(format!("status-{id}")) name="status" {
                                    @for s in DPA_STATUSES { option value=(s) selected[s == status] { (ctx.t(&format!("register.dpa_status.{s}"))) } }
                                }
                                label for=(format!("signed_on-{id}")) { (ctx.t("register.signed_on")) }
                                input id=(format!("signed_on-{id}")) name="signed_on" type="date" value=(dpa.map(|d| d.signed_on.as_str()).unwrap_or(""));
                                label for=(format!("signed_by-{id}")) { (ctx.t("register.signed_by")) }
                                input id=(format!("signed_by-{id}")) name="signed_by" type="text" value=(dpa.map(|d| d.signed_by.as_str()).unwrap_or(""));
                                label for=(format!("file-{id}")) { (ctx.t("register.dpa_file")) }
                                input id=(format!("file-{id}")) name="file" type="file" accept="application/pdf,.pdf";
                                button type="submit" { (ctx.t("common.save")) }
                            }
                        }
                    }
                }
            }
        },
    ))
}

pub async fn dpa(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
) -> Result<Response, AppError> {
    let m = ctx.member()?;
    Ok(dpa_view(&state, &ctx, &m, None).await?.into_response())
}

fn valid_date(s: &str) -> bool {
    s.is_empty() || veilig_catalog::is_valid_date(s)
}

pub async fn dpa_save(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    mp: Multipart,
) -> Result<Response, AppError> {
    let m = ctx.member()?;
    m.require_manager()?;
    let (fields, file) = match read_upload(&ctx, mp, MAX_DOC).await {
        Err(AppError::TooLarge) => {
            let msg = ctx.tf(
                "register.dpa_too_large",
                &[("mb", &(MAX_DOC / 1024 / 1024).to_string())],
            );
            return Ok((
                StatusCode::PAYLOAD_TOO_LARGE,
                dpa_view(&state, &ctx, &m, Some(&msg)).await?,
            )
                .into_response());
        }
        other => other?,
    };
    let get = |k: &str| {
        fields
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let (vendor, status, signed_on, signed_by) = (
        get("vendor"),
        get("status"),
        get("signed_on"),
        get("signed_by"),
    );
    let doc = match check_dpa(&vendor, &status, &signed_on, &signed_by, file) {
        Ok(doc) => doc,
        Err(key) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                dpa_view(&state, &ctx, &m, Some(ctx.t(key))).await?,
            )
                .into_response())
        }
    };
    state
        .store
        .save_dpa(
            &m.org.id,
            &vendor,
            &status,
            &signed_on,
            &signed_by,
            doc.as_ref()
                .map(|(n, b, s)| (n.as_str(), b.as_slice(), s.as_str())),
            &m.actor(),
        )
        .await?;
    Ok(redirect_with_flash("/register/dpa", ctx.t("common.saved")))
}

type Doc = (String, Vec<u8>, String);

/// Validates a DPA form; returns the document (name, bytes, SHA-256) or the catalog key of the
/// problem.
fn check_dpa(
    vendor: &str,
    status: &str,
    signed_on: &str,
    signed_by: &str,
    file: Option<(String, Vec<u8>)>,
) -> Result<Option<Doc>, &'static str> {
    if vendor.is_empty() || !DPA_STATUSES.contains(&status) || !valid_date(signed_on) {
        return Err("common.bad_request");
    }
    if status == "signed" && (signed_on.is_empty() || signed_by.is_empty()) {
        return Err("register.dpa_signed_needs");
    }
    match file {
        Some((_, bytes)) if bytes.is_empty() => Ok(None),
        Some((name, bytes)) => {
            if !bytes.starts_with(b"%PDF-") {
                return Err("register.dpa_not_pdf");
            }
            let sha = data_encoding::HEXLOWER.encode(&Sha256::digest(&bytes));
            Ok(Some((name, bytes, sha)))
        }
        None => Ok(None),
    }
}

pub async fn dpa_document(
    State(state): State<AppState>,
    Extension(ctx): Extension<Ctx>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let m = ctx.member()?;
    let (name, bytes) = state
        .store
        .dpa_document(&m.org.id, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let safe: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' '))
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}\"",
                    if safe.is_empty() { "dpa.pdf" } else { &safe }
                ),
            ),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_round_trips_quotes_and_commas() {
        let fields = ["a@b.nl", "Jansen, Piet \"PJ\"", "chatgpt", "plus", "client"];
        let line = fields.map(csv_field).join(",");
        assert_eq!(csv_split(&line), fields.map(String::from).to_vec());
        assert_eq!(csv_field("=cmd()"), "'=cmd()");
    }
}
