//! The twelve rules and how each rule's status follows from the data veilig holds.
//!
//! A rule is only `Done` when the data says so. Parts of veilig that do not exist yet, or that hold
//! no data yet, leave their rule `NotStarted` with a note saying what is missing: never a fake green.

use crate::onboarding::{Answers, ClientDataAnswer, DpaAnswer, PlanAnswer, TwofaAnswer};

/// The status of one rule for one organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Done,
    NeedsAttention,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::NotStarted => "not_started",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::NeedsAttention => "needs_attention",
        }
    }
}

/// One rule of the guide. Its title, action and explanation live in the catalog under
/// `rules.rNN.title`, `rules.rNN.action`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub number: u8,
}

impl Rule {
    /// Catalog key prefix, e.g. `rules.r01`.
    pub fn key(self, part: &str) -> String {
        format!("rules.r{:02}.{part}", self.number)
    }
}

/// All twelve rules in the guide's order.
pub const RULES: [Rule; 12] = {
    let mut rules = [Rule { number: 0 }; 12];
    let mut i = 0;
    while i < 12 {
        rules[i] = Rule {
            number: (i + 1) as u8,
        };
        i += 1;
    }
    rules
};

/// A reason for a status: a catalog key under `notes.` plus arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Note {
    fn new(key: &'static str) -> Note {
        Note { key, args: vec![] }
    }
    fn with(key: &'static str, args: Vec<(&'static str, String)>) -> Note {
        Note { key, args }
    }
}

/// Facts about veilig's own accounts (rule 03: veilig is the first tool with 2FA).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountFacts {
    /// People of the organisation with a veilig login.
    pub logins: u32,
    /// Of those, how many have TOTP enrolled.
    pub logins_with_totp: u32,
    /// The organisation requires 2FA for every login.
    pub require_2fa: bool,
}

/// Facts from the registers (rules 01, 03, 04, 05, 06). All counts; zero rows means the register
/// is still empty and the onboarding answers decide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegisterFacts {
    /// Rows "who uses which tool on which plan for which data".
    pub usage_rows: u32,
    /// Rows whose plan does not fit the data (a critical finding).
    pub usage_critical: u32,
    /// Rows with a warning (unknown training default, sector advice).
    pub usage_warnings: u32,
    /// 2FA checklist: accounts recorded, with 2FA on, and verified more than a quarter ago.
    pub twofa_accounts: u32,
    pub twofa_on: u32,
    pub twofa_overdue: u32,
    /// Vendors in use that process personal data, and of those how many have a signed DPA.
    pub dpa_needed: u32,
    pub dpa_signed: u32,
    /// Quarterly privacy-settings checks: open ones past their due date, and done this quarter.
    pub privacy_checks_overdue: u32,
    pub privacy_checks_done_quarter: u32,
    pub privacy_checks_open: u32,
}

/// Facts from the AI gateway (rule 08): its virtual keys and their hard limits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GatewayFacts {
    /// Keys that are not revoked (every key has a daily and a monthly hard limit).
    pub active_keys: u32,
    /// Of those, keys whose monthly hard limit is above [`ADVISED_MONTHLY_LIMIT_EUR`].
    pub keys_above_advice: u32,
}

/// The guide's advice for a small business: a hard limit of 50 to 200 euro a month per key.
pub const ADVISED_MONTHLY_LIMIT_EUR: i64 = 200;

/// Everything the status computation looks at. Capabilities that hold no data yet are `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    pub answers: Answers,
    pub accounts: AccountFacts,
    /// Anonymizer uses by the organisation in the last 90 days (counts only, never content).
    pub anonymizer_uses_90d: u32,
    pub register: RegisterFacts,
    pub gateway: GatewayFacts,
}

/// The computed status of one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub rule: Rule,
    pub status: Status,
    pub notes: Vec<Note>,
}

/// Computes the status of all twelve rules from the facts.
pub fn assess(f: &Facts) -> Vec<Assessment> {
    RULES
        .iter()
        .map(|&rule| {
            let (status, notes) = match rule.number {
                1 => rule_01(f),
                2 => rule_02(f),
                3 => rule_03(f),
                4 => rule_04(f),
                5 => rule_05(f),
                6 => rule_06(f),
                7 => (Status::NotStarted, vec![Note::new("notes.no_survey")]),
                8 => rule_08(f),
                9 => (Status::NotStarted, vec![Note::new("notes.no_disclosure")]),
                10 => (Status::NotStarted, vec![Note::new("notes.no_contacts")]),
                11 => (
                    Status::NotStarted,
                    vec![Note::new("notes.no_verified_contacts")],
                ),
                _ => (Status::NotStarted, vec![Note::new("notes.no_training")]),
            };
            Assessment {
                rule,
                status,
                notes,
            }
        })
        .collect()
}

