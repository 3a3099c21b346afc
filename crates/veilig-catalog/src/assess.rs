//! Advice for one row of the register of AI tools: which plan of which tool is used for which
//! class of data, in which sector (rules 01 and 05 of the guide).

use crate::{CatalogError, DataClass, Plan, Tool};
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// The organisation's sector. Care, legal and finance get extra advice for client data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sector {
    General,
    Care,
    Legal,
    Finance,
    Government,
    Education,
}

impl Sector {
    pub const ALL: [Sector; 6] = [
        Sector::General,
        Sector::Care,
        Sector::Legal,
        Sector::Finance,
        Sector::Government,
        Sector::Education,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Sector::General => "general",
            Sector::Care => "care",
            Sector::Legal => "legal",
            Sector::Finance => "finance",
            Sector::Government => "government",
            Sector::Education => "education",
        }
    }
    pub fn label_nl(self) -> &'static str {
        match self {
            Sector::General => "algemeen",
            Sector::Care => "zorg",
            Sector::Legal => "juridisch",
            Sector::Finance => "financieel",
            Sector::Government => "overheid",
            Sector::Education => "onderwijs",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Sector::General => "general",
            Sector::Care => "care",
            Sector::Legal => "legal",
            Sector::Finance => "finance",
            Sector::Government => "government",
            Sector::Education => "education",
        }
    }
    /// Sectors where the guide advises a tenant-bound product for client work.
    pub fn is_sensitive(self) -> bool {
        matches!(self, Sector::Care | Sector::Legal | Sector::Finance)
    }
}

impl FromStr for Sector {
    type Err = CatalogError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_ascii_lowercase();
        Sector::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or(CatalogError::UnknownSector(s))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Critical,
}

/// One piece of advice for a register row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The guide's rule this follows from: 1 or 5.
    pub rule: u8,
    pub severity: Severity,
    pub message_nl: String,
    pub message_en: String,
    pub fix_nl: String,
    pub fix_en: String,
}

fn name(tool: &Tool, plan: &Plan) -> String {
    format!("{} ({})", tool.product, plan.name)
}

