//! Rows as the rest of veilig sees them.

use veilig_core::roles::Role;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Org {
    pub id: String,
    pub name: String,
    pub sector: String,
    pub require_2fa: bool,
    pub created_at: i64,
    /// The anonymizer masks BSNs instead of refusing the text.
    pub anonymizer_mask_bsn: bool,
    /// The anonymizer masks KvK and BTW numbers too (by default they are kept: they are public
    /// business register numbers, not personal data).
    pub anonymizer_mask_business_ids: bool,
    /// Changes whenever the organisation's anonymizer terms change.
    pub terms_version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: String,
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub lang: String,
    pub is_provider: bool,
    /// Installation administrator: manages installation-wide settings (the mail server).
    pub is_admin: bool,
    pub totp_secret: Option<String>,
    pub totp_enabled: bool,
    pub totp_last_step: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: String,
    pub org_id: String,
    pub name: String,
    pub email: String,
    pub department: String,
    pub role: Role,
    pub user_id: Option<String>,
    pub has_totp: bool,
}

/// Fields of a person as entered in the team page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonInput {
    pub name: String,
    pub email: String,
    pub department: String,
    pub role: Role,
}

/// Stage of a browser session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Not logged in (carries the CSRF token of the login and setup forms).
    Anonymous,
    /// Password checked, TOTP code still needed.
    NeedsTotp,
    /// Fully logged in.
    Active,
}

impl Stage {
    pub fn code(self) -> &'static str {
        match self {
            Stage::Anonymous => "anonymous",
            Stage::NeedsTotp => "totp",
            Stage::Active => "active",
        }
    }
    pub fn from_code(s: &str) -> Stage {
        match s {
            "totp" => Stage::NeedsTotp,
            "active" => Stage::Active,
            _ => Stage::Anonymous,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub token_hash: String,
    pub user_id: Option<String>,
    pub org_id: Option<String>,
    pub csrf: String,
    pub stage: Stage,
    pub lang: Option<String>,
    pub expires_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// An organisation's own anonymizer term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub id: String,
    pub term: String,
    /// `client`, `employee`, `project`, `company` (always masked) or `allow` (never masked).
    pub kind: String,
}

/// Kinds a term can have.
pub const TERM_KINDS: [&str; 5] = ["client", "employee", "project", "company", "allow"];
