-- Login throttling that a stranger cannot turn against the owner (issue 10, ADR 22).

-- A browser where an account logged in with its password carries a device cookie (OWASP's device cookies); only the
-- SHA-256 of its random token is kept. A login from that browser is throttled by the cookie's own failures, not by
-- a lock on the address that strangers may have caused.
CREATE TABLE device_cookie (
    token_hash      CHAR(64)    NOT NULL,
    account_id      BIGINT      NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    last_used_at    DATETIME(6) NOT NULL,
    window_start    DATETIME(6) NOT NULL,
    failures        INT         NOT NULL DEFAULT 0,
    last_failure_at DATETIME(6) NULL,
    CONSTRAINT pk_device_cookie PRIMARY KEY (token_hash),
    CONSTRAINT fk_device_cookie_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_device_cookie_account ON device_cookie (account_id);
CREATE INDEX ix_device_cookie_last_used ON device_cookie (last_used_at);

-- Counters for logins from browsers without such a cookie, one row per address tried ('address:' and the address)
-- and per client network ('network:' and the IPv4 address or IPv6 /64). An attempt is counted before its password
-- is checked, under the row's lock, and uncounted if it succeeds: parallel attempts cannot all pass one check.
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(300) NOT NULL,
    window_start    DATETIME(6)  NOT NULL,
    failures        INT          NOT NULL DEFAULT 0,
    last_failure_at DATETIME(6)  NULL,
    CONSTRAINT pk_login_throttle PRIMARY KEY (throttle_key)
);

CREATE INDEX ix_login_throttle_window ON login_throttle (window_start);

-- Replaced by the counters; what it held lasted an hour at most (ADR 19).
DROP TABLE login_failure;
