-- The opinion maths' results per value discussion (issue 11): one row per discussion with the latest model, which
-- the next run starts from, and, once the discussion has closed, the final report's model, which never changes.
-- claimed_by / claimed_until keep runs to one at a time per discussion, also across application instances: a run
-- claims the row with a conditional update and gives it back when it stores its result; a crashed run's claim
-- lapses at claimed_until. votes_seen is the discussion's votes_changed_at the stored model was computed from, so
-- the next sweep knows whether anything changed since.
CREATE TABLE opinion_run (
    discussion_id      BIGINT       NOT NULL,
    claimed_by         VARCHAR(64)  NULL,
    claimed_until      DATETIME(6)  NULL,
    computed_at        DATETIME(6)  NULL,
    votes_seen         DATETIME(6)  NULL,
    run_count          INT          NOT NULL DEFAULT 0,
    model              LONGTEXT     NULL,
    final_computed_at  DATETIME(6)  NULL,
    final_model        LONGTEXT     NULL,
    CONSTRAINT pk_opinion_run PRIMARY KEY (discussion_id),
    CONSTRAINT fk_opinion_run_discussion FOREIGN KEY (discussion_id) REFERENCES discussion (id) ON DELETE CASCADE
);

-- The sweeps look for published discussions whose votes changed or that closed without a final report.
CREATE INDEX ix_discussion_votes_changed ON discussion (votes_changed_at);
