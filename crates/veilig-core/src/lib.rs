//! veilig-core owns the domain of veilig without any I/O: the twelve rules of the guide and how
//! their status follows from an organisation's data ([`rules`]), the roll-out plan over the first
//! quarter ([`plan`]), the onboarding questions ([`onboarding`]), roles ([`roles`]) and the
//! translation catalog every user-facing sentence goes through ([`i18n`]).
//!
//! Everything here is plain data in, plain data out, so it is unit tested without a database.

pub mod amsterdam;
pub mod i18n;
pub mod onboarding;
pub mod plan;
pub mod roles;
pub mod rules;

pub use i18n::{t, tf, Lang};
