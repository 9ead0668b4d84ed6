-- Pol.is' rule for the next statement weighs a statement by how far out on the opinion map it lies (E in
-- opinion-groups.md). Each run of the maths writes it here, so that choosing the next statement reads one column
-- instead of the stored model; 0 until the first run, which the rule treats as "not known yet".
ALTER TABLE statement ADD COLUMN extremity DOUBLE NOT NULL DEFAULT 0;
