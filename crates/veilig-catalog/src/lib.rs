//! veilig-catalog owns the ONE catalog of AI tools that veilig uses everywhere: which vendors and
//! products exist, which plans they sell and which class of data each plan fits (the register of
//! AI tools, rules 01 and 05), whether two-factor authentication and SSO are offered (rule 03),
//! where the vendor's data processing agreement lives (rule 04), which privacy settings to check
//! every quarter (rule 06) and which hostnames a tool uses, so that DNS or proxy logs reveal
//! shadow AI (rule 07).
//!
//! The data lives in `data/catalog.toml`, is embedded in the binary and parsed once
//! ([`Catalog::builtin`]). Every fact in it carries a source and the date it was checked; a fact
//! that was not known is written as `"unknown"`, never guessed. [`assess`] turns a register row
//! (tool, plan, data class, sector) into findings with a Dutch and an English message and fix.
//!
//! No I/O: plain data in, plain data out.

mod assess;

pub use assess::{assess, Finding, Sector, Severity};

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

/// The catalog file, embedded at compile time.
pub const CATALOG_TOML: &str = include_str!("../data/catalog.toml");

/// A yes/no fact that may be unknown. In TOML and JSON: `true`, `false` or `"unknown"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tri {
    Yes,
    No,
    Unknown,
}

impl Tri {
    pub fn is_yes(self) -> bool {
        self == Tri::Yes
    }
    pub fn is_no(self) -> bool {
        self == Tri::No
    }
    pub fn is_unknown(self) -> bool {
        self == Tri::Unknown
    }
    pub fn label_nl(self) -> &'static str {
        match self {
            Tri::Yes => "ja",
            Tri::No => "nee",
            Tri::Unknown => "onbekend",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Tri::Yes => "yes",
            Tri::No => "no",
            Tri::Unknown => "unknown",
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum BoolOrWord {
    Bool(bool),
    Word(String),
}

impl<'de> Deserialize<'de> for Tri {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match BoolOrWord::deserialize(d)? {
            BoolOrWord::Bool(true) => Ok(Tri::Yes),
            BoolOrWord::Bool(false) => Ok(Tri::No),
            BoolOrWord::Word(w) if w == "unknown" => Ok(Tri::Unknown),
            BoolOrWord::Word(w) => Err(serde::de::Error::custom(format!(
                "expected true, false or \"unknown\", found \"{w}\""
            ))),
        }
    }
}

impl Serialize for Tri {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Tri::Yes => s.serialize_bool(true),
            Tri::No => s.serialize_bool(false),
            Tri::Unknown => s.serialize_str("unknown"),
        }
    }
}

/// Whether a tool can keep data in the EU. In TOML and JSON: `true`, `false`, `"unknown"` or
/// `"enterprise-only"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Residency {
    Yes,
    No,
    Unknown,
    EnterpriseOnly,
}

impl Residency {
    pub fn label_nl(self) -> &'static str {
        match self {
            Residency::Yes => "ja",
            Residency::No => "nee",
            Residency::Unknown => "onbekend",
            Residency::EnterpriseOnly => "alleen voor enterprise",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Residency::Yes => "yes",
            Residency::No => "no",
            Residency::Unknown => "unknown",
            Residency::EnterpriseOnly => "enterprise only",
        }
    }
}

impl<'de> Deserialize<'de> for Residency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match BoolOrWord::deserialize(d)? {
            BoolOrWord::Bool(true) => Ok(Residency::Yes),
            BoolOrWord::Bool(false) => Ok(Residency::No),
            BoolOrWord::Word(w) if w == "unknown" => Ok(Residency::Unknown),
            BoolOrWord::Word(w) if w == "enterprise-only" => Ok(Residency::EnterpriseOnly),
            BoolOrWord::Word(w) => Err(serde::de::Error::custom(format!(
                "expected true, false, \"unknown\" or \"enterprise-only\", found \"{w}\""
            ))),
        }
    }
}

