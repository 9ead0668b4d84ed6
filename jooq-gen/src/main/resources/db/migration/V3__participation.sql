-- Consultations, residency verification, organisations, proposals, supports, comments, following,
-- notifications and the mail outbox (issue: the resident's participation loop).

ALTER TABLE account ADD COLUMN verified_at DATETIME(6) NULL;
ALTER TABLE account ADD COLUMN verified_by BIGINT NULL;
ALTER TABLE account ADD COLUMN verification_channel VARCHAR(20) NULL;
ALTER TABLE account ADD COLUMN notification_frequency VARCHAR(20) NOT NULL DEFAULT 'IMMEDIATE';
ALTER TABLE account ADD CONSTRAINT fk_account_verified_by FOREIGN KEY (verified_by) REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE account ADD CONSTRAINT ck_account_verification_channel CHECK (verification_channel IN ('CENSUS', 'DESK'));
ALTER TABLE account ADD CONSTRAINT ck_account_notification_frequency CHECK (notification_frequency IN ('IMMEDIATE', 'DAILY', 'OFF'));

-- The municipality's census as keyed hashes of (postcode, house number, date of birth); never the facts.
CREATE TABLE census_entry (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    fact_hash        CHAR(64)    NOT NULL,
    imported_at      DATETIME(6) NOT NULL,
    imported_by      BIGINT      NULL,
    used_by          BIGINT      NULL,
    used_at          DATETIME(6) NULL,
    CONSTRAINT pk_census_entry PRIMARY KEY (id),
    CONSTRAINT uk_census_entry_hash UNIQUE (fact_hash),
    CONSTRAINT uk_census_entry_used_by UNIQUE (used_by),
    CONSTRAINT fk_census_entry_imported_by FOREIGN KEY (imported_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_census_entry_used_by FOREIGN KEY (used_by) REFERENCES account (id) ON DELETE SET NULL
);

CREATE TABLE verification_attempt (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    account_id    BIGINT      NOT NULL,
    attempted_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_verification_attempt PRIMARY KEY (id),
    CONSTRAINT fk_verification_attempt_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_verification_attempt_account ON verification_attempt (account_id, attempted_at);

CREATE TABLE organisation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(120) NOT NULL,
    kvk_number   CHAR(8)      NOT NULL,
    website      VARCHAR(200) NULL,
    created_by   BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    verified_at  DATETIME(6)  NULL,
    verified_by  BIGINT       NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uk_organisation_name UNIQUE (name),
    CONSTRAINT uk_organisation_kvk UNIQUE (kvk_number),
    CONSTRAINT fk_organisation_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_organisation_verified_by FOREIGN KEY (verified_by) REFERENCES account (id) ON DELETE SET NULL
);

CREATE TABLE organisation_member (
    organisation_id  BIGINT      NOT NULL,
    account_id       BIGINT      NOT NULL,
    role             VARCHAR(20) NOT NULL,
    invited_at       DATETIME(6) NOT NULL,
    invited_by       BIGINT      NULL,
    accepted_at      DATETIME(6) NULL,
    CONSTRAINT pk_organisation_member PRIMARY KEY (organisation_id, account_id),
    CONSTRAINT fk_organisation_member_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_organisation_member_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_organisation_member_invited_by FOREIGN KEY (invited_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_organisation_member_role CHECK (role IN ('OWNER', 'MEMBER'))
);

CREATE INDEX ix_organisation_member_account ON organisation_member (account_id);

CREATE TABLE consultation (
    id                             BIGINT        NOT NULL AUTO_INCREMENT,
    title                          VARCHAR(150)  NOT NULL,
    summary                        VARCHAR(500)  NOT NULL,
    body                           TEXT          NOT NULL,
    information_from               DATETIME(6)   NOT NULL,
    proposals_from                 DATETIME(6)   NOT NULL,
    supports_from                  DATETIME(6)   NOT NULL,
    deliberation_from              DATETIME(6)   NOT NULL,
    closed_from                    DATETIME(6)   NOT NULL,
    outcome                        TEXT          NULL,
    outcome_published_at           DATETIME(6)   NULL,
    support_threshold              INT           NOT NULL,
    max_proposals_per_resident     INT           NOT NULL,
    edit_window_minutes            INT           NOT NULL,
    supports_require_verification  BOOLEAN       NOT NULL,
    premoderation                  BOOLEAN       NOT NULL,
    created_by                     BIGINT        NOT NULL,
    created_at                     DATETIME(6)   NOT NULL,
    updated_at                     DATETIME(6)   NOT NULL,
    version                        INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_consultation PRIMARY KEY (id),
    CONSTRAINT fk_consultation_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_consultation_phases CHECK (information_from <= proposals_from AND proposals_from <= supports_from
        AND supports_from <= deliberation_from AND deliberation_from <= closed_from),
    CONSTRAINT ck_consultation_settings CHECK (support_threshold > 0 AND max_proposals_per_resident > 0
        AND edit_window_minutes >= 0)
);

CREATE INDEX ix_consultation_phase ON consultation (information_from, closed_from);

CREATE TABLE consultation_theme (
    consultation_id  BIGINT      NOT NULL,
    theme_code       VARCHAR(10) NOT NULL,
    CONSTRAINT pk_consultation_theme PRIMARY KEY (consultation_id, theme_code),
    CONSTRAINT fk_consultation_theme_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE,
    CONSTRAINT fk_consultation_theme_theme FOREIGN KEY (theme_code) REFERENCES agenda_theme (code)
);

CREATE INDEX ix_consultation_theme_theme ON consultation_theme (theme_code);

CREATE TABLE consultation_topic (
    consultation_id  BIGINT      NOT NULL,
    topic_code       VARCHAR(40) NOT NULL,
    CONSTRAINT pk_consultation_topic PRIMARY KEY (consultation_id, topic_code),
    CONSTRAINT fk_consultation_topic_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE,
    CONSTRAINT fk_consultation_topic_topic FOREIGN KEY (topic_code) REFERENCES digital_topic (code)
);

CREATE INDEX ix_consultation_topic_topic ON consultation_topic (topic_code);

CREATE TABLE proposal (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    consultation_id     BIGINT         NOT NULL,
    author_id           BIGINT         NOT NULL,
    organisation_id     BIGINT         NULL,
    title               VARCHAR(150)   NOT NULL,
    body                VARCHAR(4000)  NOT NULL,
    address             VARCHAR(200)   NULL,
    latitude            DECIMAL(9, 6)  NULL,
    longitude           DECIMAL(9, 6)  NULL,
    state               VARCHAR(30)    NOT NULL,
    withdrawn_reason    VARCHAR(1000)  NULL,
    answer_kind         VARCHAR(20)    NULL,
    answer_text         VARCHAR(4000)  NULL,
    answered_at         DATETIME(6)    NULL,
    answered_by         BIGINT         NULL,
    support_count       INT            NOT NULL DEFAULT 0,
    comment_count       INT            NOT NULL DEFAULT 0,
    comments_for        INT            NOT NULL DEFAULT 0,
    comments_against    INT            NOT NULL DEFAULT 0,
    entered_by          BIGINT         NULL,
    entry_channel       VARCHAR(20)    NULL,
    created_at          DATETIME(6)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    version             INT            NOT NULL DEFAULT 0,
    CONSTRAINT pk_proposal PRIMARY KEY (id),
    CONSTRAINT fk_proposal_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_proposal_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_proposal_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_proposal_answered_by FOREIGN KEY (answered_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_proposal_entered_by FOREIGN KEY (entered_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_proposal_state CHECK (state IN ('PUBLISHED', 'FOR_COUNCIL', 'ANSWERED', 'WITHDRAWN', 'HIDDEN',
        'AWAITING_MODERATION')),
    CONSTRAINT ck_proposal_answer_kind CHECK (answer_kind IN ('ACCEPTED', 'REJECTED', 'IN_MOTION')),
    CONSTRAINT ck_proposal_entry_channel CHECK (entry_channel IN ('PHONE', 'DESK', 'LETTER')),
    CONSTRAINT ck_proposal_counts CHECK (support_count >= 0 AND comment_count >= 0 AND comments_for >= 0
        AND comments_against >= 0)
);

CREATE INDEX ix_proposal_consultation ON proposal (consultation_id, state, created_at);
CREATE INDEX ix_proposal_author ON proposal (author_id, consultation_id);
CREATE INDEX ix_proposal_support_count ON proposal (support_count);
/* [jooq ignore start] */
CREATE FULLTEXT INDEX ft_proposal_text ON proposal (title, body);
/* [jooq ignore stop] */

CREATE TABLE proposal_topic (
    proposal_id  BIGINT      NOT NULL,
    topic_code   VARCHAR(40) NOT NULL,
    CONSTRAINT pk_proposal_topic PRIMARY KEY (proposal_id, topic_code),
    CONSTRAINT fk_proposal_topic_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_topic_topic FOREIGN KEY (topic_code) REFERENCES digital_topic (code)
);

CREATE INDEX ix_proposal_topic_topic ON proposal_topic (topic_code);

-- One support per resident per proposal, whatever the number of clicks, tabs or requests.
CREATE TABLE support (
    proposal_id    BIGINT      NOT NULL,
    account_id     BIGINT      NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    entered_by     BIGINT      NULL,
    entry_channel  VARCHAR(20) NULL,
    CONSTRAINT pk_support PRIMARY KEY (proposal_id, account_id),
    CONSTRAINT fk_support_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_support_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_support_entered_by FOREIGN KEY (entered_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_support_entry_channel CHECK (entry_channel IN ('PHONE', 'DESK', 'LETTER'))
);

CREATE INDEX ix_support_account ON support (account_id);

CREATE TABLE comment (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    proposal_id      BIGINT         NOT NULL,
    parent_id        BIGINT         NULL,
    depth            INT            NOT NULL,
    author_id        BIGINT         NOT NULL,
    organisation_id  BIGINT         NULL,
    alignment        VARCHAR(10)    NOT NULL,
    body             VARCHAR(2000)  NOT NULL,
    state            VARCHAR(30)    NOT NULL,
    edited_at        DATETIME(6)    NULL,
    created_at       DATETIME(6)    NOT NULL,
    version          INT            NOT NULL DEFAULT 0,
    CONSTRAINT pk_comment PRIMARY KEY (id),
    CONSTRAINT fk_comment_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES comment (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_comment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_comment_alignment CHECK (alignment IN ('FOR', 'AGAINST', 'NEUTRAL')),
    CONSTRAINT ck_comment_state CHECK (state IN ('PUBLISHED', 'REMOVED_BY_AUTHOR', 'HIDDEN', 'AWAITING_MODERATION')),
    CONSTRAINT ck_comment_depth CHECK (depth BETWEEN 1 AND 3)
);

CREATE INDEX ix_comment_proposal ON comment (proposal_id, created_at);

CREATE TABLE follow (
    account_id   BIGINT      NOT NULL,
    target_type  VARCHAR(20) NOT NULL,
    target_id    BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_follow PRIMARY KEY (account_id, target_type, target_id),
    CONSTRAINT fk_follow_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_follow_target_type CHECK (target_type IN ('PROPOSAL', 'CONSULTATION'))
);

CREATE INDEX ix_follow_target ON follow (target_type, target_id);

CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    account_id   BIGINT        NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    subject_id   BIGINT        NULL,
    title        VARCHAR(300)  NOT NULL,
    link         VARCHAR(300)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6)   NULL,
    digested_at  DATETIME(6)   NULL,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_notification_account ON notification (account_id, read_at, created_at);

-- Mails wait here until the sender has handed them to the SMTP server; a row is marked sent only then.
CREATE TABLE mail_outbox (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    recipient     VARCHAR(254)  NOT NULL,
    subject       VARCHAR(300)  NOT NULL,
    body          TEXT          NOT NULL,
    message_id    VARCHAR(100)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    next_attempt  DATETIME(6)   NOT NULL,
    attempts      INT           NOT NULL DEFAULT 0,
    last_error    VARCHAR(500)  NULL,
    sent_at       DATETIME(6)   NULL,
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
    CONSTRAINT uk_mail_outbox_message_id UNIQUE (message_id)
);

CREATE INDEX ix_mail_outbox_pending ON mail_outbox (sent_at, next_attempt);
