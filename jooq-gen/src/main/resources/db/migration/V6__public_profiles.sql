-- Public profiles: an optional "Over mij" text on the account and its moderation state. The account feature
-- writes these columns (the moderation feature through AccountService, ADR 6).

-- The text (at most 500 characters, checked by the service) and where it stands: PUBLISHED for everyone,
-- AWAITING_MODERATION (shown to its owner only) or HIDDEN; both NULL when there is no text. hidden_from keeps
-- the state before hiding, so that restoring puts the text back exactly.
ALTER TABLE account ADD COLUMN profile_text VARCHAR(500) NULL;
ALTER TABLE account ADD COLUMN profile_text_state VARCHAR(20) NULL;
ALTER TABLE account ADD COLUMN profile_text_hidden_from VARCHAR(20) NULL;
ALTER TABLE account ADD CONSTRAINT ck_account_profile_text CHECK (
    (profile_text IS NULL AND profile_text_state IS NULL)
    OR (profile_text IS NOT NULL AND profile_text_state IN ('PUBLISHED', 'AWAITING_MODERATION', 'HIDDEN')));
