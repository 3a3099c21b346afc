-- Gateway: per-organisation policy, virtual keys, limits, budget buckets, org prices, encrypted
-- provider keys and the usage log. Money is integer micro-euros (BIGINT), times unix seconds.
ALTER TABLE organisations ADD COLUMN gateway_anonymize BIGINT NOT NULL DEFAULT 1;
ALTER TABLE organisations ADD COLUMN gateway_alert_email TEXT;
ALTER TABLE organisations ADD COLUMN gateway_webhook_url TEXT;
-- Virtual keys: only the SHA-256 of the secret is stored; limits in micro-euros (NULL = none).
CREATE TABLE gateway_keys (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    key_prefix TEXT NOT NULL,
    person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    daily_hard BIGINT,
    monthly_hard BIGINT,
    daily_soft BIGINT,
    monthly_soft BIGINT,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT,
    last_used_at BIGINT
);
CREATE INDEX gateway_keys_org ON gateway_keys(org_id, created_at);
-- Limits of a person (scope 'person', subject = people.id) or the organisation (scope 'org',
-- subject = org id).
CREATE TABLE gateway_limits (
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    daily_hard BIGINT,
    monthly_hard BIGINT,
    daily_soft BIGINT,
    monthly_soft BIGINT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, scope, subject_id)
);
-- One row per (key|person|org) x (day|month) period, created on demand. Budget is only taken
-- by one conditional UPDATE of reserved (spent + reserved + amount <= hard limit); settling moves
-- it to spent. soft_alerted: the soft-limit alert of this period was claimed (sent once).
CREATE TABLE gateway_budgets (
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    bucket TEXT NOT NULL,
    scope TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    period TEXT NOT NULL,
    spent BIGINT NOT NULL DEFAULT 0,
    reserved BIGINT NOT NULL DEFAULT 0,
    soft_alerted BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, bucket)
);
-- Prices an organisation set itself, micro-euros per million tokens; wins over prices.toml.
CREATE TABLE gateway_org_prices (
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    input_per_mtok BIGINT NOT NULL,
    output_per_mtok BIGINT NOT NULL,
    cached_input_per_mtok BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, model)
);
-- Upstream provider API keys, encrypted (XChaCha20-Poly1305) with the master key file of the data
-- directory. org_id '' = instance-wide.
CREATE TABLE gateway_provider_keys (
    org_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    nonce TEXT NOT NULL,
    ciphertext TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, provider)
);
-- What each gateway instance holds of a budget row's reserved amount (its lease), refreshed
-- while it runs; leases of a stopped instance are swept (counted as spent).
CREATE TABLE gateway_leases (
    instance_id TEXT NOT NULL,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    bucket TEXT NOT NULL,
    amount BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (instance_id, org_id, bucket)
);
CREATE INDEX gateway_leases_updated ON gateway_leases(updated_at);
-- One row per request (no prompt text): tokens, cost and the estimate reserved, in micro-euros.
CREATE TABLE gateway_usage (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    key_id TEXT,
    person_id TEXT,
    provider TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    model TEXT NOT NULL,
    stream BIGINT NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    http_status BIGINT NOT NULL DEFAULT 0,
    input_tokens BIGINT NOT NULL DEFAULT 0,
    output_tokens BIGINT NOT NULL DEFAULT 0,
    cached_tokens BIGINT NOT NULL DEFAULT 0,
    cost BIGINT NOT NULL DEFAULT 0,
    reserved BIGINT NOT NULL DEFAULT 0,
    latency_ms BIGINT NOT NULL DEFAULT 0,
    replacements BIGINT NOT NULL DEFAULT 0,
    block_reasons TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX gateway_usage_org_at ON gateway_usage(org_id, created_at)
