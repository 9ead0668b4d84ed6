-- Foundation schema: accounts, roles, parties, login throttling, agenda reference data.
-- Times are stored as DATETIME(6) in UTC; the jOOQ converter maps them to Instant.
-- Indexes are separate statements so that jOOQ's DDL parser reads this file as MariaDB runs it.

CREATE TABLE party (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    name          VARCHAR(100) NOT NULL,
    abbreviation  VARCHAR(20)  NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_party PRIMARY KEY (id),
    CONSTRAINT uk_party_name UNIQUE (name),
    CONSTRAINT uk_party_abbreviation UNIQUE (abbreviation)
);

CREATE TABLE account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    email               VARCHAR(254) NOT NULL,
    display_name        VARCHAR(80)  NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    language            VARCHAR(2)   NOT NULL DEFAULT 'nl',
    email_confirmed_at  DATETIME(6)  NULL,
    party_id            BIGINT       NULL,
    created_at          DATETIME(6)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uk_account_email UNIQUE (email),
    CONSTRAINT fk_account_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT ck_account_language CHECK (language IN ('nl', 'en'))
);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    granted_at  DATETIME(6) NOT NULL,
    granted_by  BIGINT      NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_role_granted_by FOREIGN KEY (granted_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_account_role CHECK (role IN ('RESIDENT', 'COUNCILLOR', 'GRIFFIER', 'ADMIN'))
);

-- Single-use tokens for e-mail confirmation and password reset; only a SHA-256 of the token is kept.
CREATE TABLE account_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    account_id  BIGINT      NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    CONSTRAINT pk_account_token PRIMARY KEY (id),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD'))
);

CREATE INDEX ix_account_token_account ON account_token (account_id, purpose);

-- Failed logins, per e-mail address tried and per client address, for throttling.
CREATE TABLE login_failure (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    email      VARCHAR(254) NOT NULL,
    client_ip  VARCHAR(45)  NOT NULL,
    failed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_login_failure PRIMARY KEY (id)
);

CREATE INDEX ix_login_failure_email ON login_failure (email, failed_at);
CREATE INDEX ix_login_failure_ip ON login_failure (client_ip, failed_at);

CREATE TABLE agenda_goal (
    code        VARCHAR(10)  NOT NULL,
    position    INT          NOT NULL,
    name_nl     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    summary_nl  VARCHAR(1000) NOT NULL,
    summary_en  VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_agenda_goal PRIMARY KEY (code)
);

CREATE TABLE agenda_topic (
    code       VARCHAR(10)  NOT NULL,
    goal_code  VARCHAR(10)  NOT NULL,
    position   INT          NOT NULL,
    name_nl    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    CONSTRAINT pk_agenda_topic PRIMARY KEY (code),
    CONSTRAINT fk_agenda_topic_goal FOREIGN KEY (goal_code) REFERENCES agenda_goal (code)
);

CREATE TABLE agenda_theme (
    code            VARCHAR(10)   NOT NULL,
    topic_code      VARCHAR(10)   NOT NULL,
    position        INT           NOT NULL,
    name_nl         VARCHAR(200)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    description_nl  VARCHAR(4000) NOT NULL,
    description_en  VARCHAR(4000) NOT NULL,
    highlighted     BOOLEAN       NOT NULL DEFAULT FALSE,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_agenda_theme PRIMARY KEY (code),
    CONSTRAINT fk_agenda_theme_topic FOREIGN KEY (topic_code) REFERENCES agenda_topic (code)
);

CREATE TABLE public_value (
    code      VARCHAR(40)  NOT NULL,
    position  INT          NOT NULL,
    name_nl   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    version   INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_public_value PRIMARY KEY (code)
);

CREATE TABLE digital_topic (
    code      VARCHAR(40)  NOT NULL,
    position  INT          NOT NULL,
    name_nl   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    version   INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_digital_topic PRIMARY KEY (code)
);

CREATE TABLE digital_topic_theme (
    topic_code  VARCHAR(40) NOT NULL,
    theme_code  VARCHAR(10) NOT NULL,
    CONSTRAINT pk_digital_topic_theme PRIMARY KEY (topic_code, theme_code),
    CONSTRAINT fk_digital_topic_theme_topic FOREIGN KEY (topic_code) REFERENCES digital_topic (code) ON DELETE CASCADE,
    CONSTRAINT fk_digital_topic_theme_theme FOREIGN KEY (theme_code) REFERENCES agenda_theme (code)
);
