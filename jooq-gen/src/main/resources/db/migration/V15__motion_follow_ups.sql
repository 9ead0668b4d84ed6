-- What the executive promised after the council adopted a motion (the griffie's motion monitor, issue 12): what,
-- who carries it out (a portfolio, e.g. "Wethouder Digitalisering") and by when, then status updates until done.
-- status: OPEN, IN_PROGRESS, DONE. Overdue is computed (due before today and not done), never stored, so that it
-- cannot go stale. Residents follow an adopted motion to hear of its updates: a new follow target.
CREATE TABLE motion_follow_up (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    motion_id   BIGINT         NOT NULL,
    promise     VARCHAR(1000)  NOT NULL,
    owner       VARCHAR(150)   NOT NULL,
    due_on      DATE           NOT NULL,
    status      VARCHAR(20)    NOT NULL,
    done_on     DATE           NULL,
    created_by  BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    version     INT            NOT NULL DEFAULT 0,
    CONSTRAINT pk_motion_follow_up PRIMARY KEY (id),
    CONSTRAINT fk_motion_follow_up_motion FOREIGN KEY (motion_id) REFERENCES motion (id) ON DELETE CASCADE,
    CONSTRAINT fk_motion_follow_up_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_motion_follow_up_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    CONSTRAINT ck_motion_follow_up_done CHECK ((status = 'DONE') = (done_on IS NOT NULL))
);

CREATE INDEX ix_motion_follow_up_motion ON motion_follow_up (motion_id, id);
CREATE INDEX ix_motion_follow_up_due ON motion_follow_up (status, due_on);

-- Each status update, with the note the griffie published and the due date it set (a new date is a visible update,
-- never a silent overwrite).
CREATE TABLE motion_follow_up_update (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    follow_up_id  BIGINT         NOT NULL,
    status        VARCHAR(20)    NOT NULL,
    due_on        DATE           NOT NULL,
    note          VARCHAR(2000)  NOT NULL,
    recorded_by   BIGINT         NOT NULL,
    recorded_at   DATETIME(6)    NOT NULL,
    CONSTRAINT pk_motion_follow_up_update PRIMARY KEY (id),
    CONSTRAINT fk_motion_follow_up_update_follow_up FOREIGN KEY (follow_up_id)
        REFERENCES motion_follow_up (id) ON DELETE CASCADE,
    CONSTRAINT fk_motion_follow_up_update_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id),
    CONSTRAINT ck_motion_follow_up_update_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE'))
);

CREATE INDEX ix_motion_follow_up_update_follow_up ON motion_follow_up_update (follow_up_id, id);

ALTER TABLE follow DROP CONSTRAINT ck_follow_target_type;
ALTER TABLE follow ADD CONSTRAINT ck_follow_target_type CHECK (target_type IN ('PROPOSAL', 'CONSULTATION', 'MOTION'));
