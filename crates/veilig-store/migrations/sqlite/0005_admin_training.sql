-- The installation administrator (installation-wide settings such as the mail server): the first
-- user of an installation. Existing installations make their oldest user the administrator.
ALTER TABLE users ADD COLUMN is_admin BIGINT NOT NULL DEFAULT 0;
UPDATE users SET is_admin = 1 WHERE id = (SELECT id FROM users ORDER BY created_at, id LIMIT 1);
-- Register rows: the organisation switched off model training in the tool's settings.
ALTER TABLE tool_usage ADD COLUMN training_off BIGINT NOT NULL DEFAULT 0;
