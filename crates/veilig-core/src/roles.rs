//! Roles inside an organisation and what each may do.

/// A user's role in one organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// An employee: uses the anonymizer and the gateway, sees the dashboard.
    Member,
    /// Manages the team, keys and registers.
    Admin,
    /// An IT provider managing this client organisation: admin rights plus the audit log.
    Provider,
    /// The business owner: everything, including organisation settings and the audit log.
    Owner,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Admin => "admin",
            Role::Provider => "provider",
            Role::Owner => "owner",
        }
    }

    pub fn from_code(s: &str) -> Option<Role> {
        match s {
            "member" => Some(Role::Member),
            "admin" => Some(Role::Admin),
            "provider" => Some(Role::Provider),
            "owner" => Some(Role::Owner),
            _ => None,
        }
    }

    /// May manage people, keys and registers.
    pub fn can_manage(self) -> bool {
        self >= Role::Admin
    }

    /// May change organisation settings and read the audit log.
    pub fn is_owner_like(self) -> bool {
        matches!(self, Role::Owner | Role::Provider)
    }

    /// Roles an organisation's own team can be given in the team page.
    pub const TEAM: [Role; 3] = [Role::Member, Role::Admin, Role::Owner];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rights_grow_with_the_role() {
        assert!(!Role::Member.can_manage());
        assert!(Role::Admin.can_manage());
        assert!(!Role::Admin.is_owner_like());
        assert!(Role::Owner.is_owner_like() && Role::Provider.is_owner_like());
        for r in [Role::Member, Role::Admin, Role::Provider, Role::Owner] {
            assert_eq!(Role::from_code(r.code()), Some(r));
        }
        assert_eq!(Role::from_code("root"), None);
    }
}
