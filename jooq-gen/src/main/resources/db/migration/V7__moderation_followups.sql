-- Moderation follow-ups: undoing a redaction on appeal, and announcing an approved item only the first time.

-- What a redaction took out and where its placeholder stands (offsets, comma-separated, in the title and the
-- body as they were right after it), so that an overturned appeal can put the text back. It is personal data:
-- kept only until the appeal against the redaction is decided.
ALTER TABLE moderation_action ADD COLUMN redacted_fragment TEXT NULL;
ALTER TABLE moderation_action ADD COLUMN redaction_replacement VARCHAR(100) NULL;
ALTER TABLE moderation_action ADD COLUMN redacted_title_at TEXT NULL;
ALTER TABLE moderation_action ADD COLUMN redacted_body_at TEXT NULL;

-- When a proposal or comment first became public. An item held back for moderation after an edit was announced
-- when it was first published; approving it again must not announce it to followers a second time.
ALTER TABLE proposal ADD COLUMN published_at DATETIME(6) NULL;
ALTER TABLE comment ADD COLUMN published_at DATETIME(6) NULL;

UPDATE proposal SET published_at = created_at
WHERE state <> 'AWAITING_MODERATION' AND COALESCE(hidden_from_state, '') <> 'AWAITING_MODERATION';
UPDATE comment SET published_at = created_at
WHERE state <> 'AWAITING_MODERATION' AND COALESCE(hidden_from_state, '') <> 'AWAITING_MODERATION';
