-- Sessions end when they must (issue 10): a session of the account that was authenticated before this moment is
-- ended at its next request. Set by a password change or reset, a revoked role and "log out everywhere".
ALTER TABLE account ADD COLUMN sessions_valid_from DATETIME(6) NULL;
