-- Issue 10, ADR 23: the audit chain is keyed, and the database refuses changes to it.

-- Entries up to legacy_until were hashed with plain SHA-256, before the chain had a key; every later entry carries
-- an HMAC. The boundary is fixed here once, so that a rewritten entry cannot pass as one of the old kind.
CREATE TABLE audit_keying (
    id           INT    NOT NULL,
    legacy_until BIGINT NOT NULL,
    CONSTRAINT pk_audit_keying PRIMARY KEY (id),
    CONSTRAINT ck_audit_keying_single CHECK (id = 1)
);

-- [jooq ignore start]
INSERT INTO audit_keying (id, legacy_until) SELECT id, last_seq FROM audit_head WHERE id = 1;

-- For every account, root included; only an account that may drop triggers (the one running these migrations,
-- never the application's) can get past them, and then the key and the anchors kept outside still tell.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit entries cannot be changed';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit entries cannot be removed';

CREATE TRIGGER audit_keying_no_update BEFORE UPDATE ON audit_keying FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit chain keying cannot be changed';

CREATE TRIGGER audit_keying_no_delete BEFORE DELETE ON audit_keying FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit chain keying cannot be removed';
-- [jooq ignore stop]
