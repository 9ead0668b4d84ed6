-- A motion also cites the value discussions (their reports) it grew from, as issue 12 asks: the third kind of
-- citation beside consultations and proposals.
ALTER TABLE motion_citation DROP CONSTRAINT ck_motion_citation_kind;
ALTER TABLE motion_citation ADD CONSTRAINT ck_motion_citation_kind
    CHECK (kind IN ('CONSULTATION', 'PROPOSAL', 'DISCUSSION'));