impl Serialize for Residency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Residency::Yes => s.serialize_bool(true),
            Residency::No => s.serialize_bool(false),
            Residency::Unknown => s.serialize_str("unknown"),
            Residency::EnterpriseOnly => s.serialize_str("enterprise-only"),
        }
    }
}

/// The class of data someone puts into a tool, from least to most sensitive. The order matters:
/// a plan fits every class up to and including its `suitable_for`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DataClass {
    /// Nothing confidential: public information only.
    None,
    /// Internal business information without client or personal data.
    Business,
    /// Confidential client information (files, quotes, strategy), no personal data.
    Client,
    /// Personal data under the AVG/GDPR (names, e-mail addresses, customer lists).
    Personal,
    /// Special categories and other sensitive data: health, BSN, criminal records, salaries.
    Special,
}

impl DataClass {
    pub const ALL: [DataClass; 5] = [
        DataClass::None,
        DataClass::Business,
        DataClass::Client,
        DataClass::Personal,
        DataClass::Special,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DataClass::None => "none",
            DataClass::Business => "business",
            DataClass::Client => "client",
            DataClass::Personal => "personal",
            DataClass::Special => "special",
        }
    }
    pub fn label_nl(self) -> &'static str {
        match self {
            DataClass::None => "geen vertrouwelijke gegevens",
            DataClass::Business => "interne bedrijfsinformatie",
            DataClass::Client => "klantgegevens",
            DataClass::Personal => "persoonsgegevens",
            DataClass::Special => "bijzondere persoonsgegevens",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            DataClass::None => "no confidential data",
            DataClass::Business => "internal business information",
            DataClass::Client => "client data",
            DataClass::Personal => "personal data",
            DataClass::Special => "special-category personal data",
        }
    }
}

impl fmt::Display for DataClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DataClass {
    type Err = CatalogError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_ascii_lowercase();
        DataClass::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or(CatalogError::UnknownDataClass(s))
    }
}

/// Who a plan is sold to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Consumer,
    Business,
    Enterprise,
}

/// What kind of tool it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Chat,
    Api,
    Search,
    Writing,
    Translation,
    Meeting,
    Code,
    Image,
    Video,
    Audio,
    Sales,
    Productivity,
    Presentation,
    Website,
}

impl Category {
    pub fn label_nl(self) -> &'static str {
        match self {
            Category::Chat => "chat-assistent",
            Category::Api => "API voor ontwikkelaars",
            Category::Search => "zoeken",
            Category::Writing => "schrijven",
            Category::Translation => "vertalen",
            Category::Meeting => "vergaderen en notuleren",
            Category::Code => "programmeren",
            Category::Image => "beeld",
            Category::Video => "video",
            Category::Audio => "spraak en audio",
            Category::Sales => "sales en CRM",
            Category::Productivity => "kantoor en samenwerken",
            Category::Presentation => "presentaties",
            Category::Website => "websites en apps bouwen",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Category::Chat => "chat assistant",
            Category::Api => "developer API",
            Category::Search => "search",
            Category::Writing => "writing",
            Category::Translation => "translation",
            Category::Meeting => "meetings and notes",
            Category::Code => "coding",
            Category::Image => "images",
            Category::Video => "video",
            Category::Audio => "speech and audio",
            Category::Sales => "sales and CRM",
            Category::Productivity => "office and collaboration",
            Category::Presentation => "presentations",
            Category::Website => "building websites and apps",
        }
    }
}

/// One plan (tier) of a tool. Plans are listed in the catalog from cheapest to most expensive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub id: String,
    pub name: String,
    pub audience: Audience,
    /// Whether the vendor trains its models on what you put in, unless you switch it off.
    pub trains_on_data_by_default: Tri,
    /// Whether a data processing agreement (verwerkersovereenkomst) applies to this plan.
    pub dpa_included: Tri,
    /// The most sensitive data class this plan fits, as configured by default.
    pub suitable_for: DataClass,
    /// Data stays inside the organisation's own tenant (e.g. Microsoft 365 Copilot).
    #[serde(default)]
    pub tenant_bound: bool,
}

