-- When a notification went out by mail (issue 10, ADR 24): a follower who asked for mail right away gets at most one
-- mail an hour about comments on one proposal. Those that come in meanwhile wait (digested_at NULL) for the next mail
-- about it or the daily digest, whichever comes first; the app lists them at once.
ALTER TABLE notification ADD COLUMN mailed_at DATETIME(6) NULL;

CREATE INDEX ix_notification_subject ON notification (account_id, kind, subject_id);