fn rule_01(f: &Facts) -> (Status, Vec<Note>) {
    let r = &f.register;
    if r.usage_rows > 0 {
        return if r.usage_critical > 0 {
            (
                Status::NeedsAttention,
                vec![Note::with(
                    "notes.register_critical",
                    vec![("count", r.usage_critical.to_string())],
                )],
            )
        } else {
            (
                Status::Done,
                vec![Note::with(
                    "notes.register_fits",
                    vec![("count", r.usage_rows.to_string())],
                )],
            )
        };
    }
    let a = &f.answers;
    match (a.plan, a.client_data) {
        (None, _) => (Status::NotStarted, vec![Note::new("notes.answer_plan")]),
        (Some(PlanAnswer::None), _) => (Status::Done, vec![Note::new("notes.no_ai_in_use")]),
        (Some(PlanAnswer::FreeOrPlus | PlanAnswer::Mixed), Some(ClientDataAnswer::Yes)) => (
            Status::NeedsAttention,
            vec![Note::new("notes.client_data_on_free")],
        ),
        (Some(PlanAnswer::FreeOrPlus | PlanAnswer::Mixed), Some(ClientDataAnswer::No)) => {
            (Status::Done, vec![Note::new("notes.no_client_data")])
        }
        (Some(PlanAnswer::TeamOrEnterprise), _) => {
            (Status::Done, vec![Note::new("notes.business_plan")])
        }
        (Some(PlanAnswer::Unknown), _) => {
            (Status::InProgress, vec![Note::new("notes.find_out_plan")])
        }
        (Some(_), None | Some(ClientDataAnswer::Unknown)) => (
            Status::InProgress,
            vec![Note::new("notes.answer_client_data")],
        ),
    }
}

fn rule_02(f: &Facts) -> (Status, Vec<Note>) {
    if f.anonymizer_uses_90d > 0 {
        (
            Status::Done,
            vec![Note::with(
                "notes.anonymizer_used",
                vec![("count", f.anonymizer_uses_90d.to_string())],
            )],
        )
    } else {
        (
            Status::NotStarted,
            vec![Note::new("notes.anonymizer_unused")],
        )
    }
}

fn rule_03(f: &Facts) -> (Status, Vec<Note>) {
    let r = &f.register;
    if r.twofa_accounts > 0 {
        let acc = &f.accounts;
        let veilig_ok = acc.logins > 0 && acc.logins_with_totp == acc.logins && acc.require_2fa;
        let off = r.twofa_accounts - r.twofa_on.min(r.twofa_accounts);
        let mut notes = vec![Note::with(
            "notes.twofa_register",
            vec![
                ("on", r.twofa_on.to_string()),
                ("total", r.twofa_accounts.to_string()),
            ],
        )];
        if r.twofa_overdue > 0 {
            notes.push(Note::with(
                "notes.twofa_overdue",
                vec![("count", r.twofa_overdue.to_string())],
            ));
        }
        if !veilig_ok {
            notes.push(Note::new("notes.require_2fa_off"));
        }
        let status = if off > 0 {
            Status::NeedsAttention
        } else if r.twofa_overdue > 0 || !veilig_ok {
            Status::InProgress
        } else {
            Status::Done
        };
        return (status, notes);
    }
    let acc = &f.accounts;
    let veilig_ok = acc.logins > 0 && acc.logins_with_totp == acc.logins;
    let mut notes = vec![];
    if !veilig_ok {
        notes.push(Note::with(
            "notes.veilig_2fa_count",
            vec![
                ("done", acc.logins_with_totp.to_string()),
                ("total", acc.logins.to_string()),
            ],
        ));
    }
    if !acc.require_2fa {
        notes.push(Note::new("notes.require_2fa_off"));
    }
    let status = match f.answers.twofa {
        None => {
            notes.insert(0, Note::new("notes.answer_twofa"));
            if acc.logins_with_totp > 0 {
                Status::InProgress
            } else {
                Status::NotStarted
            }
        }
        Some(TwofaAnswer::None) => {
            notes.insert(0, Note::new("notes.twofa_off"));
            Status::NeedsAttention
        }
        Some(TwofaAnswer::Some | TwofaAnswer::Unknown) => {
            notes.insert(0, Note::new("notes.twofa_partial"));
            Status::InProgress
        }
        Some(TwofaAnswer::All) => {
            if veilig_ok && acc.require_2fa {
                Status::Done
            } else {
                Status::InProgress
            }
        }
    };
    (status, notes)
}