impl Plan {
    /// Whether data of this class may go into this plan.
    pub fn fits(&self, data: DataClass) -> bool {
        data <= self.suitable_for
    }

    /// This plan as configured by an organisation that switched off model training in its
    /// settings: it no longer trains, so it fits internal business data. It still has no data
    /// processing agreement it did not have, so client and personal data fit no better.
    pub fn with_training_off(&self) -> Plan {
        Plan {
            trains_on_data_by_default: Tri::No,
            suitable_for: self.suitable_for.max(DataClass::Business),
            ..self.clone()
        }
    }
}

/// A concrete setting to check every quarter (rule 06), in Dutch and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub nl: String,
    pub en: String,
}

/// How a fact was established.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// From knowledge of the vendor's public documentation, to be confirmed on the page.
    Knowledge,
    /// Confirmed with a search of stored public pages on the `checked` date.
    Search,
}

/// Where a fact comes from and when it was checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub fact: String,
    /// Name of the vendor's public documentation page.
    pub source: String,
    pub url: String,
    /// Date the fact was checked, `YYYY-MM-DD`.
    pub checked: String,
    pub basis: Basis,
}

/// One AI tool with its plans and the facts veilig needs about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tool {
    pub id: String,
    pub vendor: String,
    pub product: String,
    pub category: Category,
    /// ISO 3166 code of the vendor's headquarters, or `"unknown"`.
    pub vendor_country: String,
    pub plans: Vec<Plan>,
    pub twofa: Tri,
    pub sso: Tri,
    pub eu_data_residency: Residency,
    /// `https://…`, `"unknown"`, or `"none"` when the vendor offers no DPA (consumer products).
    pub dpa_url: String,
    /// `https://…` or `"unknown"`.
    pub privacy_settings_url: String,
    #[serde(default)]
    pub quarterly_checks: Vec<Check>,
    /// Hostnames the tool uses; a host matches when it equals one or is a subdomain of one.
    #[serde(default)]
    pub domains: Vec<String>,
    pub processes_personal_data: bool,
    pub sources: Vec<Source>,
}

fn known_url(s: &str) -> Option<&str> {
    (s != "unknown" && s != "none").then_some(s)
}

impl Tool {
    pub fn plan(&self, id: &str) -> Option<&Plan> {
        self.plans.iter().find(|p| p.id == id)
    }
    /// The DPA link, `None` when unknown or when the vendor offers none.
    pub fn dpa_link(&self) -> Option<&str> {
        known_url(&self.dpa_url)
    }
    /// The privacy settings link, `None` when unknown.
    pub fn privacy_settings_link(&self) -> Option<&str> {
        known_url(&self.privacy_settings_url)
    }
    /// The cheapest plan (plans are listed cheapest first) that fits `data` and does not train
    /// on it by default.
    pub fn cheapest_fitting_plan(&self, data: DataClass) -> Option<&Plan> {
        self.plans
            .iter()
            .find(|p| p.fits(data) && !p.trains_on_data_by_default.is_yes())
    }
    /// The most recent `checked` date over the tool's sources.
    pub fn last_checked(&self) -> Option<&str> {
        self.sources.iter().map(|s| s.checked.as_str()).max()
    }
}

