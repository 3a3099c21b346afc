//! The roll-out plan of the guide: the first three rules in the first week, then a few rules each
//! month, all twelve within a quarter, dated from the day the organisation was set up.

use crate::rules::{Assessment, Status};
use time::{Date, Duration};

/// One step of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Catalog key of the step's name (`plan.step1`...).
    pub key: &'static str,
    pub rules: [u8; 3],
    /// Days after setup by which the step should be done.
    pub due_after_days: i64,
}

/// The guide's order: start with 1–3, then a few each month, done within a quarter.
pub const STEPS: [Step; 4] = [
    Step {
        key: "plan.step1",
        rules: [1, 2, 3],
        due_after_days: 7,
    },
    Step {
        key: "plan.step2",
        rules: [4, 5, 6],
        due_after_days: 30,
    },
    Step {
        key: "plan.step3",
        rules: [7, 8, 9],
        due_after_days: 60,
    },
    Step {
        key: "plan.step4",
        rules: [10, 11, 12],
        due_after_days: 90,
    },
];

/// The step a rule belongs to.
pub fn step_of(rule: u8) -> &'static Step {
    STEPS
        .iter()
        .find(|s| s.rules.contains(&rule))
        .unwrap_or(&STEPS[STEPS.len() - 1])
}

/// The date by which a rule should be done.
pub fn due_date(setup: Date, rule: u8) -> Date {
    setup.saturating_add(Duration::days(step_of(rule).due_after_days))
}

/// A step of the plan as the dashboard shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepView {
    pub step: Step,
    pub due: Date,
    pub done: usize,
    pub overdue: bool,
    pub current: bool,
}

/// The plan for one organisation on `today`.
pub fn view(setup: Date, today: Date, assessments: &[Assessment]) -> Vec<StepView> {
    let done = |n: u8| {
        assessments
            .iter()
            .any(|a| a.rule.number == n && a.status == Status::Done)
    };
    let mut current_set = false;
    STEPS
        .iter()
        .map(|s| {
            let due = setup.saturating_add(Duration::days(s.due_after_days));
            let done_count = s.rules.iter().filter(|&&n| done(n)).count();
            let complete = done_count == s.rules.len();
            let current = !complete && !current_set;
            if current {
                current_set = true;
            }
            StepView {
                step: *s,
                due,
                done: done_count,
                overdue: !complete && today > due,
                current,
            }
        })
        .collect()
}

/// What to do next: up to `n` rules that are not done, rules needing attention first, then in the
/// plan's order.
pub fn next_rules(assessments: &[Assessment], n: usize) -> Vec<u8> {
    let mut open: Vec<&Assessment> = assessments
        .iter()
        .filter(|a| a.status != Status::Done)
        .collect();
    open.sort_by_key(|a| (a.status != Status::NeedsAttention, a.rule.number));
    open.into_iter().take(n).map(|a| a.rule.number).collect()
}

/// Share of rules done, in percent (0–100).
pub fn progress_percent(assessments: &[Assessment]) -> u32 {
    if assessments.is_empty() {
        return 0;
    }
    let done = assessments
        .iter()
        .filter(|a| a.status == Status::Done)
        .count();
    (done * 100 / assessments.len()) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::onboarding::Answers;
    use crate::rules::{assess, Facts};
    use time::macros::date;

    #[test]
    fn plan_covers_every_rule_once_within_a_quarter() {
        let mut all: Vec<u8> = STEPS.iter().flat_map(|s| s.rules).collect();
        all.sort_unstable();
        assert_eq!(all, (1..=12).collect::<Vec<_>>());
        let setup = date!(2026 - 11 - 02);
        assert_eq!(due_date(setup, 1), date!(2026 - 11 - 09));
        assert_eq!(due_date(setup, 12), date!(2027 - 01 - 31));
        assert!(STEPS.iter().all(|s| s.due_after_days <= 92));
    }

    #[test]
    fn overdue_and_current_steps_follow_the_data() {
        let setup = date!(2026 - 11 - 02);
        let a = assess(&Facts::default());
        let v = view(setup, date!(2026 - 11 - 20), &a);
        assert!(v[0].current && v[0].overdue);
        assert!(!v[1].overdue && !v[1].current);
        let v = view(setup, date!(2026 - 11 - 03), &a);
        assert!(!v[0].overdue);
    }

    #[test]
    fn next_rules_put_attention_first_then_plan_order() {
        let f = Facts {
            answers: Answers::from_pairs([("dpa", "missing")]),
            ..Facts::default()
        };
        let a = assess(&f);
        assert_eq!(next_rules(&a, 3), vec![4, 1, 2]);
        assert_eq!(progress_percent(&a), 0);
    }
}
