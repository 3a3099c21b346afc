//! Soft-limit alerts: once per budget row and period (claimed in the database, so several
//! instances send it once), by mail to the organisation's alert address (else its owners) and
//! as a JSON POST to its webhook.

use crate::budget::Bucket;
use crate::error::euros;
use crate::keys::KeyCtx;
use crate::GatewayState;
use serde_json::json;

impl GatewayState {
    pub(crate) async fn send_soft_alert(&self, ctx: &KeyCtx, b: &Bucket, spent: i64) {
        let soft = b.soft.unwrap_or(0);
        let period = b.period.trim_start_matches("d:").trim_start_matches("m:");
        let what = if b.daily { "daily" } else { "monthly" };
        let hard = b.hard.map(euros).unwrap_or_else(|| "none".into());
        let subject = format!(
            "veilig: {what} soft limit of {} reached for {}",
            euros(soft),
            b.label
        );
        let body = format!(
            "The {what} spend of {} via the veilig AI gateway reached its soft limit.\n\n\
             Period: {period}\nSpent: {}\nSoft limit: {}\nHard limit: {hard}\n\n\
             Requests continue until the hard limit; after that they are refused.\n\n\
             --\nDe {} uitgaven van {} via de veilig AI-gateway hebben de zachte limiet bereikt \
             ({} van {}; harde limiet {hard}).\n",
            b.label,
            euros(spent),
            euros(soft),
            if b.daily {
                "dagelijkse"
            } else {
                "maandelijkse"
            },
            b.label,
            euros(spent),
            euros(soft),
        );
        if let Some(mailer) = self.inner.mailer.get() {
            let recipients = match &ctx.policy.alert_email {
                Some(e) if !e.trim().is_empty() => vec![e.trim().to_string()],
                _ => self.owner_emails(&ctx.org_id).await,
            };
            for to in recipients {
                if let Err(e) = mailer.send(&to, &subject, &body).await {
                    tracing::warn!(error = %e, "soft-limit alert mail failed");
                }
            }
        }
        if let Some(url) = &ctx.policy.webhook_url {
            let payload = json!({
                "event": "veilig.gateway.soft_limit",
                "org_id": ctx.org_id,
                "scope": b.scope,
                "subject_id": b.subject,
                "label": b.label,
                "period": period,
                "daily": b.daily,
                "spent_micro_eur": spent,
                "soft_limit_micro_eur": soft,
                "hard_limit_micro_eur": b.hard,
                "message": subject,
            });
            let r = self
                .inner
                .http
                .post(url)
                .timeout(std::time::Duration::from_secs(10))
                .json(&payload)
                .send()
                .await;
            match r {
                Ok(resp) if resp.status().is_success() => {}
                Ok(resp) => tracing::warn!(status = %resp.status(), "soft-limit webhook refused"),
                Err(e) => tracing::warn!(error = %e, "soft-limit webhook failed"),
            }
        }
    }

    async fn owner_emails(&self, org_id: &str) -> Vec<String> {
        sqlx::query_scalar::<_, String>(
            "SELECT email FROM people WHERE org_id = $1 AND role = 'owner' ORDER BY email",
        )
        .bind(org_id)
        .fetch_all(self.inner.store.pool())
        .await
        .unwrap_or_default()
    }
}