/// Why a catalog could not be loaded.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CatalogError {
    #[error("catalog is not valid TOML or has a wrong field: {0}")]
    Toml(String),
    #[error("tool id \"{0}\" appears more than once")]
    DuplicateTool(String),
    #[error("tool id \"{0}\" is not a slug (lowercase letters, digits and '-')")]
    BadId(String),
    #[error("tool \"{0}\" has no plans")]
    NoPlans(String),
    #[error("tool \"{tool}\": plan id \"{plan}\" is empty, not a slug or appears more than once")]
    BadPlan { tool: String, plan: String },
    #[error("tool \"{0}\" has no sources")]
    NoSources(String),
    #[error("tool \"{tool}\": date \"{date}\" is not a valid YYYY-MM-DD date")]
    BadDate { tool: String, date: String },
    #[error("tool \"{tool}\": domain \"{domain}\" must be a lowercase hostname like example.com")]
    BadDomain { tool: String, domain: String },
    #[error("domain \"{domain}\" is listed for both \"{first}\" and \"{second}\"")]
    DuplicateDomain {
        domain: String,
        first: String,
        second: String,
    },
    #[error("tool \"{tool}\": \"{value}\" must be an https:// URL or \"unknown\"")]
    BadUrl { tool: String, value: String },
    #[error(
        "tool \"{tool}\": vendor_country \"{value}\" must be a two-letter code or \"unknown\""
    )]
    BadCountry { tool: String, value: String },
    #[error("unknown data class \"{0}\" (expected none, business, client, personal or special)")]
    UnknownDataClass(String),
    #[error(
        "unknown sector \"{0}\" (expected general, care, legal, finance, government or education)"
    )]
    UnknownSector(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    #[serde(default)]
    tools: Vec<Tool>,
}

/// The tool catalog with a domain index for log discovery. Build it with [`Catalog::from_toml`]
/// or [`Catalog::new`]; changing `tools` afterwards does not update the domain index.
#[derive(Debug, Clone, Serialize)]
pub struct Catalog {
    pub tools: Vec<Tool>,
    #[serde(skip)]
    domain_index: HashMap<String, usize>,
}

static BUILTIN: LazyLock<Catalog> = LazyLock::new(|| {
    // The embedded file is checked by the unit test `builtin_catalog_parses_and_validates`, so
    // this cannot fail in a binary that passed CI.
    Catalog::from_toml(CATALOG_TOML)
        .expect("the embedded data/catalog.toml is invalid; run `cargo test -p veilig-catalog`")
});

