//! The translation catalog: every sentence a user sees, in Dutch (the default) and English.
//!
//! The catalogs are TOML files (`i18n/nl.toml`, `i18n/en.toml`) embedded at build time. Keys are
//! dotted paths (`dashboard.title`). A unit test keeps both catalogs in step.

use std::collections::HashMap;
use std::sync::LazyLock;

/// A user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// The language code used in HTML and in the database.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Parses a stored or submitted language code; anything unknown falls back to Dutch.
    pub fn from_code(code: &str) -> Lang {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" | "en-gb" | "en-us" => Lang::En,
            _ => Lang::Nl,
        }
    }

    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];
}

type Catalog = HashMap<String, &'static str>;

fn flatten(prefix: &str, value: &toml::Value, out: &mut Catalog) {
    match value {
        toml::Value::Table(table) => {
            for (k, v) in table {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        toml::Value::String(s) => {
            // Leaked once per process: the catalogs live as long as the program.
            out.insert(prefix.to_string(), Box::leak(s.clone().into_boxed_str()));
        }
        other => {
            out.insert(
                prefix.to_string(),
                Box::leak(other.to_string().into_boxed_str()),
            );
        }
    }
}

fn parse(src: &str) -> Catalog {
    let mut out = Catalog::new();
    // The embedded catalogs are checked by the unit tests below; a broken file yields an empty
    // catalog (keys show through) rather than a crash.
    if let Ok(value) = src.parse::<toml::Value>() {
        flatten("", &value, &mut out);
    }
    out
}

static NL: LazyLock<Catalog> = LazyLock::new(|| parse(include_str!("../i18n/nl.toml")));
static EN: LazyLock<Catalog> = LazyLock::new(|| parse(include_str!("../i18n/en.toml")));

fn catalog(lang: Lang) -> &'static Catalog {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// Looks up a sentence. A missing key returns the key itself, so a gap is visible, never empty.
pub fn t(lang: Lang, key: &str) -> &str {
    match catalog(lang).get(key).or_else(|| NL.get(key)) {
        Some(s) => s,
        None => key,
    }
}

/// Looks up a sentence and fills `{name}` style arguments.
pub fn tf(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let mut s = t(lang, key).to_string();
    for (name, value) in args {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}

/// Whether a key exists in the catalog of `lang` (used by tests and by callers that build keys).
pub fn has(lang: Lang, key: &str) -> bool {
    catalog(lang).contains_key(key)
}

/// All keys of one language (tests).
pub fn keys(lang: Lang) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = catalog(lang)
        .keys()
        .map(|k| Box::leak(k.clone().into_boxed_str()) as &'static str)
        .collect();
    v.sort_unstable();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogs_parse_and_have_the_same_keys() {
        let nl_src = include_str!("../i18n/nl.toml");
        let en_src = include_str!("../i18n/en.toml");
        assert!(
            nl_src.parse::<toml::Value>().is_ok(),
            "nl.toml is not valid TOML"
        );
        assert!(
            en_src.parse::<toml::Value>().is_ok(),
            "en.toml is not valid TOML"
        );
        let nl = keys(Lang::Nl);
        let en = keys(Lang::En);
        let only_nl: Vec<_> = nl.iter().filter(|k| !en.contains(k)).collect();
        let only_en: Vec<_> = en.iter().filter(|k| !nl.contains(k)).collect();
        assert!(only_nl.is_empty(), "missing in en.toml: {only_nl:?}");
        assert!(only_en.is_empty(), "missing in nl.toml: {only_en:?}");
        assert!(nl.len() > 50);
    }

    #[test]
    fn lookups_differ_per_language_and_fill_arguments() {
        assert_ne!(t(Lang::Nl, "nav.dashboard"), t(Lang::En, "nav.dashboard"));
        assert_eq!(t(Lang::Nl, "no.such.key"), "no.such.key");
        let s = tf(Lang::En, "login.throttled", &[("minutes", "7")]);
        assert!(s.contains('7'), "{s}");
        assert!(!s.contains("{minutes}"));
    }

    #[test]
    fn language_codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), l);
        }
        assert_eq!(Lang::from_code("EN"), Lang::En);
        assert_eq!(Lang::from_code("fr"), Lang::Nl);
    }
}
