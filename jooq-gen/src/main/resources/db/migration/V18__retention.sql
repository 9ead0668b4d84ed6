-- Retention (issue 13, ADR 19): an account nobody logged in to for raadsplein.retention.inactive-after is warned by
-- mail and then deleted as its owner would delete it.

-- The last successful login (or the account's creation). Before this migration logins were not recorded: existing
-- accounts count from the upgrade, so that nobody is warned about an inactivity the platform could not see.
ALTER TABLE account ADD COLUMN last_active_at DATETIME(6) NULL;
/* [jooq ignore start] */
UPDATE account SET last_active_at = UTC_TIMESTAMP(6) WHERE deleted_at IS NULL;
/* [jooq ignore stop] */

-- The deletion date the first warning announced, and how many warnings went out for it; a login clears both.
ALTER TABLE account ADD COLUMN retention_deletion_at DATETIME(6) NULL;
ALTER TABLE account ADD COLUMN retention_warnings INT NOT NULL DEFAULT 0;

CREATE INDEX ix_account_retention ON account (retention_warnings, retention_deletion_at);
