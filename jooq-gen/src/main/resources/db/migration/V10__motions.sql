-- Council terms, meetings, motions and votes (issue 12), modelled on ODS Open Raadsinformatie (ORI) so that an
-- open-data export maps column for column: meeting status, motion type, vote choice and vote result use ORI's
-- vocabulary. See docs/adr/0012-motions-and-votes.md.

-- A council term (raadsperiode) and the seats each party holds in it; votes per party count these seats.
CREATE TABLE council_term (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100)  NOT NULL,
    starts_on   DATE          NOT NULL,
    ends_on     DATE          NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_council_term PRIMARY KEY (id),
    CONSTRAINT uk_council_term_name UNIQUE (name),
    CONSTRAINT ck_council_term_dates CHECK (starts_on < ends_on)
);

CREATE TABLE council_seat (
    term_id   BIGINT  NOT NULL,
    party_id  BIGINT  NOT NULL,
    seats     INT     NOT NULL,
    CONSTRAINT pk_council_seat PRIMARY KEY (term_id, party_id),
    CONSTRAINT fk_council_seat_term FOREIGN KEY (term_id) REFERENCES council_term (id) ON DELETE CASCADE,
    CONSTRAINT fk_council_seat_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT ck_council_seat_seats CHECK (seats BETWEEN 0 AND 100)
);

CREATE INDEX ix_council_seat_party ON council_seat (party_id);

-- kind: COUNCIL (raadsvergadering) or COMMITTEE (commissievergadering); status as ORI: PLANNED, HELD, CANCELLED.
CREATE TABLE council_meeting (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    term_id     BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    title       VARCHAR(150)  NOT NULL,
    starts_at   DATETIME(6)   NOT NULL,
    place       VARCHAR(200)  NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    created_by  BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_council_meeting PRIMARY KEY (id),
    CONSTRAINT fk_council_meeting_term FOREIGN KEY (term_id) REFERENCES council_term (id),
    CONSTRAINT fk_council_meeting_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_council_meeting_kind CHECK (kind IN ('COUNCIL', 'COMMITTEE')),
    CONSTRAINT ck_council_meeting_status CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED'))
);

CREATE INDEX ix_council_meeting_starts_at ON council_meeting (starts_at);

-- The meeting's agenda, in the order of position (1, 2, ...).
CREATE TABLE meeting_item (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    meeting_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_meeting_item PRIMARY KEY (id),
    CONSTRAINT fk_meeting_item_meeting FOREIGN KEY (meeting_id) REFERENCES council_meeting (id) ON DELETE CASCADE,
    CONSTRAINT uk_meeting_item_position UNIQUE (meeting_id, position),
    CONSTRAINT ck_meeting_item_position CHECK (position > 0)
);

CREATE TABLE meeting_item_theme (
    item_id     BIGINT       NOT NULL,
    theme_code  VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_meeting_item_theme PRIMARY KEY (item_id, theme_code),
    CONSTRAINT fk_meeting_item_theme_item FOREIGN KEY (item_id) REFERENCES meeting_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_item_theme_theme FOREIGN KEY (theme_code) REFERENCES agenda_theme (code)
);

CREATE INDEX ix_meeting_item_theme_theme ON meeting_item_theme (theme_code);

-- motion_type as ORI: MOTION, INSTRUCTION, NO_CONFIDENCE, AMENDMENT (an amendment changes part amended_part of
-- motion amends_motion_id). state: DRAFT (submitters only), SUBMITTED, HELD_OVER, WITHDRAWN, VOTED; result is the
-- latest vote's (ADOPTED, REJECTED, TIED), kept here so that lists need no join. The text lives in versions.
CREATE TABLE motion (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    motion_type       VARCHAR(20)   NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    item_id           BIGINT        NULL,
    amends_motion_id  BIGINT        NULL,
    amended_part      INT           NULL,
    current_version   INT           NOT NULL DEFAULT 1,
    result            VARCHAR(20)   NULL,
    first_submitter   BIGINT        NOT NULL,
    submitted_at      DATETIME(6)   NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_motion PRIMARY KEY (id),
    CONSTRAINT fk_motion_item FOREIGN KEY (item_id) REFERENCES meeting_item (id),
    CONSTRAINT fk_motion_amends FOREIGN KEY (amends_motion_id) REFERENCES motion (id),
    CONSTRAINT fk_motion_first_submitter FOREIGN KEY (first_submitter) REFERENCES account (id),
    CONSTRAINT ck_motion_type CHECK (motion_type IN ('MOTION', 'INSTRUCTION', 'NO_CONFIDENCE', 'AMENDMENT')),
    CONSTRAINT ck_motion_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'HELD_OVER', 'WITHDRAWN', 'VOTED')),
    CONSTRAINT ck_motion_result CHECK (result IN ('ADOPTED', 'REJECTED', 'TIED')),
    CONSTRAINT ck_motion_amendment CHECK (motion_type <> 'AMENDMENT' OR (amends_motion_id IS NOT NULL AND amended_part > 0))
);

