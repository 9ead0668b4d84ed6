-- Votes on one discussion used to update the discussion's own row (its vote and participant counters and
-- votes_changed_at), so every vote on a discussion queued on that one row lock, and a vote held up for any reason
-- held up all the others (ADR 14). The counters move to a tally spread over 16 slots per
-- discussion (slot = participant id modulo 16); a vote changes its participant's slot in the vote's own transaction
-- and readers sum the slots. A vote now only takes a shared lock on the discussion's row.
--
-- changes counts every new or changed vote. It replaces votes_changed_at as the background maths' sign that votes
-- came in: a time taken before commit can be older than a run that has already seen later votes, a sum of
-- counters read in the run's snapshot cannot. opinion_run.changes_seen is that sum as the stored model saw it.
CREATE TABLE discussion_tally (
    discussion_id      BIGINT      NOT NULL,
    slot               TINYINT     NOT NULL,
    participant_count  INT         NOT NULL DEFAULT 0,
    vote_count         INT         NOT NULL DEFAULT 0,
    changes            BIGINT      NOT NULL DEFAULT 0,
    last_vote_at       DATETIME(6) NOT NULL,
    CONSTRAINT pk_discussion_tally PRIMARY KEY (discussion_id, slot),
    CONSTRAINT fk_discussion_tally_discussion FOREIGN KEY (discussion_id) REFERENCES discussion (id) ON DELETE CASCADE,
    CONSTRAINT ck_discussion_tally CHECK (slot BETWEEN 0 AND 15 AND participant_count >= 0 AND vote_count >= 0
        AND changes >= 0)
);

INSERT INTO discussion_tally (discussion_id, slot, participant_count, vote_count, changes, last_vote_at)
SELECT id, 0, participant_count, vote_count, vote_count, votes_changed_at
FROM discussion
WHERE votes_changed_at IS NOT NULL;

ALTER TABLE opinion_run DROP COLUMN votes_seen;
ALTER TABLE opinion_run ADD COLUMN changes_seen BIGINT NULL;

ALTER TABLE discussion DROP CONSTRAINT ck_discussion_counts;
DROP INDEX ix_discussion_votes_changed ON discussion;
ALTER TABLE discussion DROP COLUMN participant_count;
ALTER TABLE discussion DROP COLUMN vote_count;
ALTER TABLE discussion DROP COLUMN votes_changed_at;
ALTER TABLE discussion ADD CONSTRAINT ck_discussion_counts CHECK (statement_count >= 0);
