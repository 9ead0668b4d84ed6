-- Issue 9: a page of the proposal list reads about 20 entries of an index in every order, instead of hashing and
-- sorting the whole consultation for every page of every visitor.

-- The random order: four random ranks stored per proposal, each read upwards or downwards, give eight orders; a
-- visitor keeps one (chosen by the seed of the session), so a page is a walk along one index.
ALTER TABLE proposal ADD COLUMN random_rank_0 INT NOT NULL DEFAULT 0;
ALTER TABLE proposal ADD COLUMN random_rank_1 INT NOT NULL DEFAULT 0;
ALTER TABLE proposal ADD COLUMN random_rank_2 INT NOT NULL DEFAULT 0;
ALTER TABLE proposal ADD COLUMN random_rank_3 INT NOT NULL DEFAULT 0;
/* [jooq ignore start] */
UPDATE proposal SET random_rank_0 = FLOOR(1 + RAND() * 2147483646), random_rank_1 = FLOOR(1 + RAND() * 2147483646),
    random_rank_2 = FLOOR(1 + RAND() * 2147483646), random_rank_3 = FLOOR(1 + RAND() * 2147483646);
-- Every way a proposal is inserted gets its ranks, the application's and a bulk load's alike.
CREATE TRIGGER proposal_random_ranks BEFORE INSERT ON proposal FOR EACH ROW
    SET NEW.random_rank_0 = IF(NEW.random_rank_0 = 0, FLOOR(1 + RAND() * 2147483646), NEW.random_rank_0),
        NEW.random_rank_1 = IF(NEW.random_rank_1 = 0, FLOOR(1 + RAND() * 2147483646), NEW.random_rank_1),
        NEW.random_rank_2 = IF(NEW.random_rank_2 = 0, FLOOR(1 + RAND() * 2147483646), NEW.random_rank_2),
        NEW.random_rank_3 = IF(NEW.random_rank_3 = 0, FLOOR(1 + RAND() * 2147483646), NEW.random_rank_3);
/* [jooq ignore stop] */
CREATE INDEX ix_proposal_random_0 ON proposal (consultation_id, random_rank_0, id);
CREATE INDEX ix_proposal_random_1 ON proposal (consultation_id, random_rank_1, id);
CREATE INDEX ix_proposal_random_2 ON proposal (consultation_id, random_rank_2, id);
CREATE INDEX ix_proposal_random_3 ON proposal (consultation_id, random_rank_3, id);

-- The other orders: most supported and most commented first with ties oldest first (descending keys, MariaDB 10.8
-- and later), newest first read backwards.
DROP INDEX ix_proposal_consultation_support ON proposal;
CREATE INDEX ix_proposal_consultation_support ON proposal (consultation_id, support_count DESC, id);
CREATE INDEX ix_proposal_consultation_comments ON proposal (consultation_id, comment_count DESC, id);
CREATE INDEX ix_proposal_consultation_newest ON proposal (consultation_id, created_at, id);