CREATE INDEX ix_motion_state ON motion (state, submitted_at);
CREATE INDEX ix_motion_item ON motion (item_id);
CREATE INDEX ix_motion_first_submitter ON motion (first_submitter);

-- Each text the motion had; a submitted motion changes only by a new version, and every version stays readable.
-- replacement: an amendment's new text for the amended part.
CREATE TABLE motion_version (
    motion_id    BIGINT         NOT NULL,
    number       INT            NOT NULL,
    title        VARCHAR(200)   NOT NULL,
    replacement  VARCHAR(4000)  NULL,
    created_by   BIGINT         NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    CONSTRAINT pk_motion_version PRIMARY KEY (motion_id, number),
    CONSTRAINT fk_motion_version_motion FOREIGN KEY (motion_id) REFERENCES motion (id) ON DELETE CASCADE,
    CONSTRAINT fk_motion_version_created_by FOREIGN KEY (created_by) REFERENCES account (id)
);

-- kind: FINDING (constaterende dat), CONSIDERATION (overwegende dat), REQUEST (verzoekt het college).
CREATE TABLE motion_clause (
    motion_id       BIGINT         NOT NULL,
    version_number  INT            NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    position        INT            NOT NULL,
    body            VARCHAR(2000)  NOT NULL,
    CONSTRAINT pk_motion_clause PRIMARY KEY (motion_id, version_number, kind, position),
    CONSTRAINT fk_motion_clause_version FOREIGN KEY (motion_id, version_number)
        REFERENCES motion_version (motion_id, number) ON DELETE CASCADE,
    CONSTRAINT ck_motion_clause_kind CHECK (kind IN ('FINDING', 'CONSIDERATION', 'REQUEST'))
);

-- The first submitter (ACCEPTED from the start) and the co-signers they invited: INVITED, ACCEPTED, DECLINED.
-- party_id is the party the councillor signed for, which stays when they change party later.
CREATE TABLE motion_submitter (
    motion_id    BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    party_id     BIGINT       NULL,
    status       VARCHAR(20)  NOT NULL,
    invited_at   DATETIME(6)  NOT NULL,
    answered_at  DATETIME(6)  NULL,
    CONSTRAINT pk_motion_submitter PRIMARY KEY (motion_id, account_id),
    CONSTRAINT fk_motion_submitter_motion FOREIGN KEY (motion_id) REFERENCES motion (id) ON DELETE CASCADE,
    CONSTRAINT fk_motion_submitter_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_motion_submitter_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT ck_motion_submitter_status CHECK (status IN ('INVITED', 'ACCEPTED', 'DECLINED'))
);

CREATE INDEX ix_motion_submitter_account ON motion_submitter (account_id);

-- What the motion cites. A later migration widens the kind check (a value-discussion report) without new tables.
CREATE TABLE motion_citation (
    motion_id  BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    target_id  BIGINT       NOT NULL,
    CONSTRAINT pk_motion_citation PRIMARY KEY (motion_id, kind, target_id),
    CONSTRAINT fk_motion_citation_motion FOREIGN KEY (motion_id) REFERENCES motion (id) ON DELETE CASCADE,
    CONSTRAINT ck_motion_citation_kind CHECK (kind IN ('CONSULTATION', 'PROPOSAL'))
);