fn rule_04(f: &Facts) -> (Status, Vec<Note>) {
    let r = &f.register;
    if r.dpa_needed > 0 {
        let missing = r.dpa_needed - r.dpa_signed.min(r.dpa_needed);
        return if missing > 0 {
            (
                Status::NeedsAttention,
                vec![Note::with(
                    "notes.dpa_register_missing",
                    vec![("count", missing.to_string())],
                )],
            )
        } else {
            (
                Status::Done,
                vec![Note::with(
                    "notes.dpa_register_ok",
                    vec![("count", r.dpa_signed.to_string())],
                )],
            )
        };
    }
    match (f.answers.dpa, f.answers.plan) {
        (_, Some(PlanAnswer::None)) => (Status::Done, vec![Note::new("notes.no_ai_in_use")]),
        (None, _) => (Status::NotStarted, vec![Note::new("notes.answer_dpa")]),
        (Some(DpaAnswer::Signed), _) => (Status::Done, vec![Note::new("notes.dpa_signed")]),
        (Some(DpaAnswer::Missing), _) => {
            (Status::NeedsAttention, vec![Note::new("notes.dpa_missing")])
        }
        (Some(DpaAnswer::Unknown), _) => (Status::InProgress, vec![Note::new("notes.dpa_unknown")]),
    }
}

fn rule_05(f: &Facts) -> (Status, Vec<Note>) {
    let r = &f.register;
    if r.usage_rows > 0 {
        return if r.usage_critical > 0 {
            (
                Status::NeedsAttention,
                vec![Note::with(
                    "notes.register_critical",
                    vec![("count", r.usage_critical.to_string())],
                )],
            )
        } else if r.usage_warnings > 0 {
            (
                Status::InProgress,
                vec![Note::with(
                    "notes.register_warnings",
                    vec![("count", r.usage_warnings.to_string())],
                )],
            )
        } else {
            (
                Status::Done,
                vec![Note::with(
                    "notes.register_fits",
                    vec![("count", r.usage_rows.to_string())],
                )],
            )
        };
    }
    // The per-person table of tools and plans is the register; until it holds rows, the answer
    // to the plan question only tells where to start.
    match f.answers.plan {
        None => (Status::NotStarted, vec![Note::new("notes.answer_plan")]),
        Some(PlanAnswer::None) => (Status::Done, vec![Note::new("notes.no_ai_in_use")]),
        Some(_) => (Status::InProgress, vec![Note::new("notes.register_empty")]),
    }
}

fn rule_06(f: &Facts) -> (Status, Vec<Note>) {
    let r = &f.register;
    if r.privacy_checks_overdue > 0 {
        return (
            Status::NeedsAttention,
            vec![Note::with(
                "notes.checks_overdue",
                vec![("count", r.privacy_checks_overdue.to_string())],
            )],
        );
    }
    if r.privacy_checks_done_quarter > 0 {
        return (
            Status::Done,
            vec![Note::with(
                "notes.checks_done",
                vec![("count", r.privacy_checks_done_quarter.to_string())],
            )],
        );
    }
    if r.privacy_checks_open > 0 {
        return (
            Status::InProgress,
            vec![Note::with(
                "notes.checks_open",
                vec![("count", r.privacy_checks_open.to_string())],
            )],
        );
    }
    (
        Status::NotStarted,
        vec![Note::new("notes.no_quarterly_check")],
    )
}

