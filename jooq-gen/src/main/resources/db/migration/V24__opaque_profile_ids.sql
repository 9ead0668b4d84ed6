-- A public profile is addressed by an opaque id (issue 10): counting through /deelnemers/1, /deelnemers/2, ... must
-- not list the platform's accounts. Ten random bytes from the server's cryptographic generator, as 20 hex digits.
ALTER TABLE account ADD COLUMN public_id CHAR(20) NULL;
/* [jooq ignore start] */
UPDATE account SET public_id = LOWER(HEX(RANDOM_BYTES(10)));
-- Every way an account is inserted gets one, the application's and a bulk load's alike. MariaDB checks NOT NULL
-- before a BEFORE INSERT trigger runs, hence the empty default the trigger replaces.
CREATE TRIGGER account_public_id BEFORE INSERT ON account FOR EACH ROW
    SET NEW.public_id = IF(NEW.public_id = '', LOWER(HEX(RANDOM_BYTES(10))), NEW.public_id);
/* [jooq ignore stop] */
ALTER TABLE account MODIFY public_id CHAR(20) NOT NULL DEFAULT '';
CREATE UNIQUE INDEX ux_account_public_id ON account (public_id);