/// Advice for using `plan` of `tool` with data of class `data` in `sector`, most severe first.
pub fn assess(tool: &Tool, plan: &Plan, data: DataClass, sector: Sector) -> Vec<Finding> {
    let mut out = Vec::new();
    let this = name(tool, plan);
    let trains = plan.trains_on_data_by_default;

    if data == DataClass::Special && plan.suitable_for != DataClass::Special {
        let (fix_nl, fix_en) = match tool.plans.iter().find(|p| p.suitable_for == DataClass::Special) {
            Some(p) => (
                format!(
                    "Zet deze gegevens alleen in {} en leg eerst een DPIA vast. Tot die tijd: anonimiseer (regel 02).",
                    name(tool, p)
                ),
                format!(
                    "Only put this data into {} after recording a DPIA. Until then: anonymise (rule 02).",
                    name(tool, p)
                ),
            ),
            None => (
                "Haal gezondheidsgegevens, BSN's en andere bijzondere persoonsgegevens uit je prompts (regel 02). Is AI hiervoor echt nodig, gebruik dan een omgeving binnen je eigen tenant, zoals Microsoft 365 Copilot, na een DPIA.".to_string(),
                "Remove health data, citizen service numbers and other special-category data from prompts (rule 02). If AI is truly needed for it, use an environment inside your own tenant, such as Microsoft 365 Copilot, after a DPIA.".to_string(),
            ),
        };
        out.push(Finding {
            rule: 1,
            severity: Severity::Critical,
            message_nl: format!(
                "{this} is niet bedoeld voor bijzondere persoonsgegevens (zoals gezondheid of BSN)."
            ),
            message_en: format!(
                "{this} is not meant for special-category personal data (such as health data or citizen service numbers)."
            ),
            fix_nl,
            fix_en,
        });
    } else if data >= DataClass::Client && (trains.is_yes() || !plan.fits(data)) {
        let why_nl = if trains.is_yes() {
            "traint standaard mee op wat je invoert"
        } else {
            "is niet geschikt"
        };
        let why_en = if trains.is_yes() {
            "trains on what you enter by default"
        } else {
            "is not suitable"
        };
        let (fix_nl, fix_en) = match tool.cheapest_fitting_plan(data) {
            Some(p) => (
                format!(
                    "Stap voor dit werk over op {}: daar wordt niet op je gegevens getraind en geldt een verwerkersovereenkomst. Tot die tijd: geen {} in deze tool.",
                    name(tool, p),
                    data.label_nl()
                ),
                format!(
                    "Move this work to {}: it does not train on your data and comes with a data processing agreement. Until then: no {} in this tool.",
                    name(tool, p),
                    data.label_en()
                ),
            ),
            None => (
                format!(
                    "{} heeft geen plan dat standaard past bij {}. Zet meetrainen uit waar dat kan (zie de kwartaalcheck), regel een verwerkersovereenkomst, of kies een ander hulpmiddel. Tot die tijd: anonimiseer eerst (regel 02).",
                    tool.product,
                    data.label_nl()
                ),
                format!(
                    "{} has no plan that fits {} by default. Switch off training where possible (see the quarterly check), arrange a data processing agreement, or choose another tool. Until then: anonymise first (rule 02).",
                    tool.product,
                    data.label_en()
                ),
            ),
        };
        out.push(Finding {
            rule: 1,
            severity: Severity::Critical,
            message_nl: format!("{this} {why_nl} voor {}.", data.label_nl()),
            message_en: format!("{this} {why_en} for {}.", data.label_en()),
            fix_nl,
            fix_en,
        });
    } else if data == DataClass::Business && (trains.is_yes() || !plan.fits(data)) {
        let (fix_nl, fix_en) = match tool.cheapest_fitting_plan(data) {
            Some(p) if p.id != plan.id => (
                format!(
                    "Zet in de instellingen het meetrainen uit, of stap over op {}.",
                    name(tool, p)
                ),
                format!(
                    "Switch off model training in the settings, or move to {}.",
                    name(tool, p)
                ),
            ),
            _ => (
                "Zet in de instellingen het meetrainen uit en deel alleen wat openbaar mag zijn."
                    .to_string(),
                "Switch off model training in the settings and only share what may be public."
                    .to_string(),
            ),
        };
        out.push(Finding {
            rule: 1,
            severity: Severity::Warning,
            message_nl: format!("{this} kan meetrainen op interne bedrijfsinformatie."),
            message_en: format!("{this} may train on internal business information."),
            fix_nl,
            fix_en,
        });
    } else if data >= DataClass::Client && trains.is_unknown() {
        out.push(Finding {
            rule: 1,
            severity: Severity::Warning,
            message_nl: format!(
                "Van {this} is niet bekend of er standaard op je gegevens wordt getraind."
            ),
            message_en: format!("It is not known whether {this} trains on your data by default."),
            fix_nl: "Controleer dit in de voorwaarden en privacy-instellingen van de leverancier, en zet meetrainen uit. Tot je het zeker weet: geen klantgegevens.".to_string(),
            fix_en: "Check the vendor's terms and privacy settings, and switch model training off. Until you are sure: no client data.".to_string(),
        });
    }

    if sector.is_sensitive() && data >= DataClass::Client && !plan.tenant_bound {
        let severity = if data >= DataClass::Personal {
            Severity::Warning
        } else {
            Severity::Info
        };
        out.push(Finding {
            rule: 5,
            severity,
            message_nl: format!(
                "In de sector {} gaan {} bij {this} naar de omgeving van de leverancier, niet naar die van jezelf.",
                sector.label_nl(),
                data.label_nl()
            ),
            message_en: format!(
                "In the {} sector, {} in {this} go to the vendor's environment, not your own.",
                sector.label_en(),
                data.label_en()
            ),
            fix_nl: "Overweeg voor klantwerk een product dat binnen je eigen tenant blijft, zoals Microsoft 365 Copilot: de gegevens blijven dan in je eigen Microsoft 365-omgeving, met je eigen toegangsrechten.".to_string(),
            fix_en: "For client work, consider a product that stays inside your own tenant, such as Microsoft 365 Copilot: the data then stays in your own Microsoft 365 environment, under your own access rights.".to_string(),
        });
    }

    if data == DataClass::Special && plan.suitable_for == DataClass::Special {
        out.push(Finding {
            rule: 5,
            severity: Severity::Info,
            message_nl: format!("{this} kan bijzondere persoonsgegevens aan, mits goed ingericht."),
            message_en: format!("{this} can handle special-category data if set up properly."),
            fix_nl: "Leg een DPIA vast, beperk de toegang tot wie het nodig heeft en controleer elk kwartaal de instellingen (regel 06).".to_string(),
            fix_en: "Record a DPIA, limit access to those who need it and check the settings every quarter (rule 06).".to_string(),
        });
    }

    out.sort_by_key(|f| std::cmp::Reverse(f.severity));
    out
}
