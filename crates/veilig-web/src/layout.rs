//! The page shell (header, navigation, language switch, flash message), shared form pieces and
//! date formatting in Dutch time (Europe/Amsterdam, with the EU summer-time rule).

use crate::session::Ctx;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use time::{Date, OffsetDateTime, UtcOffset};
use veilig_core::{t, Lang};

/// The hidden CSRF field every form carries.
pub fn csrf(ctx: &Ctx) -> Markup {
    html! { input type="hidden" name="csrf" value=(ctx.session.csrf); }
}

/// The offset of Dutch time at a UTC instant (CET +1, CEST +2 between the last Sundays of March
/// and October at 01:00 UTC), from the one rule in `veilig_core::amsterdam`.
pub fn amsterdam_offset(utc: OffsetDateTime) -> UtcOffset {
    let secs = veilig_core::amsterdam::offset(utc.unix_timestamp());
    UtcOffset::from_whole_seconds(i32::try_from(secs).unwrap_or(3_600)).unwrap_or(UtcOffset::UTC)
}

/// Unix seconds to Dutch local time.
pub fn local(unix: i64) -> OffsetDateTime {
    let utc = OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    utc.to_offset(amsterdam_offset(utc))
}

/// Today's date in the Netherlands.
pub fn today() -> Date {
    local(veilig_store::now()).date()
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as people write it: "3 december 2026" / "3 December 2026".
pub fn fmt_date(lang: Lang, d: Date) -> String {
    let m = usize::from(u8::from(d.month())) - 1;
    let name = match lang {
        Lang::Nl => MONTHS_NL[m],
        Lang::En => MONTHS_EN[m],
    };
    format!("{} {} {}", d.day(), name, d.year())
}

/// Date and time in Dutch local time.
pub fn fmt_datetime(lang: Lang, unix: i64) -> String {
    let l = local(unix);
    format!(
        "{} {:02}:{:02}",
        fmt_date(lang, l.date()),
        l.hour(),
        l.minute()
    )
}

/// The full page.
pub fn page(ctx: &Ctx, title: &str, content: Markup) -> Markup {
    shell(ctx.lang, Some(ctx), title, content)
}

fn nav(ctx: &Ctx) -> Markup {
    let Ok(m) = ctx.member_allow_2fa_setup() else {
        return html! {};
    };
    let item = |href: &str, key: &str| {
        let current =
            ctx.path == href || (href != "/" && ctx.path.starts_with(&format!("{href}/")));
        html! {
            li { a href=(href) aria-current=[current.then_some("page")] { (ctx.t(key)) } }
        }
    };
    html! {
        nav aria-label=(ctx.t("nav.menu")) {
            ul {
                (item("/dashboard", "nav.dashboard"))
                (item("/anonymize", "nav.anonymize"))
                (item("/register", "nav.register"))
                (item("/tasks", "nav.tasks"))
                @if m.role.can_manage() {
                    (item("/gateway", "nav.gateway"))
                }
                (item("/onboarding", "nav.onboarding"))
                (item("/team", "nav.team"))
                @if m.role.is_owner_like() {
                    (item("/audit", "nav.audit"))
                    (item("/settings", "nav.settings"))
                }
                @if m.role.can_manage() && !m.role.is_owner_like() {
                    (item("/settings/tokens", "nav.tokens"))
                }
                @if m.user.is_provider || ctx.orgs.len() > 1 {
                    (item("/orgs", "nav.orgs"))
                }
                @if m.user.is_admin {
                    (item("/admin/mail", "nav.admin"))
                }
                (item("/account", "nav.account"))
            }
        }
    }
}

fn lang_switch(lang: Lang, ctx: Option<&Ctx>) -> Markup {
    let Some(ctx) = ctx else { return html! {} };
    html! {
        form.lang method="post" action="/lang" {
            (csrf(ctx))
            input type="hidden" name="back" value=(ctx.path);
            @for l in Lang::ALL {
                @if l == lang {
                    span.current lang=(l.code()) aria-current="true" { (l.code().to_uppercase()) }
                } @else {
                    button type="submit" name="lang" value=(l.code()) lang=(l.code()) data-lang=(l.code()) {
                        (match l { Lang::Nl => "Nederlands", Lang::En => "English" })
                    }
                }
            }
        }
    }
}

fn shell(lang: Lang, ctx: Option<&Ctx>, title: &str, content: Markup) -> Markup {
    let member = ctx.and_then(|c| c.member_allow_2fa_setup().ok());
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · veilig" }
                link rel="stylesheet" href="/static/app.css";
            }
            body {
                a.skip href="#main" { (t(lang, "common.skip")) }
                header.top {
                    a.brand href="/" { span.logo aria-hidden="true" { "◆" } " veilig" }
                    @if let Some(m) = &member {
                        span.org { (m.org.name) }
                    }
                    (lang_switch(lang, ctx))
                    @if let (Some(ctx), Some(_)) = (ctx, &member) {
                        form.logout method="post" action="/logout" {
                            (csrf(ctx))
                            button type="submit" { (t(lang, "nav.logout")) }
                        }
                    }
                }
                @if let Some(ctx) = ctx { (nav(ctx)) }
                main id="main" {
                    @if let Some(f) = ctx.and_then(|c| c.flash.as_ref()) {
                        p.flash role="status" { (f) }
                    }
                    (content)
                }
                footer { (t(lang, "app.tagline")) }
            }
        }
    }
}

/// An error page with a message from the catalog.
pub fn error_page(lang: Lang, ctx: Option<&Ctx>, key: &str) -> Markup {
    let title = t(lang, "common.error_title");
    shell(
        lang,
        ctx,
        title,
        html! {
            h1 { (title) }
            p.error role="alert" { (t(lang, key)) }
            p { a href="/" { (t(lang, "common.back")) } }
        },
    )
}

/// An inline error message above a form.
pub fn form_error(msg: Option<&str>) -> Markup {
    html! {
        @if let Some(m) = msg {
            p.error role="alert" { (m) }
        }
    }
}

/// A text input with its label.
pub fn field(
    label: &str,
    name: &str,
    kind: &str,
    value: &str,
    required: bool,
    autocomplete: &str,
) -> Markup {
    html! {
        label for=(name) { (label) }
        input id=(name) name=(name) type=(kind) value=(value) required[required] autocomplete=(autocomplete);
    }
}

/// Raw trusted markup (inline SVG made by veilig itself).
pub fn raw(s: String) -> Markup {
    PreEscaped(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_show_dutch_local_time() {
        // 2026-07-15 10:00 UTC is 12:00 in summer; 2026-01-15 10:00 UTC is 11:00 in winter.
        assert_eq!(local(1_784_109_600).hour(), 12);
        assert_eq!(local(1_768_471_200).hour(), 11);
    }

    #[test]
    fn dates_are_written_out() {
        let d = time::macros::date!(2026 - 12 - 03);
        assert_eq!(fmt_date(Lang::Nl, d), "3 december 2026");
        assert_eq!(fmt_date(Lang::En, d), "3 December 2026");
    }
}
