-- Value discussions (issue 11): a councillor or griffier frames a question with the public values at stake and
-- seed statements; participants agree, disagree or pass on statements one at a time and spread 100 points over
-- the values; the opinion maths runs in the background and stores its latest result per discussion.

-- state: DRAFT (author and griffie only), OFFERED (waits for the griffie's approval), REJECTED (the griffie said
-- no, with a reason), PUBLISHED (open between opens_at and closes_at). Closing is a date, not a state.
-- The counters are kept in the same transaction as the rows they count.
CREATE TABLE discussion (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    question            VARCHAR(300)  NOT NULL,
    context             TEXT          NOT NULL,
    consultation_id     BIGINT        NULL,
    author_id           BIGINT        NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    opens_at            DATETIME(6)   NOT NULL,
    closes_at           DATETIME(6)   NOT NULL,
    residents_may_add   BOOLEAN       NOT NULL,
    premoderation       BOOLEAN       NOT NULL,
    eligibility         VARCHAR(20)   NOT NULL,
    imported            BOOLEAN       NOT NULL DEFAULT FALSE,
    decided_by          BIGINT        NULL,
    decided_at          DATETIME(6)   NULL,
    decision_reason     VARCHAR(1000) NULL,
    statement_count     INT           NOT NULL DEFAULT 0,
    participant_count   INT           NOT NULL DEFAULT 0,
    vote_count          INT           NOT NULL DEFAULT 0,
    votes_changed_at    DATETIME(6)   NULL,
    final_report_at     DATETIME(6)   NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_discussion PRIMARY KEY (id),
    CONSTRAINT fk_discussion_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_discussion_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_discussion_decided_by FOREIGN KEY (decided_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_discussion_state CHECK (state IN ('DRAFT', 'OFFERED', 'REJECTED', 'PUBLISHED')),
    CONSTRAINT ck_discussion_eligibility CHECK (eligibility IN ('LOGGED_IN', 'VERIFIED_RESIDENTS')),
    CONSTRAINT ck_discussion_dates CHECK (opens_at < closes_at),
    CONSTRAINT ck_discussion_counts CHECK (statement_count >= 0 AND participant_count >= 0 AND vote_count >= 0)
);

CREATE INDEX ix_discussion_state ON discussion (state, closes_at);
CREATE INDEX ix_discussion_consultation ON discussion (consultation_id);
CREATE INDEX ix_discussion_author ON discussion (author_id);

CREATE TABLE discussion_theme (
    discussion_id  BIGINT      NOT NULL,
    theme_code     VARCHAR(10) NOT NULL,
    CONSTRAINT pk_discussion_theme PRIMARY KEY (discussion_id, theme_code),
    CONSTRAINT fk_discussion_theme_discussion FOREIGN KEY (discussion_id) REFERENCES discussion (id) ON DELETE CASCADE,
    CONSTRAINT fk_discussion_theme_theme FOREIGN KEY (theme_code) REFERENCES agenda_theme (code)
);

CREATE INDEX ix_discussion_theme_theme ON discussion_theme (theme_code);

-- The public values at stake, in the order the author gave them.
CREATE TABLE discussion_value (
    discussion_id  BIGINT      NOT NULL,
    value_code     VARCHAR(40) NOT NULL,
    position       INT         NOT NULL,
    CONSTRAINT pk_discussion_value PRIMARY KEY (discussion_id, value_code),
    CONSTRAINT fk_discussion_value_discussion FOREIGN KEY (discussion_id) REFERENCES discussion (id) ON DELETE CASCADE,
    CONSTRAINT fk_discussion_value_value FOREIGN KEY (value_code) REFERENCES public_value (code)
);

-- One plain sentence per pair of values; value_a sorts before value_b so a pair is stored once.
CREATE TABLE discussion_tradeoff (
    discussion_id  BIGINT       NOT NULL,
    value_a        VARCHAR(40)  NOT NULL,
    value_b        VARCHAR(40)  NOT NULL,
    sentence       VARCHAR(300) NOT NULL,
    CONSTRAINT pk_discussion_tradeoff PRIMARY KEY (discussion_id, value_a, value_b),
    CONSTRAINT fk_discussion_tradeoff_a FOREIGN KEY (discussion_id, value_a) REFERENCES discussion_value (discussion_id, value_code) ON DELETE CASCADE,
    CONSTRAINT fk_discussion_tradeoff_b FOREIGN KEY (discussion_id, value_b) REFERENCES discussion_value (discussion_id, value_code) ON DELETE CASCADE,
    CONSTRAINT ck_discussion_tradeoff_order CHECK (value_a < value_b)
);

-- Who takes part: an account, or an anonymous participant of an imported Pol.is conversation (imported_ref is
-- Pol.is' participant id). Exports use this id, never the account. A deleted account leaves an anonymous
-- participant whose votes still count (MariaDB allows no CHECK on a column an ON DELETE SET NULL key writes).
CREATE TABLE discussion_participant (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    discussion_id  BIGINT      NOT NULL,
    account_id     BIGINT      NULL,
    imported_ref   VARCHAR(40) NULL,
    joined_at      DATETIME(6) NOT NULL,
    CONSTRAINT pk_discussion_participant PRIMARY KEY (id),
    CONSTRAINT uk_discussion_participant_account UNIQUE (discussion_id, account_id),
    CONSTRAINT uk_discussion_participant_imported UNIQUE (discussion_id, imported_ref),
    CONSTRAINT fk_discussion_participant_discussion FOREIGN KEY (discussion_id) REFERENCES discussion (id) ON DELETE CASCADE,
    CONSTRAINT fk_discussion_participant_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL
);

-- state: PUBLISHED, PENDING (waits for the griffie under pre-moderation) or HIDDEN (moderated out; left out of
-- the maths). hidden_from_state lets a restore put it back exactly. The text is limited to 280 characters by
-- the service for new statements; imported ones keep their original text.
CREATE TABLE statement (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    discussion_id       BIGINT        NOT NULL,
    text                VARCHAR(2000) NOT NULL,
    seed                BOOLEAN       NOT NULL,
    author_id           BIGINT        NULL,
    participant_id      BIGINT        NULL,
    state               VARCHAR(20)   NOT NULL,
    hidden_from_state   VARCHAR(20)   NULL,
    imported_ref        INT           NULL,
    agree_count         INT           NOT NULL DEFAULT 0,
    disagree_count      INT           NOT NULL DEFAULT 0,
    pass_count          INT           NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_statement PRIMARY KEY (id),
    CONSTRAINT uk_statement_imported UNIQUE (discussion_id, imported_ref),
    CONSTRAINT fk_statement_discussion FOREIGN KEY (discussion_id) REFERENCES discussion (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_author FOREIGN KEY (author_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT fk_statement_participant FOREIGN KEY (participant_id) REFERENCES discussion_participant (id),
    CONSTRAINT ck_statement_state CHECK (state IN ('PUBLISHED', 'PENDING', 'HIDDEN')),
    CONSTRAINT ck_statement_hidden_from CHECK (hidden_from_state IN ('PUBLISHED', 'PENDING')),
    CONSTRAINT ck_statement_counts CHECK (agree_count >= 0 AND disagree_count >= 0 AND pass_count >= 0)
);

CREATE INDEX ix_statement_discussion ON statement (discussion_id, state, id);

-- One vote per participant per statement; a changed vote replaces the old one.
CREATE TABLE statement_vote (
    statement_id    BIGINT      NOT NULL,
    participant_id  BIGINT      NOT NULL,
    discussion_id   BIGINT      NOT NULL,
    stance          VARCHAR(10) NOT NULL,
    voted_at        DATETIME(6) NOT NULL,
    CONSTRAINT pk_statement_vote PRIMARY KEY (statement_id, participant_id),
    CONSTRAINT fk_statement_vote_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_vote_participant FOREIGN KEY (participant_id) REFERENCES discussion_participant (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_vote_discussion FOREIGN KEY (discussion_id) REFERENCES discussion (id) ON DELETE CASCADE,
    CONSTRAINT ck_statement_vote_stance CHECK (stance IN ('AGREE', 'DISAGREE', 'PASS'))
);

CREATE INDEX ix_statement_vote_discussion ON statement_vote (discussion_id, participant_id);

-- 100 points spread over the discussion's values, once per participant, changeable while the discussion is open.
CREATE TABLE value_weight (
    participant_id  BIGINT      NOT NULL,
    value_code      VARCHAR(40) NOT NULL,
    points          INT         NOT NULL,
    CONSTRAINT pk_value_weight PRIMARY KEY (participant_id, value_code),
    CONSTRAINT fk_value_weight_participant FOREIGN KEY (participant_id) REFERENCES discussion_participant (id) ON DELETE CASCADE,
    CONSTRAINT fk_value_weight_value FOREIGN KEY (value_code) REFERENCES public_value (code),
    CONSTRAINT ck_value_weight_points CHECK (points BETWEEN 0 AND 100)
);

-- Statements are moderated through the existing queue.
ALTER TABLE moderation_item DROP CONSTRAINT ck_moderation_item_type;
ALTER TABLE moderation_item ADD CONSTRAINT ck_moderation_item_type CHECK (item_type IN ('PROPOSAL', 'COMMENT',
    'PROFILE', 'STATEMENT'));
