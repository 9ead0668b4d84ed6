-- A resident's privacy rights (issue 13, J8): downloading what the platform holds on them, and deleting the account.

-- A deleted account stays as a tombstone, so that its proposals, comments, supports and audit entries keep pointing
-- at something (ADR 15): its e-mail address, name, password and profile text are gone, deleted_at says when.
ALTER TABLE account ADD COLUMN deleted_at DATETIME(6) NULL;

-- One request to download one's data. The background worker fills content (a ZIP) and moves progress (0-100) and
-- status: PREPARING, READY, DOWNLOADED (the link is used once; the content is erased then) or FAILED. Only a SHA-256
-- of the link's token is kept, as for account_token. claimed_until keeps one worker at a time on a request.
CREATE TABLE data_export (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    account_id     BIGINT       NOT NULL,
    token_hash     CHAR(64)     NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    progress       INT          NOT NULL DEFAULT 0,
    requested_at   DATETIME(6)  NOT NULL,
    claimed_until  DATETIME(6)  NULL,
    ready_at       DATETIME(6)  NULL,
    expires_at     DATETIME(6)  NULL,
    downloaded_at  DATETIME(6)  NULL,
    content        LONGBLOB     NULL,
    CONSTRAINT pk_data_export PRIMARY KEY (id),
    CONSTRAINT uk_data_export_token UNIQUE (token_hash),
    CONSTRAINT fk_data_export_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_data_export_status CHECK (status IN ('PREPARING', 'READY', 'DOWNLOADED', 'FAILED')),
    CONSTRAINT ck_data_export_progress CHECK (progress BETWEEN 0 AND 100)
);

CREATE INDEX ix_data_export_account ON data_export (account_id, requested_at);
CREATE INDEX ix_data_export_status ON data_export (status, requested_at);
