//! The [`Store`]: a connection pool plus every query veilig runs, portable between SQLite and
//! PostgreSQL (`$n` parameters, BIGINT times and flags, text ids).

use crate::model::*;
use crate::{Result, StoreError};
use sha2::{Digest, Sha256};
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Executor, Row};
use std::path::Path;
use std::time::Duration;
use veilig_core::roles::Role;

/// Which database the store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The store. Cheap to clone (a pool handle).
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

/// Current time in unix seconds.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// SHA-256 of a secret token, hex encoded: tokens are stored only as hashes.
pub fn hash_token(token: &str) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(token.as_bytes()))
}

pub(crate) fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

fn flag(b: bool) -> i64 {
    i64::from(b)
}

fn role_of(s: &str) -> Role {
    Role::from_code(s).unwrap_or(Role::Member)
}

fn org_from(r: &AnyRow) -> Result<Org> {
    Ok(Org {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        sector: r.try_get("sector")?,
        require_2fa: r.try_get::<i64, _>("require_2fa")? != 0,
        created_at: r.try_get("created_at")?,
        anonymizer_mask_bsn: r.try_get::<i64, _>("anonymizer_mask_bsn")? != 0,
        anonymizer_mask_business_ids: r.try_get::<i64, _>("anonymizer_mask_business_ids")? != 0,
        terms_version: r.try_get("terms_version")?,
    })
}

fn user_from(r: &AnyRow) -> Result<User> {
    Ok(User {
        id: r.try_get("id")?,
        email: r.try_get("email")?,
        name: r.try_get("name")?,
        password_hash: r.try_get("password_hash")?,
        lang: r.try_get("lang")?,
        is_provider: r.try_get::<i64, _>("is_provider")? != 0,
        is_admin: r.try_get::<i64, _>("is_admin")? != 0,
        totp_secret: r.try_get("totp_secret")?,
        totp_enabled: r.try_get::<i64, _>("totp_enabled")? != 0,
        totp_last_step: r.try_get("totp_last_step")?,
    })
}

fn person_from(r: &AnyRow) -> Result<Person> {
    Ok(Person {
        id: r.try_get("id")?,
        org_id: r.try_get("org_id")?,
        name: r.try_get("name")?,
        email: r.try_get("email")?,
        department: r.try_get("department")?,
        role: role_of(&r.try_get::<String, _>("role")?),
        user_id: r.try_get("user_id")?,
        has_totp: r.try_get::<i64, _>("has_totp")? != 0,
    })
}

pub(crate) fn is_unique_violation(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(d) => {
            d.is_unique_violation() || d.message().contains("UNIQUE constraint failed")
        }
        _ => false,
    }
}

const USER_COLS: &str =
    "id, email, name, password_hash, lang, is_provider, is_admin, totp_secret, totp_enabled, totp_last_step";
const PERSON_SELECT: &str =
    "SELECT p.id, p.org_id, p.name, p.email, p.department, p.role, p.user_id, \
     COALESCE(u.totp_enabled, 0) AS has_totp FROM people p LEFT JOIN users u ON u.id = p.user_id";

