-- Organisation invitations by address (issue 10): the owner invites an address, whether or not it has an account,
-- and sees the invitation by that address only, so that inviting tells nobody which addresses have an account. The
-- account with that (confirmed) address sees and accepts it; only then does it become a member row.
CREATE TABLE organisation_invitation (
    organisation_id BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    invited_by      BIGINT       NULL,
    invited_at      DATETIME(6)  NOT NULL,
    CONSTRAINT pk_organisation_invitation PRIMARY KEY (organisation_id, email),
    CONSTRAINT fk_organisation_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_organisation_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES account (id) ON DELETE SET NULL
);

CREATE INDEX ix_organisation_invitation_email ON organisation_invitation (email);

-- Open invitations so far were member rows not yet accepted: they move over, by the invited account's address.
/* [jooq ignore start] */
INSERT INTO organisation_invitation (organisation_id, email, invited_by, invited_at)
SELECT m.organisation_id, a.email, m.invited_by, m.invited_at
FROM organisation_member m
JOIN account a ON a.id = m.account_id
WHERE m.accepted_at IS NULL AND a.deleted_at IS NULL;
DELETE FROM organisation_member WHERE accepted_at IS NULL;
/* [jooq ignore stop] */