fn rule_08(f: &Facts) -> (Status, Vec<Note>) {
    let g = &f.gateway;
    if g.active_keys == 0 {
        return (Status::NotStarted, vec![Note::new("notes.no_keys")]);
    }
    if g.keys_above_advice > 0 {
        return (
            Status::InProgress,
            vec![Note::with(
                "notes.keys_above_advice",
                vec![
                    ("count", g.keys_above_advice.to_string()),
                    ("limit", ADVISED_MONTHLY_LIMIT_EUR.to_string()),
                ],
            )],
        );
    }
    (
        Status::Done,
        vec![Note::with(
            "notes.keys_limited",
            vec![("count", g.active_keys.to_string())],
        )],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(f: &Facts, n: u8) -> Status {
        assess(f)[usize::from(n) - 1].status
    }

    fn answered(plan: &str, client: &str, dpa: &str, twofa: &str) -> Answers {
        Answers::from_pairs([
            ("ai_plan", plan),
            ("client_data", client),
            ("dpa", dpa),
            ("twofa", twofa),
        ])
    }

    #[test]
    fn a_new_organisation_has_no_green_rule() {
        let a = assess(&Facts::default());
        assert_eq!(a.len(), 12);
        assert!(a.iter().all(|x| x.status != Status::Done), "{a:?}");
        assert!(a.iter().all(|x| !x.notes.is_empty()));
        assert_eq!(
            a.iter().map(|x| x.rule.number).collect::<Vec<_>>(),
            (1..=12).collect::<Vec<_>>()
        );
    }

    #[test]
    fn client_data_on_a_free_plan_needs_attention() {
        let f = Facts {
            answers: answered("free_plus", "yes", "missing", "none"),
            ..Facts::default()
        };
        assert_eq!(status(&f, 1), Status::NeedsAttention);
        assert_eq!(status(&f, 4), Status::NeedsAttention);
        assert_eq!(status(&f, 3), Status::NeedsAttention);
    }

    #[test]
    fn business_plan_and_signed_dpa_are_done() {
        let f = Facts {
            answers: answered("team_enterprise", "yes", "signed", "all"),
            ..Facts::default()
        };
        assert_eq!(status(&f, 1), Status::Done);
        assert_eq!(status(&f, 4), Status::Done);
        assert_eq!(status(&f, 5), Status::InProgress);
    }

    #[test]
    fn rule_03_is_done_only_when_veilig_itself_enforces_2fa() {
        let mut f = Facts {
            answers: answered("team_enterprise", "yes", "signed", "all"),
            accounts: AccountFacts {
                logins: 3,
                logins_with_totp: 2,
                require_2fa: true,
            },
            ..Facts::default()
        };
        assert_eq!(status(&f, 3), Status::InProgress);
        f.accounts.logins_with_totp = 3;
        assert_eq!(status(&f, 3), Status::Done);
        f.accounts.require_2fa = false;
        assert_eq!(status(&f, 3), Status::InProgress);
    }

    #[test]
    fn anonymizer_use_turns_rule_02_done() {
        let mut f = Facts::default();
        assert_eq!(status(&f, 2), Status::NotStarted);
        f.anonymizer_uses_90d = 4;
        assert_eq!(status(&f, 2), Status::Done);
    }

    #[test]
    fn the_register_overrides_the_onboarding_answers() {
        let mut f = Facts {
            answers: answered("team_enterprise", "yes", "signed", "all"),
            ..Facts::default()
        };
        f.register.usage_rows = 4;
        f.register.usage_critical = 1;
        assert_eq!(status(&f, 1), Status::NeedsAttention);
        assert_eq!(status(&f, 5), Status::NeedsAttention);
        f.register.usage_critical = 0;
        f.register.usage_warnings = 2;
        assert_eq!(status(&f, 1), Status::Done);
        assert_eq!(status(&f, 5), Status::InProgress);
        f.register.dpa_needed = 3;
        f.register.dpa_signed = 2;
        assert_eq!(status(&f, 4), Status::NeedsAttention);
        f.register.dpa_signed = 3;
        assert_eq!(status(&f, 4), Status::Done);
    }

    #[test]
    fn rule_06_follows_the_quarterly_checks() {
        let mut f = Facts::default();
        assert_eq!(status(&f, 6), Status::NotStarted);
        f.register.privacy_checks_open = 2;
        assert_eq!(status(&f, 6), Status::InProgress);
        f.register.privacy_checks_done_quarter = 1;
        assert_eq!(status(&f, 6), Status::Done);
        f.register.privacy_checks_overdue = 1;
        assert_eq!(status(&f, 6), Status::NeedsAttention);
    }

    #[test]
    fn twofa_checklist_needs_every_account_on_and_fresh() {
        let mut f = Facts {
            accounts: AccountFacts {
                logins: 1,
                logins_with_totp: 1,
                require_2fa: true,
            },
            ..Facts::default()
        };
        f.register.twofa_accounts = 3;
        f.register.twofa_on = 2;
        assert_eq!(status(&f, 3), Status::NeedsAttention);
        f.register.twofa_on = 3;
        f.register.twofa_overdue = 1;
        assert_eq!(status(&f, 3), Status::InProgress);
        f.register.twofa_overdue = 0;
        assert_eq!(status(&f, 3), Status::Done);
    }

    #[test]
    fn keys_exist_for_every_rule() {
        for r in RULES {
            for part in ["title", "action", "why"] {
                for lang in crate::Lang::ALL {
                    assert!(
                        crate::i18n::has(lang, &r.key(part)),
                        "{} {}",
                        r.key(part),
                        lang.code()
                    );
                }
            }
        }
        for a in assess(&Facts::default()) {
            for n in a.notes {
                assert!(crate::i18n::has(crate::Lang::En, n.key), "{}", n.key);
            }
        }
    }

    #[test]
    fn rule_08_follows_the_gateway_keys() {
        let status = |active, above| {
            let f = Facts {
                gateway: GatewayFacts {
                    active_keys: active,
                    keys_above_advice: above,
                },
                ..Facts::default()
            };
            assess(&f)[7].status
        };
        assert_eq!(status(0, 0), Status::NotStarted);
        assert_eq!(status(2, 1), Status::InProgress);
        assert_eq!(status(2, 0), Status::Done);
    }
}
