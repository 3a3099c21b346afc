//! Register rows (rules 01, 03, 04, 05, 06): tool usage per person, the 2FA checklist, DPAs with
//! their stored document, recurring tasks, calendar feed tokens and installation settings.
//! Every query is scoped by organisation.

use crate::store::{audit_tx, new_id, now, Actor, Store};
use crate::{Result, StoreError};
use sqlx::any::AnyRow;
use sqlx::Row;

/// A register row: who uses which tool on which plan for which data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Usage {
    pub id: String,
    pub person_id: String,
    pub person_name: String,
    pub tool_id: String,
    pub plan_id: String,
    pub data_class: String,
    pub note: String,
    /// The organisation switched off model training in this tool's settings.
    pub training_off: bool,
}

/// What a register row is made of, as entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UsageInput<'a> {
    pub person_id: &'a str,
    pub tool_id: &'a str,
    pub plan_id: &'a str,
    pub data_class: &'a str,
    pub note: &'a str,
    pub training_off: bool,
}

/// A tool an organisation added itself (not in the built-in catalog).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomTool {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub vendor: String,
    /// Plan names, comma separated.
    pub plans: String,
    /// `yes`, `no` or `unknown`.
    pub trains_by_default: String,
    pub processes_personal_data: bool,
    pub dpa_url: String,
}

/// An account on the 2FA checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TwofaAccount {
    pub id: String,
    pub person_id: String,
    pub person_name: String,
    pub tool_id: String,
    pub account: String,
    pub enabled: bool,
    pub verified_at: Option<i64>,
}

/// A DPA with a vendor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dpa {
    pub id: String,
    pub vendor: String,
    /// `not_needed`, `missing`, `requested`, `signed`.
    pub status: String,
    pub signed_on: String,
    pub signed_by: String,
    pub doc_name: Option<String>,
    pub doc_size: Option<i64>,
    pub updated_at: i64,
}

/// DPA statuses.
pub const DPA_STATUSES: [&str; 4] = ["missing", "requested", "signed", "not_needed"];

/// A task (recurring or one-off).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub id: String,
    pub kind: String,
    pub rule: u8,
    pub subject: String,
    pub due_on: String,
    pub recurrence: String,
    pub completed_at: Option<i64>,
    pub completed_by: Option<String>,
    pub note: String,
    pub evidence: String,
}

fn usage_from(r: &AnyRow) -> Result<Usage> {
    Ok(Usage {
        id: r.try_get("id")?,
        person_id: r.try_get("person_id")?,
        person_name: r.try_get("person_name")?,
        tool_id: r.try_get("tool_id")?,
        plan_id: r.try_get("plan_id")?,
        data_class: r.try_get("data_class")?,
        note: r.try_get("note")?,
        training_off: r.try_get::<i64, _>("training_off")? != 0,
    })
}

fn task_from(r: &AnyRow) -> Result<Task> {
    let rule: i64 = r.try_get("rule")?;
    Ok(Task {
        id: r.try_get("id")?,
        kind: r.try_get("kind")?,
        rule: u8::try_from(rule).unwrap_or(0),
        subject: r.try_get("subject")?,
        due_on: r.try_get("due_on")?,
        recurrence: r.try_get("recurrence")?,
        completed_at: r.try_get("completed_at")?,
        completed_by: r.try_get("completed_by")?,
        note: r.try_get("note")?,
        evidence: r.try_get("evidence")?,
    })
}

fn conflict_or(e: sqlx::Error, what: &'static str) -> StoreError {
    if crate::store::is_unique_violation(&e) {
        StoreError::Conflict(what)
    } else {
        e.into()
    }
}

const TASK_COLS: &str =
    "id, kind, rule, subject, due_on, recurrence, completed_at, completed_by, note, evidence";

impl Store {
    // ---- tool usage ------------------------------------------------------------------------

