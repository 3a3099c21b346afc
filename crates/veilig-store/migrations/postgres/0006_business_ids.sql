-- Anonymizer: the organisation masks KvK and BTW numbers too. They are public business register
-- numbers, so the engine keeps them unless this is switched on.
ALTER TABLE organisations ADD COLUMN anonymizer_mask_business_ids BIGINT NOT NULL DEFAULT 0;
