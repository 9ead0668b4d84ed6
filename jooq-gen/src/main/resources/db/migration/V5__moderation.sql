-- Moderation (issue: reports, the griffie's queue and actions, appeals, a public log) and the audit log.

-- Blocked accounts cannot post, comment, support or report; the account feature writes these columns.
ALTER TABLE account ADD COLUMN blocked_at DATETIME(6) NULL;
ALTER TABLE account ADD COLUMN blocked_by BIGINT NULL;
ALTER TABLE account ADD CONSTRAINT fk_account_blocked_by FOREIGN KEY (blocked_by) REFERENCES account (id) ON DELETE SET NULL;

-- Per consultation: how many verified residents with accounts of what age hide an item pending review, and
-- the rules of conduct (Markdown; NULL means the platform's default text).
ALTER TABLE consultation ADD COLUMN reports_to_hide INT NOT NULL DEFAULT 5;
ALTER TABLE consultation ADD COLUMN reporter_min_age_days INT NOT NULL DEFAULT 7;
ALTER TABLE consultation ADD COLUMN conduct_rules TEXT NULL;
ALTER TABLE consultation ADD CONSTRAINT ck_consultation_moderation CHECK (reports_to_hide > 0
    AND reporter_min_age_days >= 0);

-- The state a proposal or comment had before it was hidden, so that restoring puts it back exactly.
ALTER TABLE proposal ADD COLUMN hidden_from_state VARCHAR(30) NULL;
ALTER TABLE comment ADD COLUMN hidden_from_state VARCHAR(30) NULL;

-- One row per item anyone ever reported or the griffie had to look at, kept for good; version is the
-- per-item moderation version two griffiers race on.
CREATE TABLE moderation_item (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    item_type         VARCHAR(20) NOT NULL,
    item_id           BIGINT      NOT NULL,
    consultation_id   BIGINT      NULL,
    author_id         BIGINT      NOT NULL,
    status            VARCHAR(20) NOT NULL,
    open_reports      INT         NOT NULL DEFAULT 0,
    hidden_by_reports BOOLEAN     NOT NULL DEFAULT FALSE,
    opened_at         DATETIME(6) NOT NULL,
    closed_at         DATETIME(6) NULL,
    version           INT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_moderation_item PRIMARY KEY (id),
    CONSTRAINT uk_moderation_item UNIQUE (item_type, item_id),
    CONSTRAINT fk_moderation_item_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_moderation_item_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT ck_moderation_item_type CHECK (item_type IN ('PROPOSAL', 'COMMENT', 'PROFILE')),
    CONSTRAINT ck_moderation_item_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_moderation_item_reports CHECK (open_reports >= 0)
);

CREATE INDEX ix_moderation_item_queue ON moderation_item (status, open_reports, opened_at);
CREATE INDEX ix_moderation_item_oldest ON moderation_item (status, opened_at);
CREATE INDEX ix_moderation_item_author ON moderation_item (author_id);

-- One report per person per item, ever. qualifies: the reporter was a verified resident with an account old
-- enough when reporting, so the report counts towards hiding; by_griffie: a griffier's report hides at once.
CREATE TABLE moderation_report (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    moderation_item_id  BIGINT        NOT NULL,
    reporter_id         BIGINT        NOT NULL,
    reason              VARCHAR(30)   NOT NULL,
    text                VARCHAR(1000) NULL,
    qualifies           BOOLEAN       NOT NULL,
    by_griffie          BOOLEAN       NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    handled_at          DATETIME(6)   NULL,
    handled_by_action   BIGINT        NULL,
    CONSTRAINT pk_moderation_report PRIMARY KEY (id),
    CONSTRAINT uk_moderation_report UNIQUE (moderation_item_id, reporter_id),
    CONSTRAINT fk_moderation_report_item FOREIGN KEY (moderation_item_id) REFERENCES moderation_item (id),
    CONSTRAINT fk_moderation_report_reporter FOREIGN KEY (reporter_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_moderation_report_reason CHECK (reason IN ('OFFENSIVE', 'NAMES_PRIVATE_PERSON', 'PERSONAL_DATA',
        'DISCRIMINATION', 'SPAM', 'OFF_TOPIC', 'OTHER'))
);

CREATE INDEX ix_moderation_report_open ON moderation_report (moderation_item_id, handled_at);
CREATE INDEX ix_moderation_report_reporter ON moderation_report (reporter_id);

-- What the griffie did, with the public reason category; the public log reads this table without the text.
CREATE TABLE moderation_action (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    moderation_item_id  BIGINT        NOT NULL,
    action              VARCHAR(20)   NOT NULL,
    reason              VARCHAR(20)   NOT NULL,
    text                VARCHAR(1000) NULL,
    actor_id            BIGINT        NULL,
    acted_at            DATETIME(6)   NOT NULL,
    overturned_at       DATETIME(6)   NULL,
    CONSTRAINT pk_moderation_action PRIMARY KEY (id),
    CONSTRAINT fk_moderation_action_item FOREIGN KEY (moderation_item_id) REFERENCES moderation_item (id),
    CONSTRAINT fk_moderation_action_actor FOREIGN KEY (actor_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_moderation_action CHECK (action IN ('HIDE', 'RESTORE', 'DISMISS', 'REDACT', 'APPROVE',
        'BLOCK_AUTHOR', 'UNBLOCK')),
    CONSTRAINT ck_moderation_action_reason CHECK (reason IN ('VIOLATES_RULES', 'PRIVACY', 'OFFENSIVE',
        'DISCRIMINATION', 'SPAM', 'OFF_TOPIC', 'NO_VIOLATION'))
);

CREATE INDEX ix_moderation_action_item ON moderation_action (moderation_item_id, acted_at);
CREATE INDEX ix_moderation_action_log ON moderation_action (acted_at);

-- One appeal per action, by the author; decided by another griffier than the one who acted.
CREATE TABLE moderation_appeal (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    action_id      BIGINT        NOT NULL,
    appellant_id   BIGINT        NOT NULL,
    text           VARCHAR(2000) NOT NULL,
    filed_at       DATETIME(6)   NOT NULL,
    decision       VARCHAR(20)   NULL,
    decision_text  VARCHAR(2000) NULL,
    decided_by     BIGINT        NULL,
    decided_at     DATETIME(6)   NULL,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_moderation_appeal PRIMARY KEY (id),
    CONSTRAINT uk_moderation_appeal_action UNIQUE (action_id),
    CONSTRAINT fk_moderation_appeal_action FOREIGN KEY (action_id) REFERENCES moderation_action (id),
    CONSTRAINT fk_moderation_appeal_appellant FOREIGN KEY (appellant_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_moderation_appeal_decided_by FOREIGN KEY (decided_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_moderation_appeal_decision CHECK (decision IN ('UPHOLD', 'OVERTURN'))
);

CREATE INDEX ix_moderation_appeal_open ON moderation_appeal (decided_at, filed_at);

-- Append-only audit log. Each row's hash is SHA-256 over its content and the previous row's hash; seq has no
-- gaps (taken from audit_head, whose single row every append locks, so that appends form one chain).
-- No foreign keys: an entry outlives what it names, and must never change when that goes.
CREATE TABLE audit_entry (
    seq         BIGINT        NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    actor_id    BIGINT        NULL,
    action      VARCHAR(40)   NOT NULL,
    item_type   VARCHAR(30)   NULL,
    item_id     BIGINT        NULL,
    reason      VARCHAR(1000) NULL,
    details     VARCHAR(2000) NULL,
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (seq)
);

CREATE INDEX ix_audit_entry_item ON audit_entry (item_type, item_id);

CREATE TABLE audit_head (
    id         INT      NOT NULL,
    last_seq   BIGINT   NOT NULL,
    last_hash  CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_head PRIMARY KEY (id),
    CONSTRAINT ck_audit_head_single CHECK (id = 1)
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
