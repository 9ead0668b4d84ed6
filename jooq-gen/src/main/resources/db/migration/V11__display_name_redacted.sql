-- Set when the griffie redacts an account's display name (issue 10): from then on its owner cannot change the name
-- herself, so she cannot put back what was taken out; the griffie can still change it through moderation.
ALTER TABLE account ADD COLUMN display_name_redacted_at DATETIME(6) NULL;
