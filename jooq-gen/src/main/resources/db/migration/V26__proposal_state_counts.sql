-- Issue 9: the number of proposals a consultation's list shows, read from one counter per consultation and state
-- instead of counting up to 100,000 index entries for every page of every visitor.
CREATE TABLE proposal_state_count (
    consultation_id BIGINT      NOT NULL,
    state           VARCHAR(30) NOT NULL,
    proposals       INT         NOT NULL,
    CONSTRAINT pk_proposal_state_count PRIMARY KEY (consultation_id, state),
    CONSTRAINT fk_proposal_state_count_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
        ON DELETE CASCADE
);

/* [jooq ignore start] */
INSERT INTO proposal_state_count (consultation_id, state, proposals)
    SELECT consultation_id, state, COUNT(*) FROM proposal GROUP BY consultation_id, state;

-- Kept by triggers, in the transaction that changes the proposal: every way a proposal is inserted, moved to
-- another state or deleted is counted, the application's, a bulk load's and a test fixture's alike. Updates that
-- leave the state alone (a support, a comment, an edit) insert nothing.
CREATE TRIGGER proposal_state_count_insert AFTER INSERT ON proposal FOR EACH ROW
    INSERT INTO proposal_state_count (consultation_id, state, proposals)
        VALUES (NEW.consultation_id, NEW.state, 1)
        ON DUPLICATE KEY UPDATE proposals = proposals + 1;

CREATE TRIGGER proposal_state_count_update AFTER UPDATE ON proposal FOR EACH ROW
    INSERT INTO proposal_state_count (consultation_id, state, proposals)
        SELECT moved.consultation_id, moved.state, moved.delta
        FROM (SELECT OLD.consultation_id AS consultation_id, OLD.state AS state, -1 AS delta
              UNION ALL
              SELECT NEW.consultation_id, NEW.state, 1) AS moved
        WHERE OLD.state <> NEW.state OR OLD.consultation_id <> NEW.consultation_id
        ON DUPLICATE KEY UPDATE proposals = proposals + VALUE(proposals);

CREATE TRIGGER proposal_state_count_delete AFTER DELETE ON proposal FOR EACH ROW
    UPDATE proposal_state_count SET proposals = proposals - 1
        WHERE consultation_id = OLD.consultation_id AND state = OLD.state;
/* [jooq ignore stop] */
