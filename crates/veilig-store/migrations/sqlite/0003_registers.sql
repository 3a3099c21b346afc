-- Registers (rules 01, 03, 04, 05, 06): tools of the organisation's own, who uses which tool on
-- which plan for which data, the 2FA checklist, DPAs with their document, and recurring tasks.
CREATE TABLE custom_tools (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    vendor TEXT NOT NULL,
    plans TEXT NOT NULL,
    trains_by_default TEXT NOT NULL DEFAULT 'unknown',
    processes_personal_data BIGINT NOT NULL DEFAULT 1,
    dpa_url TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX custom_tools_org_slug ON custom_tools(org_id, slug);
CREATE TABLE tool_usage (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    tool_id TEXT NOT NULL,
    plan_id TEXT NOT NULL,
    data_class TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX tool_usage_org ON tool_usage(org_id);
CREATE UNIQUE INDEX tool_usage_unique ON tool_usage(org_id, person_id, tool_id);
CREATE TABLE twofa_accounts (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    tool_id TEXT NOT NULL,
    account TEXT NOT NULL,
    enabled BIGINT NOT NULL DEFAULT 0,
    verified_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX twofa_accounts_org ON twofa_accounts(org_id);
CREATE TABLE dpas (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    vendor TEXT NOT NULL,
    status TEXT NOT NULL,
    signed_on TEXT NOT NULL DEFAULT '',
    signed_by TEXT NOT NULL DEFAULT '',
    doc_name TEXT,
    doc_size BIGINT,
    doc_sha256 TEXT,
    doc BLOB,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX dpas_org_vendor ON dpas(org_id, vendor);
CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    rule BIGINT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    due_on TEXT NOT NULL,
    recurrence TEXT NOT NULL,
    completed_at BIGINT,
    completed_by TEXT,
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    reminded_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX tasks_org_due ON tasks(org_id, due_on);
CREATE UNIQUE INDEX tasks_open_unique ON tasks(org_id, kind, subject, due_on);
CREATE TABLE calendar_feeds (
    token_hash TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE TABLE app_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