impl Catalog {
    /// The catalog embedded in the binary, parsed on first use.
    pub fn builtin() -> &'static Catalog {
        &BUILTIN
    }

    /// Parses and validates a catalog: unique slugs, at least one plan and one source per tool,
    /// valid dates, lowercase hostnames listed for one tool only, https URLs or "unknown".
    pub fn from_toml(s: &str) -> Result<Catalog, CatalogError> {
        let raw: RawCatalog = toml::from_str(s).map_err(|e| CatalogError::Toml(e.to_string()))?;
        Catalog::new(raw.tools)
    }

    /// Validates tools and builds the domain index.
    pub fn new(tools: Vec<Tool>) -> Result<Catalog, CatalogError> {
        let mut ids = HashSet::new();
        let mut domain_index: HashMap<String, usize> = HashMap::new();
        for (i, tool) in tools.iter().enumerate() {
            validate_tool(tool)?;
            if !ids.insert(tool.id.as_str()) {
                return Err(CatalogError::DuplicateTool(tool.id.clone()));
            }
            for d in &tool.domains {
                if let Some(&other) = domain_index.get(d.as_str()) {
                    return Err(CatalogError::DuplicateDomain {
                        domain: d.clone(),
                        first: tools[other].id.clone(),
                        second: tool.id.clone(),
                    });
                }
                domain_index.insert(d.clone(), i);
            }
        }
        Ok(Catalog {
            tools,
            domain_index,
        })
    }

    pub fn tool(&self, id: &str) -> Option<&Tool> {
        self.tools.iter().find(|t| t.id == id)
    }

    /// The tool a hostname from a DNS or proxy log belongs to: an exact match or a subdomain of
    /// one of the tool's domains. Case-insensitive; a trailing dot and a `:port` are ignored.
    /// Where several tools share a host (e.g. gemini.google.com) the catalog lists it under the
    /// consumer product, the riskier assumption.
    pub fn match_domain(&self, host: &str) -> Option<&Tool> {
        let mut host = host.trim().to_ascii_lowercase();
        let port_at = match host.rsplit_once(':') {
            Some((name, port))
                if !name.contains(':')
                    && !port.is_empty()
                    && port.bytes().all(|b| b.is_ascii_digit()) =>
            {
                Some(name.len())
            }
            _ => None,
        };
        if let Some(n) = port_at {
            host.truncate(n);
        }
        let mut rest = host.trim_end_matches('.');
        loop {
            if let Some(&i) = self.domain_index.get(rest) {
                return self.tools.get(i);
            }
            match rest.split_once('.') {
                Some((_, tail)) if !tail.is_empty() => rest = tail,
                _ => return None,
            }
        }
    }

    /// Tools with a fact last checked more than [`RECHECK_DAYS`] days before `today`
    /// (`YYYY-MM-DD`), for the quarterly re-check of the catalog (rule 06). An invalid `today`
    /// yields every tool, so a bad clock never hides a stale fact.
    pub fn recheck_due(&self, today: &str) -> Vec<&Tool> {
        let Some(today) = day_number(today) else {
            return self.tools.iter().collect();
        };
        self.tools
            .iter()
            .filter(|t| {
                t.sources
                    .iter()
                    .any(|s| day_number(&s.checked).is_none_or(|d| today - d > RECHECK_DAYS))
            })
            .collect()
    }

    /// The catalog as pretty JSON, for `veilig catalog --json`.
    pub fn to_json(&self) -> String {
        // Serialising these plain structs (string keys only) cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_else(|_| String::from("{\"tools\":[]}"))
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_hostname(s: &str) -> bool {
    s.contains('.')
        && !s.starts_with('.')
        && !s.ends_with('.')
        && !s.contains("..")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
}

/// A fact is due for a re-check after a quarter.
pub const RECHECK_DAYS: i64 = 92;

/// Days since 1970-01-01 for a valid `YYYY-MM-DD` date.
fn day_number(s: &str) -> Option<i64> {
    if !is_valid_date(s) {
        return None;
    }
    let y: i64 = s[0..4].parse().ok()?;
    let m: i64 = s[5..7].parse().ok()?;
    let d: i64 = s[8..10].parse().ok()?;
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// `YYYY-MM-DD` with a real calendar day.
pub fn is_valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (2000..=2100).contains(&y) && (1..=days).contains(&d)
}

fn validate_url(tool: &Tool, value: &str) -> Result<(), CatalogError> {
    if value == "unknown" || (value.starts_with("https://") && !value.contains(char::is_whitespace))
    {
        Ok(())
    } else {
        Err(CatalogError::BadUrl {
            tool: tool.id.clone(),
            value: value.to_string(),
        })
    }
}

fn validate_tool(tool: &Tool) -> Result<(), CatalogError> {
    if !is_slug(&tool.id) {
        return Err(CatalogError::BadId(tool.id.clone()));
    }
    if tool.plans.is_empty() {
        return Err(CatalogError::NoPlans(tool.id.clone()));
    }
    let mut plan_ids = HashSet::new();
    for p in &tool.plans {
        if !is_slug(&p.id) || !plan_ids.insert(p.id.as_str()) {
            return Err(CatalogError::BadPlan {
                tool: tool.id.clone(),
                plan: p.id.clone(),
            });
        }
    }
    if tool.sources.is_empty() {
        return Err(CatalogError::NoSources(tool.id.clone()));
    }
    for s in &tool.sources {
        if !is_valid_date(&s.checked) {
            return Err(CatalogError::BadDate {
                tool: tool.id.clone(),
                date: s.checked.clone(),
            });
        }
        validate_url(tool, &s.url)?;
    }
    for d in &tool.domains {
        if !is_hostname(d) {
            return Err(CatalogError::BadDomain {
                tool: tool.id.clone(),
                domain: d.clone(),
            });
        }
    }
    if tool.dpa_url != "none" {
        validate_url(tool, &tool.dpa_url)?;
    }
    validate_url(tool, &tool.privacy_settings_url)?;
    let c = &tool.vendor_country;
    if !(c == "unknown" || (c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()))) {
        return Err(CatalogError::BadCountry {
            tool: tool.id.clone(),
            value: c.clone(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests;