    pub async fn usages(&self, org_id: &str) -> Result<Vec<Usage>> {
        let rows = sqlx::query(
            "SELECT u.id, u.person_id, p.name AS person_name, u.tool_id, u.plan_id, u.data_class, u.note, u.training_off \
             FROM tool_usage u JOIN people p ON p.id = u.person_id AND p.org_id = u.org_id \
             WHERE u.org_id = $1 ORDER BY p.name, u.tool_id",
        )
        .bind(org_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(usage_from).collect()
    }

    /// Adds or replaces the row of (person, tool). The person must belong to `org_id`.
    pub async fn upsert_usage(
        &self,
        org_id: &str,
        u: &UsageInput<'_>,
        actor: &Actor<'_>,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let person: Option<String> =
            sqlx::query_scalar("SELECT name FROM people WHERE org_id = $1 AND id = $2")
                .bind(org_id)
                .bind(u.person_id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(person) = person else {
            return Err(StoreError::NotFound);
        };
        sqlx::query("DELETE FROM tool_usage WHERE org_id = $1 AND person_id = $2 AND tool_id = $3")
            .bind(org_id)
            .bind(u.person_id)
            .bind(u.tool_id)
            .execute(&mut *tx)
            .await?;
        let t = now();
        sqlx::query("INSERT INTO tool_usage (id, org_id, person_id, tool_id, plan_id, data_class, note, training_off, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)")
            .bind(new_id()).bind(org_id).bind(u.person_id).bind(u.tool_id).bind(u.plan_id).bind(u.data_class).bind(u.note.trim()).bind(i64::from(u.training_off)).bind(t)
            .execute(&mut *tx).await?;
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "register.usage",
            &format!(
                "{person}: {} / {} / {}{}",
                u.tool_id,
                u.plan_id,
                u.data_class,
                if u.training_off {
                    " / training off"
                } else {
                    ""
                }
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn delete_usage(&self, org_id: &str, id: &str, actor: &Actor<'_>) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let r = sqlx::query("DELETE FROM tool_usage WHERE org_id = $1 AND id = $2")
            .bind(org_id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "register.usage_removed",
            id,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    // ---- custom tools ----------------------------------------------------------------------

    pub async fn custom_tools(&self, org_id: &str) -> Result<Vec<CustomTool>> {
        let rows = sqlx::query("SELECT id, slug, name, vendor, plans, trains_by_default, processes_personal_data, dpa_url FROM custom_tools WHERE org_id = $1 ORDER BY name")
            .bind(org_id).fetch_all(self.pool()).await?;
        rows.iter()
            .map(|r| {
                Ok(CustomTool {
                    id: r.try_get("id")?,
                    slug: r.try_get("slug")?,
                    name: r.try_get("name")?,
                    vendor: r.try_get("vendor")?,
                    plans: r.try_get("plans")?,
                    trains_by_default: r.try_get("trains_by_default")?,
                    processes_personal_data: r.try_get::<i64, _>("processes_personal_data")? != 0,
                    dpa_url: r.try_get("dpa_url")?,
                })
            })
            .collect()
    }

    pub async fn add_custom_tool(
        &self,
        org_id: &str,
        t: &CustomTool,
        actor: &Actor<'_>,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("INSERT INTO custom_tools (id, org_id, slug, name, vendor, plans, trains_by_default, processes_personal_data, dpa_url, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
            .bind(new_id()).bind(org_id).bind(&t.slug).bind(&t.name).bind(&t.vendor).bind(&t.plans).bind(&t.trains_by_default)
            .bind(i64::from(t.processes_personal_data)).bind(&t.dpa_url).bind(now())
            .execute(&mut *tx).await.map_err(|e| conflict_or(e, "tool"))?;
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "register.tool_added",
            &t.name,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    // ---- 2FA checklist ---------------------------------------------------------------------

    pub async fn twofa_accounts(&self, org_id: &str) -> Result<Vec<TwofaAccount>> {
        let rows = sqlx::query(
            "SELECT a.id, a.person_id, p.name AS person_name, a.tool_id, a.account, a.enabled, a.verified_at \
             FROM twofa_accounts a JOIN people p ON p.id = a.person_id AND p.org_id = a.org_id \
             WHERE a.org_id = $1 ORDER BY p.name, a.tool_id",
        )
        .bind(org_id).fetch_all(self.pool()).await?;
        rows.iter()
            .map(|r| {
                Ok(TwofaAccount {
                    id: r.try_get("id")?,
                    person_id: r.try_get("person_id")?,
                    person_name: r.try_get("person_name")?,
                    tool_id: r.try_get("tool_id")?,
                    account: r.try_get("account")?,
                    enabled: r.try_get::<i64, _>("enabled")? != 0,
                    verified_at: r.try_get("verified_at")?,
                })
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    pub async fn add_twofa_account(
        &self,
        org_id: &str,
        person_id: &str,
        tool_id: &str,
        account: &str,
        enabled: bool,
        actor: &Actor<'_>,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let person: Option<String> =
            sqlx::query_scalar("SELECT name FROM people WHERE org_id = $1 AND id = $2")
                .bind(org_id)
                .bind(person_id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(person) = person else {
            return Err(StoreError::NotFound);
        };
        let t = now();
        sqlx::query("INSERT INTO twofa_accounts (id, org_id, person_id, tool_id, account, enabled, verified_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)")
            .bind(new_id()).bind(org_id).bind(person_id).bind(tool_id).bind(account.trim()).bind(i64::from(enabled)).bind(t)
            .execute(&mut *tx).await?;
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "register.twofa",
            &format!("{person}: {tool_id} {} 2FA={enabled}", account.trim()),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a check of an account today: 2FA on or off.
    pub async fn verify_twofa_account(
        &self,
        org_id: &str,
        id: &str,
        enabled: bool,
        actor: &Actor<'_>,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let r = sqlx::query("UPDATE twofa_accounts SET enabled = $1, verified_at = $2 WHERE org_id = $3 AND id = $4")
            .bind(i64::from(enabled)).bind(now()).bind(org_id).bind(id).execute(&mut *tx).await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "register.twofa",
            &format!("{id} 2FA={enabled}"),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    // ---- DPAs ------------------------------------------------------------------------------

    pub async fn dpas(&self, org_id: &str) -> Result<Vec<Dpa>> {
        let rows = sqlx::query("SELECT id, vendor, status, signed_on, signed_by, doc_name, doc_size, updated_at FROM dpas WHERE org_id = $1 ORDER BY vendor")
            .bind(org_id).fetch_all(self.pool()).await?;
        rows.iter()
            .map(|r| {
                Ok(Dpa {
                    id: r.try_get("id")?,
                    vendor: r.try_get("vendor")?,
                    status: r.try_get("status")?,
                    signed_on: r.try_get("signed_on")?,
                    signed_by: r.try_get("signed_by")?,
                    doc_name: r.try_get("doc_name")?,
                    doc_size: r.try_get("doc_size")?,
                    updated_at: r.try_get("updated_at")?,
                })
            })
            .collect()
    }

    /// Sets the status of the DPA with `vendor` (creating the row), optionally with a document.
    #[allow(clippy::too_many_arguments)]
    pub async fn save_dpa(
        &self,
        org_id: &str,
        vendor: &str,
        status: &str,
        signed_on: &str,
        signed_by: &str,
        doc: Option<(&str, &[u8], &str)>,
        actor: &Actor<'_>,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        let t = now();
        let existing: Option<String> =
            sqlx::query_scalar("SELECT id FROM dpas WHERE org_id = $1 AND vendor = $2")
                .bind(org_id)
                .bind(vendor)
                .fetch_optional(&mut *tx)
                .await?;
        let id = match existing {
            Some(id) => {
                sqlx::query("UPDATE dpas SET status = $1, signed_on = $2, signed_by = $3, updated_at = $4 WHERE org_id = $5 AND id = $6")
                    .bind(status).bind(signed_on).bind(signed_by.trim()).bind(t).bind(org_id).bind(&id)
                    .execute(&mut *tx).await?;
                id
            }
            None => {
                let id = new_id();
                sqlx::query("INSERT INTO dpas (id, org_id, vendor, status, signed_on, signed_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                    .bind(&id).bind(org_id).bind(vendor).bind(status).bind(signed_on).bind(signed_by.trim()).bind(t)
                    .execute(&mut *tx).await?;
                id
            }
        };
        if let Some((name, bytes, sha)) = doc {
            sqlx::query("UPDATE dpas SET doc_name = $1, doc_size = $2, doc_sha256 = $3, doc = $4 WHERE org_id = $5 AND id = $6")
                .bind(name).bind(i64::try_from(bytes.len()).unwrap_or(i64::MAX)).bind(sha).bind(bytes.to_vec()).bind(org_id).bind(&id)
                .execute(&mut *tx).await?;
        }
        let detail = format!(
            "{vendor}: {status}{}",
            doc.map(|(n, _, _)| format!(", {n}")).unwrap_or_default()
        );
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "register.dpa",
            &detail,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The stored document of a DPA: (file name, bytes).
    pub async fn dpa_document(&self, org_id: &str, id: &str) -> Result<Option<(String, Vec<u8>)>> {
        let row = sqlx::query(
            "SELECT doc_name, doc FROM dpas WHERE org_id = $1 AND id = $2 AND doc IS NOT NULL",
        )
        .bind(org_id)
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| Ok((r.try_get("doc_name")?, r.try_get("doc")?)))
            .transpose()
    }

    // ---- tasks -----------------------------------------------------------------------------

    /// Open tasks and those completed since `since` (unix seconds), by due date.
    pub async fn tasks(&self, org_id: &str, since: i64) -> Result<Vec<Task>> {
        let rows = sqlx::query(&format!("SELECT {TASK_COLS} FROM tasks WHERE org_id = $1 AND (completed_at IS NULL OR completed_at >= $2) ORDER BY due_on, kind, subject"))
            .bind(org_id).bind(since).fetch_all(self.pool()).await?;
        rows.iter().map(task_from).collect()
    }

    pub async fn task(&self, org_id: &str, id: &str) -> Result<Option<Task>> {
        let row = sqlx::query(&format!(
            "SELECT {TASK_COLS} FROM tasks WHERE org_id = $1 AND id = $2"
        ))
        .bind(org_id)
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(task_from).transpose()
    }

    /// Creates an open task of (kind, subject) unless one is open already. Returns whether it
    /// created one.
    pub async fn ensure_task(
        &self,
        org_id: &str,
        kind: &str,
        rule: u8,
        subject: &str,
        due_on: &str,
        recurrence: &str,
    ) -> Result<bool> {
        let open: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tasks WHERE org_id = $1 AND kind = $2 AND subject = $3 AND completed_at IS NULL")
            .bind(org_id).bind(kind).bind(subject).fetch_one(self.pool()).await?;
        if open > 0 {
            return Ok(false);
        }
        let r = sqlx::query("INSERT INTO tasks (id, org_id, kind, rule, subject, due_on, recurrence, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
            .bind(new_id()).bind(org_id).bind(kind).bind(i64::from(rule)).bind(subject).bind(due_on).bind(recurrence).bind(now())
            .execute(self.pool()).await;
        match r {
            Ok(_) => Ok(true),
            // Another instance created it at the same moment.
            Err(e) if crate::store::is_unique_violation(&e) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Creates a one-off task unless a task of this kind and subject ever existed (open or
    /// done): a completed step of the roll-out plan does not come back.
    pub async fn ensure_task_once(
        &self,
        org_id: &str,
        kind: &str,
        rule: u8,
        subject: &str,
        due_on: &str,
    ) -> Result<bool> {
        let any: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM tasks WHERE org_id = $1 AND kind = $2 AND subject = $3",
        )
        .bind(org_id)
        .bind(kind)
        .bind(subject)
        .fetch_one(self.pool())
        .await?;
        if any > 0 {
            return Ok(false);
        }
        self.ensure_task(org_id, kind, rule, subject, due_on, "once")
            .await
    }

    /// Completes an open task with a note and evidence; for a recurring task the next one is
    /// created with `next_due` in the same transaction.
    #[allow(clippy::too_many_arguments)]
    pub async fn complete_task(
        &self,
        org_id: &str,
        id: &str,
        note: &str,
        evidence: &str,
        next_due: Option<&str>,
        actor: &Actor<'_>,
    ) -> Result<Task> {
        let task = self.task(org_id, id).await?.ok_or(StoreError::NotFound)?;
        let mut tx = self.pool().begin().await?;
        let r = sqlx::query("UPDATE tasks SET completed_at = $1, completed_by = $2, note = $3, evidence = $4 WHERE org_id = $5 AND id = $6 AND completed_at IS NULL")
            .bind(now()).bind(actor.label).bind(note.trim()).bind(evidence.trim()).bind(org_id).bind(id)
            .execute(&mut *tx).await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::Conflict("task"));
        }
        if let Some(due) = next_due {
            sqlx::query("INSERT INTO tasks (id, org_id, kind, rule, subject, due_on, recurrence, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                .bind(new_id()).bind(org_id).bind(&task.kind).bind(i64::from(task.rule)).bind(&task.subject).bind(due).bind(&task.recurrence).bind(now())
                .execute(&mut *tx).await.map_err(|e| conflict_or(e, "task"))?;
        }
        audit_tx(
            &mut tx,
            org_id,
            actor.user_id,
            actor.label,
            "task.completed",
            &format!("{} {}", task.kind, task.subject),
        )
        .await?;
        tx.commit().await?;
        Ok(task)
    }

    /// Claims open tasks of all organisations due on or before `due_by` that were not reminded
    /// since `not_since`; each is returned once even with several instances running.
    pub async fn claim_reminders(
        &self,
        due_by: &str,
        not_since: i64,
    ) -> Result<Vec<(String, Task)>> {
        let rows = sqlx::query(&format!("SELECT org_id, {TASK_COLS} FROM tasks WHERE completed_at IS NULL AND due_on <= $1 AND (reminded_at IS NULL OR reminded_at < $2)"))
            .bind(due_by).bind(not_since).fetch_all(self.pool()).await?;
        let mut out = vec![];
        for r in rows {
            let org: String = r.try_get("org_id")?;
            let task = task_from(&r)?;
            let claimed = sqlx::query("UPDATE tasks SET reminded_at = $1 WHERE id = $2 AND (reminded_at IS NULL OR reminded_at < $3)")
                .bind(now()).bind(&task.id).bind(not_since).execute(self.pool()).await?;
            if claimed.rows_affected() == 1 {
                out.push((org, task));
            }
        }
        Ok(out)
    }

    /// E-mail addresses and languages of the people who manage an organisation (owners, admins,
    /// providers with a login): who gets task reminders.
    pub async fn manager_contacts(&self, org_id: &str) -> Result<Vec<(String, String)>> {
        let rows = sqlx::query(
            "SELECT u.email, u.lang FROM memberships m JOIN users u ON u.id = m.user_id \
             WHERE m.org_id = $1 AND m.role IN ('owner', 'admin', 'provider') ORDER BY u.email",
        )
        .bind(org_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("email")?, r.try_get("lang")?)))
            .collect()
    }

    // ---- calendar feeds --------------------------------------------------------------------

    /// A new private feed token for a user in an organisation (replaces the previous one).
    pub async fn reset_calendar_feed(
        &self,
        org_id: &str,
        user_id: &str,
        token_hash: &str,
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM calendar_feeds WHERE org_id = $1 AND user_id = $2")
            .bind(org_id)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO calendar_feeds (token_hash, org_id, user_id, created_at) VALUES ($1, $2, $3, $4)")
            .bind(token_hash).bind(org_id).bind(user_id).bind(now()).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The organisation of a feed token, if the user is still a member.
    pub async fn calendar_feed_org(&self, token_hash: &str) -> Result<Option<String>> {
        Ok(sqlx::query_scalar(
            "SELECT f.org_id FROM calendar_feeds f JOIN memberships m ON m.user_id = f.user_id AND m.org_id = f.org_id WHERE f.token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(self.pool())
        .await?)
    }

    // ---- installation settings -------------------------------------------------------------

    pub async fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT value FROM app_settings WHERE key = $1")
                .bind(key)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    pub async fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM app_settings WHERE key = $1")
            .bind(key)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO app_settings (key, value) VALUES ($1, $2)")
            .bind(key)
            .bind(value)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
