-- The open-data bundle (issue 13): every night, and on the griffie's request, a ZIP of all public data (CSV and
-- JSON, a manifest, the licence and SHA-512 checksums). The background worker claims a PREPARING row (claimed_until
-- keeps one worker at a time on it), moves progress (0-100) and stores the ZIP with its own SHA-512, which the public
-- download page shows. The latest and the 30 before it are kept; older ones are deleted.
-- requested_by is null for the nightly run.
CREATE TABLE open_data_bundle (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    status         VARCHAR(20)  NOT NULL,
    progress       INT          NOT NULL DEFAULT 0,
    requested_by   BIGINT       NULL,
    requested_at   DATETIME(6)  NOT NULL,
    claimed_until  DATETIME(6)  NULL,
    ready_at       DATETIME(6)  NULL,
    byte_size      BIGINT       NULL,
    sha512         CHAR(128)    NULL,
    content        LONGBLOB     NULL,
    CONSTRAINT pk_open_data_bundle PRIMARY KEY (id),
    CONSTRAINT fk_open_data_bundle_requested_by FOREIGN KEY (requested_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_open_data_bundle_status CHECK (status IN ('PREPARING', 'READY', 'FAILED')),
    CONSTRAINT ck_open_data_bundle_progress CHECK (progress BETWEEN 0 AND 100)
);

CREATE INDEX ix_open_data_bundle_status ON open_data_bundle (status, requested_at);
