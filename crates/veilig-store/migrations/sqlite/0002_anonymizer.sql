-- Anonymizer settings per organisation: BSN policy, and its own terms (always mask / never mask).
-- terms_version changes with every change of the terms so engines can be cached per version.
ALTER TABLE organisations ADD COLUMN anonymizer_mask_bsn BIGINT NOT NULL DEFAULT 0;
ALTER TABLE organisations ADD COLUMN terms_version BIGINT NOT NULL DEFAULT 0;
CREATE TABLE org_terms (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    term TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX org_terms_org_term ON org_terms(org_id, term)
