//! The three starting questions of the guide (plan, DPA, 2FA), stored as data.

/// Which AI plan the organisation uses today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanAnswer {
    /// No AI tools in use.
    None,
    /// Free or Plus (consumer) plans.
    FreeOrPlus,
    /// Some people on business plans, some on consumer plans.
    Mixed,
    /// Team, Business or Enterprise plans only.
    TeamOrEnterprise,
    Unknown,
}

/// Whether client data goes into the AI tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientDataAnswer {
    Yes,
    No,
    Unknown,
}

/// Whether a DPA (verwerkersovereenkomst) is signed with the AI vendor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DpaAnswer {
    Signed,
    Missing,
    Unknown,
}

/// Whether 2FA is on for the AI accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TwofaAnswer {
    All,
    Some,
    None,
    Unknown,
}

/// A question of the onboarding flow with its stored key and allowed answers.
pub struct Question {
    pub key: &'static str,
    pub options: &'static [&'static str],
}

/// The onboarding questions in the order they are asked.
pub const QUESTIONS: [Question; 4] = [
    Question {
        key: "ai_plan",
        options: &["free_plus", "mixed", "team_enterprise", "none", "unknown"],
    },
    Question {
        key: "client_data",
        options: &["yes", "no", "unknown"],
    },
    Question {
        key: "dpa",
        options: &["signed", "missing", "unknown"],
    },
    Question {
        key: "twofa",
        options: &["all", "some", "none", "unknown"],
    },
];

/// Returns whether `answer` is one of the allowed options of `question`.
pub fn is_valid(question: &str, answer: &str) -> bool {
    QUESTIONS
        .iter()
        .any(|q| q.key == question && q.options.contains(&answer))
}

/// The stored answers of one organisation; `None` means not answered yet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    pub plan: Option<PlanAnswer>,
    pub client_data: Option<ClientDataAnswer>,
    pub dpa: Option<DpaAnswer>,
    pub twofa: Option<TwofaAnswer>,
}

impl Answers {
    /// Builds the answers from stored `(question, answer)` pairs; unknown pairs are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Answers {
        let mut a = Answers::default();
        for (q, v) in pairs {
            match q {
                "ai_plan" => {
                    a.plan = match v {
                        "none" => Some(PlanAnswer::None),
                        "free_plus" => Some(PlanAnswer::FreeOrPlus),
                        "mixed" => Some(PlanAnswer::Mixed),
                        "team_enterprise" => Some(PlanAnswer::TeamOrEnterprise),
                        "unknown" => Some(PlanAnswer::Unknown),
                        _ => None,
                    }
                }
                "client_data" => {
                    a.client_data = match v {
                        "yes" => Some(ClientDataAnswer::Yes),
                        "no" => Some(ClientDataAnswer::No),
                        "unknown" => Some(ClientDataAnswer::Unknown),
                        _ => None,
                    }
                }
                "dpa" => {
                    a.dpa = match v {
                        "signed" => Some(DpaAnswer::Signed),
                        "missing" => Some(DpaAnswer::Missing),
                        "unknown" => Some(DpaAnswer::Unknown),
                        _ => None,
                    }
                }
                "twofa" => {
                    a.twofa = match v {
                        "all" => Some(TwofaAnswer::All),
                        "some" => Some(TwofaAnswer::Some),
                        "none" => Some(TwofaAnswer::None),
                        "unknown" => Some(TwofaAnswer::Unknown),
                        _ => None,
                    }
                }
                _ => {}
            }
        }
        a
    }

    /// All questions answered.
    pub fn complete(&self) -> bool {
        self.plan.is_some()
            && self.client_data.is_some()
            && self.dpa.is_some()
            && self.twofa.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_parse_from_stored_pairs_and_ignore_junk() {
        let a = Answers::from_pairs([
            ("ai_plan", "free_plus"),
            ("client_data", "yes"),
            ("dpa", "bogus"),
            ("other", "x"),
        ]);
        assert_eq!(a.plan, Some(PlanAnswer::FreeOrPlus));
        assert_eq!(a.client_data, Some(ClientDataAnswer::Yes));
        assert_eq!(a.dpa, None);
        assert!(!a.complete());
    }

    #[test]
    fn validity_follows_the_question_options() {
        assert!(is_valid("twofa", "some"));
        assert!(!is_valid("twofa", "maybe"));
        assert!(!is_valid("nope", "all"));
    }
}