CREATE INDEX ix_motion_citation_target ON motion_citation (kind, target_id);

CREATE TABLE motion_theme (
    motion_id   BIGINT       NOT NULL,
    theme_code  VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_motion_theme PRIMARY KEY (motion_id, theme_code),
    CONSTRAINT fk_motion_theme_motion FOREIGN KEY (motion_id) REFERENCES motion (id) ON DELETE CASCADE,
    CONSTRAINT fk_motion_theme_theme FOREIGN KEY (theme_code) REFERENCES agenda_theme (code)
);

CREATE INDEX ix_motion_theme_theme ON motion_theme (theme_code);

-- Every change of a motion, public once it is submitted: who did what when, and the state it left.
CREATE TABLE motion_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    motion_id   BIGINT        NOT NULL,
    action      VARCHAR(30)   NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    actor_id    BIGINT        NOT NULL,
    acted_at    DATETIME(6)   NOT NULL,
    details     VARCHAR(300)  NULL,
    CONSTRAINT pk_motion_event PRIMARY KEY (id),
    CONSTRAINT fk_motion_event_motion FOREIGN KEY (motion_id) REFERENCES motion (id) ON DELETE CASCADE,
    CONSTRAINT fk_motion_event_actor FOREIGN KEY (actor_id) REFERENCES account (id)
);

CREATE INDEX ix_motion_event_motion ON motion_event (motion_id, id);

-- A vote on a motion at a meeting. method: PARTY (per party with its seats), ROLL_CALL (hoofdelijk, per member),
-- WITHOUT_VOTE (hamerstuk, adopted). The counts and result are computed, never typed. A correction is a new row
-- naming the one it corrects; the motion's result is the newest row's.
CREATE TABLE motion_vote (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    motion_id      BIGINT         NOT NULL,
    meeting_id     BIGINT         NOT NULL,
    method         VARCHAR(20)    NOT NULL,
    votes_for      INT            NOT NULL,
    votes_against  INT            NOT NULL,
    result         VARCHAR(20)    NOT NULL,
    corrects_id    BIGINT         NULL,
    reason         VARCHAR(1000)  NULL,
    recorded_by    BIGINT         NOT NULL,
    recorded_at    DATETIME(6)    NOT NULL,
    CONSTRAINT pk_motion_vote PRIMARY KEY (id),
    CONSTRAINT fk_motion_vote_motion FOREIGN KEY (motion_id) REFERENCES motion (id) ON DELETE CASCADE,
    CONSTRAINT fk_motion_vote_meeting FOREIGN KEY (meeting_id) REFERENCES council_meeting (id),
    CONSTRAINT fk_motion_vote_corrects FOREIGN KEY (corrects_id) REFERENCES motion_vote (id),
    CONSTRAINT fk_motion_vote_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id),
    CONSTRAINT ck_motion_vote_method CHECK (method IN ('PARTY', 'ROLL_CALL', 'WITHOUT_VOTE')),
    CONSTRAINT ck_motion_vote_result CHECK (result IN ('ADOPTED', 'REJECTED', 'TIED')),
    CONSTRAINT ck_motion_vote_counts CHECK (votes_for >= 0 AND votes_against >= 0)
);

CREATE INDEX ix_motion_vote_motion ON motion_vote (motion_id, id);

-- choice as ORI: FOR, AGAINST, ABSTAIN, ABSENT. For a party vote: the party's seats in the term; for a roll call:
-- one line per member, with the party they sat for.
CREATE TABLE motion_vote_line (
    vote_id     BIGINT       NOT NULL,
    party_id    BIGINT       NOT NULL,
    account_id  BIGINT       NULL,
    position    INT          NOT NULL,
    seats       INT          NOT NULL,
    choice      VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_motion_vote_line PRIMARY KEY (vote_id, position),
    CONSTRAINT fk_motion_vote_line_vote FOREIGN KEY (vote_id) REFERENCES motion_vote (id) ON DELETE CASCADE,
    CONSTRAINT fk_motion_vote_line_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_motion_vote_line_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_motion_vote_line_choice CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN', 'ABSENT')),
    CONSTRAINT ck_motion_vote_line_seats CHECK (seats >= 0)
);