impl Store {
    /// Opens (creating if needed) the SQLite database in `dir/veilig.sqlite3`.
    pub async fn open_data_dir(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::DataDir {
            path: dir.display().to_string(),
            source,
        })?;
        let file = dir.join("veilig.sqlite3");
        Store::connect(&format!("sqlite://{}?mode=rwc", file.display())).await
    }

    /// Connects to `sqlite://…` or `postgres://…` and applies the migrations.
    pub async fn connect(url: &str) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl(url.to_string()));
        };
        let opts = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .acquire_timeout(Duration::from_secs(10));
        let opts = if backend == Backend::Sqlite {
            opts.after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL")
                        .await?;
                    Ok(())
                })
            })
        } else {
            opts
        };
        let pool = opts.connect(url).await?;
        if backend == Backend::Sqlite {
            pool.execute("PRAGMA journal_mode = WAL").await?;
        }
        let store = Store { pool, backend };
        let mut conn = store.pool.acquire().await?;
        crate::migrate::run(&mut conn, backend).await?;
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Closes the pool (waits for connections to be returned).
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Writes a consistent copy of the SQLite database to `target` while the server runs.
    pub async fn backup_to(&self, target: &Path) -> Result<()> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError::BackupNeedsSqlite);
        }
        if target.exists() {
            return Err(StoreError::BackupExists(target.display().to_string()));
        }
        let path = target.display().to_string().replace('\'', "''");
        sqlx::query(&format!("VACUUM INTO '{path}'"))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    // ---- organisations -------------------------------------------------------------------

    /// Number of users: zero means the first-run setup page is open.
    pub async fn user_count(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(&self.pool)
            .await?)
    }

    /// Creates an organisation with its owner in one transaction. Returns (org, user).
    /// `user_count_must_be_zero` makes the first-run setup safe against a double submit.
    pub async fn create_org_with_owner(
        &self,
        org_name: &str,
        owner_name: &str,
        email: &str,
        password_hash: &str,
        first_run: bool,
    ) -> Result<(Org, User)> {
        let email = email.trim().to_lowercase();
        let t = now();
        let org_id = new_id();
        let user_id = new_id();
        let mut tx = self.pool.begin().await?;
        let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(&mut *tx)
            .await?;
        if first_run && users > 0 {
            return Err(StoreError::Conflict("setup"));
        }
        // The first user of an installation administers it.
        let is_admin = i64::from(users == 0);
        sqlx::query("INSERT INTO organisations (id, name, sector, require_2fa, created_at) VALUES ($1, $2, 'general', 0, $3)")
            .bind(&org_id).bind(org_name.trim()).bind(t)
            .execute(&mut *tx).await?;
        let inserted = sqlx::query(
            "INSERT INTO users (id, email, name, password_hash, lang, is_provider, is_admin, totp_enabled, totp_last_step, created_at) VALUES ($1, $2, $3, $4, 'nl', 0, $6, 0, 0, $5)",
        )
        .bind(&user_id).bind(&email).bind(owner_name.trim()).bind(password_hash).bind(t).bind(is_admin)
        .execute(&mut *tx)
        .await;
        if let Err(e) = inserted {
            return Err(if is_unique_violation(&e) {
                StoreError::Conflict("user")
            } else {
                e.into()
            });
        }
        sqlx::query("INSERT INTO memberships (user_id, org_id, role, created_at) VALUES ($1, $2, 'owner', $3)")
            .bind(&user_id).bind(&org_id).bind(t)
            .execute(&mut *tx).await?;
        sqlx::query("INSERT INTO people (id, org_id, name, email, department, role, user_id, created_at, updated_at) VALUES ($1, $2, $3, $4, '', 'owner', $5, $6, $6)")
            .bind(new_id()).bind(&org_id).bind(owner_name.trim()).bind(&email).bind(&user_id).bind(t)
            .execute(&mut *tx).await?;
        audit_tx(
            &mut tx,
            &org_id,
            Some(&user_id),
            &email,
            "org.created",
            org_name.trim(),
        )
        .await?;
        tx.commit().await?;
        let org = self.org(&org_id).await?.ok_or(StoreError::NotFound)?;
        let user = self.user(&user_id).await?.ok_or(StoreError::NotFound)?;
        Ok((org, user))
    }

    /// Creates a client organisation managed by a provider user (who gets the provider role).
    pub async fn create_client_org(&self, name: &str, provider: &User) -> Result<Org> {
        let t = now();
        let org_id = new_id();
        let mut tx = self.pool.begin().await?;
        sqlx::query("INSERT INTO organisations (id, name, sector, require_2fa, created_at) VALUES ($1, $2, 'general', 0, $3)")
            .bind(&org_id).bind(name.trim()).bind(t)
            .execute(&mut *tx).await?;
        sqlx::query("INSERT INTO memberships (user_id, org_id, role, created_at) VALUES ($1, $2, 'provider', $3)")
            .bind(&provider.id).bind(&org_id).bind(t)
            .execute(&mut *tx).await?;
        sqlx::query("UPDATE users SET is_provider = 1 WHERE id = $1")
            .bind(&provider.id)
            .execute(&mut *tx)
            .await?;
        audit_tx(
            &mut tx,
            &org_id,
            Some(&provider.id),
            &provider.email,
            "org.created",
            name.trim(),
        )
        .await?;
        tx.commit().await?;
        self.org(&org_id).await?.ok_or(StoreError::NotFound)
    }

    pub async fn org(&self, id: &str) -> Result<Option<Org>> {
        let row = sqlx::query(
            "SELECT id, name, sector, require_2fa, created_at, anonymizer_mask_bsn, anonymizer_mask_business_ids, terms_version FROM organisations WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(org_from).transpose()
    }

    pub async fn all_orgs(&self) -> Result<Vec<Org>> {
        let rows = sqlx::query(
            "SELECT id, name, sector, require_2fa, created_at, anonymizer_mask_bsn, anonymizer_mask_business_ids, terms_version FROM organisations ORDER BY name, id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(org_from).collect()
    }

    /// The organisations a user belongs to, with the user's role in each.
    pub async fn orgs_of_user(&self, user_id: &str) -> Result<Vec<(Org, Role)>> {
        let rows = sqlx::query(
            "SELECT o.id, o.name, o.sector, o.require_2fa, o.created_at, o.anonymizer_mask_bsn, o.anonymizer_mask_business_ids, o.terms_version, m.role FROM organisations o \
             JOIN memberships m ON m.org_id = o.id WHERE m.user_id = $1 ORDER BY o.name, o.id",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok((org_from(r)?, role_of(&r.try_get::<String, _>("role")?))))
            .collect()
    }

    /// The user's role in an organisation, or `None` without membership.
    pub async fn role_in(&self, user_id: &str, org_id: &str) -> Result<Option<Role>> {
        let r: Option<String> =
            sqlx::query_scalar("SELECT role FROM memberships WHERE user_id = $1 AND org_id = $2")
                .bind(user_id)
                .bind(org_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(r.map(|s| role_of(&s)))
    }

    pub async fn update_org_settings(
        &self,
        org_id: &str,
        name: &str,
        sector: &str,
        require_2fa: bool,
    ) -> Result<()> {
        sqlx::query(
            "UPDATE organisations SET name = $1, sector = $2, require_2fa = $3 WHERE id = $4",
        )
        .bind(name.trim())
        .bind(sector)
        .bind(flag(require_2fa))
        .bind(org_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Anonymizer terms of an organisation.
    pub async fn terms(&self, org_id: &str) -> Result<Vec<Term>> {
        let rows = sqlx::query(
            "SELECT id, term, kind FROM org_terms WHERE org_id = $1 ORDER BY kind, term",
        )
        .bind(org_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Term {
                    id: r.try_get("id")?,
                    term: r.try_get("term")?,
                    kind: r.try_get("kind")?,
                })
            })
            .collect()
    }

    pub async fn add_term(
        &self,
        org_id: &str,
        term: &str,
        kind: &str,
        actor: &Actor<'_>,
    ) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        let r = sqlx::query("INSERT INTO org_terms (id, org_id, term, kind, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(new_id()).bind(org_id).bind(term.trim()).bind(kind).bind(now())
            .execute(&mut *tx).await;
        if let Err(e) = r {
            return Err(if is_unique_violation(&e) {
                StoreError::Conflict("term")
            } else {
                e.into()
            });
        }
        sqlx::query("UPDATE organisations SET terms_version = terms_version + 1 WHERE id = $1")
            .bind(org_id)
            .execute(&mut *tx)
            .await?;
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "term.added",
            &format!("{kind}: {}", term.trim()),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn remove_term(&self, org_id: &str, id: &str, actor: &Actor<'_>) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        let term: Option<String> =
            sqlx::query_scalar("SELECT term FROM org_terms WHERE org_id = $1 AND id = $2")
                .bind(org_id)
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(term) = term else {
            return Err(StoreError::NotFound);
        };
        sqlx::query("DELETE FROM org_terms WHERE org_id = $1 AND id = $2")
            .bind(org_id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE organisations SET terms_version = terms_version + 1 WHERE id = $1")
            .bind(org_id)
            .execute(&mut *tx)
            .await?;
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "term.removed",
            &term,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The organisation's anonymizer policy: mask BSNs (instead of refusing the text) and mask
    /// KvK and BTW numbers (instead of keeping them). A change renews `terms_version`, so cached
    /// engines are rebuilt, and is audited with the settings that changed; saving unchanged
    /// settings writes nothing.
    pub async fn set_anonymizer_masking(
        &self,
        org_id: &str,
        mask_bsn: bool,
        mask_business_ids: bool,
        actor: &Actor<'_>,
    ) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "SELECT anonymizer_mask_bsn, anonymizer_mask_business_ids FROM organisations WHERE id = $1",
        )
        .bind(org_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let was_bsn = row.try_get::<i64, _>("anonymizer_mask_bsn")? != 0;
        let was_business = row.try_get::<i64, _>("anonymizer_mask_business_ids")? != 0;
        let mut changed = Vec::new();
        if was_bsn != mask_bsn {
            changed.push(format!("anonymizer_mask_bsn={mask_bsn}"));
        }
        if was_business != mask_business_ids {
            changed.push(format!("anonymizer_mask_business_ids={mask_business_ids}"));
        }
        if changed.is_empty() {
            return Ok(());
        }
        sqlx::query(
            "UPDATE organisations SET anonymizer_mask_bsn = $1, anonymizer_mask_business_ids = $2, \
             terms_version = terms_version + 1 WHERE id = $3",
        )
        .bind(flag(mask_bsn))
        .bind(flag(mask_business_ids))
        .bind(org_id)
        .execute(&mut *tx)
        .await?;
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "org.settings",
            &changed.join(", "),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    // ---- users ---------------------------------------------------------------------------

    pub async fn user(&self, id: &str) -> Result<Option<User>> {
        let row = sqlx::query(&format!("SELECT {USER_COLS} FROM users WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(user_from).transpose()
    }

    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>> {
        let row = sqlx::query(&format!("SELECT {USER_COLS} FROM users WHERE email = $1"))
            .bind(email.trim().to_lowercase())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(user_from).transpose()
    }

    pub async fn set_user_lang(&self, user_id: &str, lang: &str) -> Result<()> {
        sqlx::query("UPDATE users SET lang = $1 WHERE id = $2")
            .bind(lang)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn set_password_hash(&self, user_id: &str, hash: &str) -> Result<()> {
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Stores a TOTP secret that is not yet confirmed (enrolment in progress).
    pub async fn set_totp_secret(&self, user_id: &str, secret: &str) -> Result<()> {
        sqlx::query("UPDATE users SET totp_secret = $1, totp_enabled = 0 WHERE id = $2 AND totp_enabled = 0")
            .bind(secret)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Confirms TOTP and stores the recovery code hashes in one transaction.
    pub async fn enable_totp(
        &self,
        user_id: &str,
        step: i64,
        recovery_hashes: &[String],
    ) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE users SET totp_enabled = 1, totp_last_step = $1 WHERE id = $2")
            .bind(step)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        for h in recovery_hashes {
            sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                .bind(user_id)
                .bind(h)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn disable_totp(&self, user_id: &str) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE users SET totp_enabled = 0, totp_secret = NULL WHERE id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a used TOTP step; returns false when the step was already used (replay).
    pub async fn use_totp_step(&self, user_id: &str, step: i64) -> Result<bool> {
        let r = sqlx::query(
            "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND totp_last_step < $1",
        )
        .bind(step)
        .bind(user_id)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Uses a recovery code once; returns whether it was valid and unused.
    pub async fn use_recovery_code(&self, user_id: &str, code_hash: &str) -> Result<bool> {
        let r = sqlx::query("UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL")
            .bind(now())
            .bind(user_id)
            .bind(code_hash)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    pub async fn recovery_codes_left(&self, user_id: &str) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
        )
        .bind(user_id)
        .fetch_one(&self.pool)
        .await?)
    }

    // ---- people --------------------------------------------------------------------------

    pub async fn people(&self, org_id: &str) -> Result<Vec<Person>> {
        let rows = sqlx::query(&format!(
            "{PERSON_SELECT} WHERE p.org_id = $1 ORDER BY p.name, p.id"
        ))
        .bind(org_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(person_from).collect()
    }

    /// One person of `org_id`; a person id of another organisation is simply not found.
    pub async fn person(&self, org_id: &str, id: &str) -> Result<Option<Person>> {
        let row = sqlx::query(&format!(
            "{PERSON_SELECT} WHERE p.org_id = $1 AND p.id = $2"
        ))
        .bind(org_id)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(person_from).transpose()
    }

    /// Adds a person; with `login_password_hash` also a login (user + membership).
    pub async fn add_person(
        &self,
        org_id: &str,
        input: &PersonInput,
        login_password_hash: Option<&str>,
        actor: &Actor<'_>,
    ) -> Result<Person> {
        let email = input.email.trim().to_lowercase();
        let t = now();
        let id = new_id();
        let mut tx = self.pool.begin().await?;
        let mut user_id: Option<String> = None;
        if let Some(hash) = login_password_hash {
            let uid = new_id();
            let r = sqlx::query("INSERT INTO users (id, email, name, password_hash, lang, is_provider, totp_enabled, totp_last_step, created_at) VALUES ($1, $2, $3, $4, 'nl', 0, 0, 0, $5)")
                .bind(&uid).bind(&email).bind(input.name.trim()).bind(hash).bind(t)
                .execute(&mut *tx).await;
            if let Err(e) = r {
                return Err(if is_unique_violation(&e) {
                    StoreError::Conflict("user")
                } else {
                    e.into()
                });
            }
            sqlx::query("INSERT INTO memberships (user_id, org_id, role, created_at) VALUES ($1, $2, $3, $4)")
                .bind(&uid).bind(org_id).bind(input.role.code()).bind(t)
                .execute(&mut *tx).await?;
            user_id = Some(uid);
        }
        let r = sqlx::query("INSERT INTO people (id, org_id, name, email, department, role, user_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)")
            .bind(&id).bind(org_id).bind(input.name.trim()).bind(&email).bind(input.department.trim())
            .bind(input.role.code()).bind(user_id.clone()).bind(t)
            .execute(&mut *tx).await;
        if let Err(e) = r {
            return Err(if is_unique_violation(&e) {
                StoreError::Conflict("person")
            } else {
                e.into()
            });
        }
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "person.added",
            &format!("{} <{}>", input.name.trim(), email),
        )
        .await?;
        tx.commit().await?;
        self.person(org_id, &id).await?.ok_or(StoreError::NotFound)
    }

    /// Updates a person of `org_id` (and the role of their login in this organisation).
    pub async fn update_person(
        &self,
        org_id: &str,
        id: &str,
        input: &PersonInput,
        actor: &Actor<'_>,
    ) -> Result<Person> {
        let email = input.email.trim().to_lowercase();
        let mut tx = self.pool.begin().await?;
        let r = sqlx::query("UPDATE people SET name = $1, email = $2, department = $3, role = $4, updated_at = $5 WHERE org_id = $6 AND id = $7")
            .bind(input.name.trim()).bind(&email).bind(input.department.trim()).bind(input.role.code())
            .bind(now()).bind(org_id).bind(id)
            .execute(&mut *tx).await;
        match r {
            Err(e) if is_unique_violation(&e) => return Err(StoreError::Conflict("person")),
            Err(e) => return Err(e.into()),
            Ok(r) if r.rows_affected() == 0 => return Err(StoreError::NotFound),
            Ok(_) => {}
        }
        sqlx::query("UPDATE memberships SET role = $1 WHERE org_id = $2 AND role <> 'provider' AND user_id = (SELECT user_id FROM people WHERE org_id = $2 AND id = $3)")
            .bind(input.role.code()).bind(org_id).bind(id)
            .execute(&mut *tx).await?;
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "person.updated",
            &format!("{} <{}>, {}", input.name.trim(), email, input.role.code()),
        )
        .await?;
        tx.commit().await?;
        self.person(org_id, id).await?.ok_or(StoreError::NotFound)
    }

    /// Removes a person of `org_id` and their membership of this organisation.
    pub async fn remove_person(&self, org_id: &str, id: &str, actor: &Actor<'_>) -> Result<Person> {
        let person = self.person(org_id, id).await?.ok_or(StoreError::NotFound)?;
        let mut tx = self.pool.begin().await?;
        if let Some(uid) = &person.user_id {
            sqlx::query("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2")
                .bind(org_id)
                .bind(uid)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND org_id = $2")
                .bind(uid)
                .bind(org_id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("DELETE FROM people WHERE org_id = $1 AND id = $2")
            .bind(org_id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "person.removed",
            &format!("{} <{}>", person.name, person.email),
        )
        .await?;
        tx.commit().await?;
        Ok(person)
    }

    /// Number of owners with a login in an organisation.
    pub async fn owner_logins(&self, org_id: &str) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'owner'",
        )
        .bind(org_id)
        .fetch_one(&self.pool)
        .await?)
    }

    /// (logins, logins with TOTP) among the organisation's own team (providers excluded).
    pub async fn login_2fa_counts(&self, org_id: &str) -> Result<(i64, i64)> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n, CAST(COALESCE(SUM(u.totp_enabled), 0) AS BIGINT) AS t FROM memberships m JOIN users u ON u.id = m.user_id \
             WHERE m.org_id = $1 AND m.role <> 'provider'",
        )
        .bind(org_id)
        .fetch_one(&self.pool)
        .await?;
        Ok((row.try_get("n")?, row.try_get("t")?))
    }

    // ---- sessions ------------------------------------------------------------------------

    pub async fn create_session(&self, s: &Session) -> Result<()> {
        sqlx::query("INSERT INTO sessions (token_hash, user_id, org_id, csrf, stage, lang, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
            .bind(&s.token_hash).bind(s.user_id.clone()).bind(s.org_id.clone()).bind(&s.csrf)
            .bind(s.stage.code()).bind(s.lang.clone()).bind(now()).bind(s.expires_at)
            .execute(&self.pool).await?;
        Ok(())
    }

    /// A session that has not expired.
    pub async fn session(&self, token_hash: &str) -> Result<Option<Session>> {
        let row = sqlx::query("SELECT token_hash, user_id, org_id, csrf, stage, lang, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > $2")
            .bind(token_hash)
            .bind(now())
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            Ok(Session {
                token_hash: r.try_get("token_hash")?,
                user_id: r.try_get("user_id")?,
                org_id: r.try_get("org_id")?,
                csrf: r.try_get("csrf")?,
                stage: Stage::from_code(&r.try_get::<String, _>("stage")?),
                lang: r.try_get("lang")?,
                expires_at: r.try_get("expires_at")?,
            })
        })
        .transpose()
    }

    pub async fn update_session(&self, s: &Session) -> Result<()> {
        sqlx::query("UPDATE sessions SET user_id = $1, org_id = $2, stage = $3, lang = $4, expires_at = $5 WHERE token_hash = $6")
            .bind(s.user_id.clone()).bind(s.org_id.clone()).bind(s.stage.code()).bind(s.lang.clone())
            .bind(s.expires_at).bind(&s.token_hash)
            .execute(&self.pool).await?;
        Ok(())
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Removes expired sessions and old login failures.
    pub async fn sweep(&self) -> Result<()> {
        let t = now();
        sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(t)
            .execute(&self.pool)
            .await?;
        sqlx::query("DELETE FROM login_failures WHERE at < $1")
            .bind(t - 86_400)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    // ---- login throttling -----------------------------------------------------------------

    pub async fn record_login_failure(&self, subject: &str) -> Result<()> {
        sqlx::query("INSERT INTO login_failures (subject, at) VALUES ($1, $2)")
            .bind(subject)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Failures for `subject` since `since`, and the time of the oldest of them.
    pub async fn login_failures_since(
        &self,
        subject: &str,
        since: i64,
    ) -> Result<(i64, Option<i64>)> {
        let row = sqlx::query("SELECT COUNT(*) AS n, MIN(at) AS first FROM login_failures WHERE subject = $1 AND at >= $2")
            .bind(subject)
            .bind(since)
            .fetch_one(&self.pool)
            .await?;
        Ok((row.try_get("n")?, row.try_get("first")?))
    }

    pub async fn clear_login_failures(&self, subject: &str) -> Result<()> {
        sqlx::query("DELETE FROM login_failures WHERE subject = $1")
            .bind(subject)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    // ---- audit log -----------------------------------------------------------------------

    pub async fn audit(
        &self,
        org_id: &str,
        actor: &Actor<'_>,
        action: &str,
        detail: &str,
    ) -> Result<()> {
        let mut conn = self.pool.acquire().await?;
        audit_tx(
            &mut conn,
            org_id,
            actor.user_id,
            actor.label,
            action,
            detail,
        )
        .await
    }

    pub async fn audit_log(&self, org_id: &str, limit: i64) -> Result<Vec<AuditEntry>> {
        let rows = sqlx::query("SELECT at, actor, action, detail FROM audit_log WHERE org_id = $1 ORDER BY at DESC, id DESC LIMIT $2")
            .bind(org_id)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    at: r.try_get("at")?,
                    actor: r.try_get("actor")?,
                    action: r.try_get("action")?,
                    detail: r.try_get("detail")?,
                })
            })
            .collect()
    }

    // ---- onboarding and rule reviews -----------------------------------------------------

    pub async fn set_answers(
        &self,
        org_id: &str,
        answers: &[(&str, &str)],
        actor: &Actor<'_>,
    ) -> Result<()> {
        let t = now();
        let mut tx = self.pool.begin().await?;
        for (q, a) in answers {
            sqlx::query("DELETE FROM onboarding_answers WHERE org_id = $1 AND question = $2")
                .bind(org_id)
                .bind(*q)
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO onboarding_answers (org_id, question, answer, answered_by, answered_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(org_id).bind(*q).bind(*a).bind(actor.user_id.map(str::to_string)).bind(t)
                .execute(&mut *tx).await?;
        }
        let detail = answers
            .iter()
            .map(|(q, a)| format!("{q}={a}"))
            .collect::<Vec<_>>()
            .join(", ");
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "onboarding.answered",
            &detail,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Stored answers as (question, answer, answered_at).
    pub async fn answers(&self, org_id: &str) -> Result<Vec<(String, String, i64)>> {
        let rows = sqlx::query(
            "SELECT question, answer, answered_at FROM onboarding_answers WHERE org_id = $1",
        )
        .bind(org_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("question")?,
                    r.try_get("answer")?,
                    r.try_get("answered_at")?,
                ))
            })
            .collect()
    }

    pub async fn mark_reviewed(&self, org_id: &str, rule: u8, actor: &Actor<'_>) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM rule_reviews WHERE org_id = $1 AND rule = $2")
            .bind(org_id)
            .bind(i64::from(rule))
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO rule_reviews (org_id, rule, reviewed_by, reviewed_at) VALUES ($1, $2, $3, $4)")
            .bind(org_id).bind(i64::from(rule)).bind(actor.user_id.map(str::to_string)).bind(now())
            .execute(&mut *tx).await?;
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "rule.reviewed",
            &format!("{rule:02}"),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// (rule, reviewed_at) pairs of an organisation.
    pub async fn reviews(&self, org_id: &str) -> Result<Vec<(u8, i64)>> {
        let rows = sqlx::query("SELECT rule, reviewed_at FROM rule_reviews WHERE org_id = $1")
            .bind(org_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let rule: i64 = r.try_get("rule")?;
                Ok((u8::try_from(rule).unwrap_or(0), r.try_get("reviewed_at")?))
            })
            .collect()
    }

    // ---- usage counters (no content, only that something was used) -----------------------

    pub async fn record_usage(&self, org_id: &str, kind: &str) -> Result<()> {
        sqlx::query("INSERT INTO usage_events (org_id, kind, at) VALUES ($1, $2, $3)")
            .bind(org_id)
            .bind(kind)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn usage_since(&self, org_id: &str, kind: &str, since: i64) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM usage_events WHERE org_id = $1 AND kind = $2 AND at >= $3",
        )
        .bind(org_id)
        .bind(kind)
        .bind(since)
        .fetch_one(&self.pool)
        .await?)
    }

    // ---- API tokens ----------------------------------------------------------------------

    /// Stores a new API token (only its hash) for an organisation.
    pub async fn create_api_token(
        &self,
        org_id: &str,
        name: &str,
        token_hash: &str,
        actor: &Actor<'_>,
    ) -> Result<ApiToken> {
        let id = new_id();
        let t = now();
        let mut tx = self.pool.begin().await?;
        sqlx::query("INSERT INTO api_tokens (id, org_id, name, token_hash, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&id).bind(org_id).bind(name.trim()).bind(token_hash).bind(actor.user_id.map(str::to_string)).bind(t)
            .execute(&mut *tx).await?;
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "token.created",
            name.trim(),
        )
        .await?;
        tx.commit().await?;
        Ok(ApiToken {
            id,
            name: name.trim().to_string(),
            created_at: t,
            last_used_at: None,
        })
    }

    pub async fn api_tokens(&self, org_id: &str) -> Result<Vec<ApiToken>> {
        let rows = sqlx::query("SELECT id, name, created_at, last_used_at FROM api_tokens WHERE org_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC")
            .bind(org_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(ApiToken {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    created_at: r.try_get("created_at")?,
                    last_used_at: r.try_get("last_used_at")?,
                })
            })
            .collect()
    }

    pub async fn revoke_api_token(&self, org_id: &str, id: &str, actor: &Actor<'_>) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        let r = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE org_id = $2 AND id = $3 AND revoked_at IS NULL")
            .bind(now()).bind(org_id).bind(id)
            .execute(&mut *tx).await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "token.revoked",
            id,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The organisation an API token belongs to (and marks it used).
    pub async fn org_for_api_token(&self, token_hash: &str) -> Result<Option<String>> {
        let org: Option<String> = sqlx::query_scalar(
            "SELECT org_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        if org.is_some() {
            sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2")
                .bind(now())
                .bind(token_hash)
                .execute(&self.pool)
                .await?;
        }
        Ok(org)
    }
}

/// Who made a change, for the audit log.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub user_id: Option<&'a str>,
    /// Shown in the log (e-mail address or "cli").
    pub label: &'a str,
}

pub(crate) async fn audit_tx(
    conn: &mut sqlx::AnyConnection,
    org_id: &str,
    user_id: Option<&str>,
    label: &str,
    action: &str,
    detail: &str,
) -> Result<()> {
    sqlx::query("INSERT INTO audit_log (id, org_id, user_id, actor, action, detail, at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(new_id())
        .bind(org_id)
        .bind(user_id.map(str::to_string))
        .bind(label)
        .bind(action)
        .bind(detail)
        .bind(now())
        .execute(conn)
        .await?;
    Ok(())
}
