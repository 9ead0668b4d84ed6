-- Sorting a consultation's proposals by support reads this index instead of sorting every row.
CREATE INDEX ix_proposal_consultation_support ON proposal (consultation_id, support_count, id);
