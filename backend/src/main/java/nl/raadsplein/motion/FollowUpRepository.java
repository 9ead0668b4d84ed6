package nl.raadsplein.motion;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.MOTION;
import static nl.raadsplein.jooq.Tables.MOTION_FOLLOW_UP;
import static nl.raadsplein.jooq.Tables.MOTION_FOLLOW_UP_UPDATE;
import static nl.raadsplein.jooq.Tables.MOTION_VERSION;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The promises made after adopted motions and their status updates. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class FollowUpRepository {

    private final DSLContext dsl;

    FollowUpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A follow-up as an update needs it, its row locked until the transaction ends. */
    record Locked(
            long id,
            long motionId,
            FollowUpStatus status,
            @Nullable LocalDate doneOn,
            int version) {}

    Optional<Locked> lock(long id) {
        return dsl.select(
                        MOTION_FOLLOW_UP.ID,
                        MOTION_FOLLOW_UP.MOTION_ID,
                        MOTION_FOLLOW_UP.STATUS,
                        MOTION_FOLLOW_UP.DONE_ON,
                        MOTION_FOLLOW_UP.VERSION)
                .from(MOTION_FOLLOW_UP)
                .where(MOTION_FOLLOW_UP.ID.eq(id))
                .forUpdate()
                .fetchOptional(mapping(Locked::new));
    }

    long insert(long motionId, String promise, String owner, LocalDate dueOn, long by, Instant now) {
        return dsl.insertInto(MOTION_FOLLOW_UP)
                .set(MOTION_FOLLOW_UP.MOTION_ID, motionId)
                .set(MOTION_FOLLOW_UP.PROMISE, promise)
                .set(MOTION_FOLLOW_UP.OWNER, owner)
                .set(MOTION_FOLLOW_UP.DUE_ON, dueOn)
                .set(MOTION_FOLLOW_UP.STATUS, FollowUpStatus.OPEN)
                .set(MOTION_FOLLOW_UP.CREATED_BY, by)
                .set(MOTION_FOLLOW_UP.CREATED_AT, now)
                .set(MOTION_FOLLOW_UP.UPDATED_AT, now)
                .returningResult(MOTION_FOLLOW_UP.ID)
                .fetchSingle(Record1::value1);
    }

    void update(
            long id,
            FollowUpStatus status,
            LocalDate dueOn,
            @Nullable LocalDate doneOn,
            String note,
            long by,
            Instant now) {
        dsl.update(MOTION_FOLLOW_UP)
                .set(MOTION_FOLLOW_UP.STATUS, status)
                .set(MOTION_FOLLOW_UP.DUE_ON, dueOn)
                .set(MOTION_FOLLOW_UP.DONE_ON, doneOn)
                .set(MOTION_FOLLOW_UP.UPDATED_AT, now)
                .set(MOTION_FOLLOW_UP.VERSION, MOTION_FOLLOW_UP.VERSION.plus(1))
                .where(MOTION_FOLLOW_UP.ID.eq(id))
                .execute();
        dsl.insertInto(MOTION_FOLLOW_UP_UPDATE)
                .set(MOTION_FOLLOW_UP_UPDATE.FOLLOW_UP_ID, id)
                .set(MOTION_FOLLOW_UP_UPDATE.STATUS, status)
                .set(MOTION_FOLLOW_UP_UPDATE.DUE_ON, dueOn)
                .set(MOTION_FOLLOW_UP_UPDATE.NOTE, note)
                .set(MOTION_FOLLOW_UP_UPDATE.RECORDED_BY, by)
                .set(MOTION_FOLLOW_UP_UPDATE.RECORDED_AT, now)
                .execute();
    }

    /** The motion's follow-ups, oldest first, each with its updates: one query. */
    List<FollowUp> forMotion(long motionId, LocalDate today) {
        var updates = multiset(select(
                                MOTION_FOLLOW_UP_UPDATE.STATUS,
                                MOTION_FOLLOW_UP_UPDATE.DUE_ON,
                                MOTION_FOLLOW_UP_UPDATE.NOTE,
                                ACCOUNT.DISPLAY_NAME,
                                MOTION_FOLLOW_UP_UPDATE.RECORDED_AT)
                        .from(MOTION_FOLLOW_UP_UPDATE)
                        .join(ACCOUNT)
                        .on(ACCOUNT.ID.eq(MOTION_FOLLOW_UP_UPDATE.RECORDED_BY))
                        .where(MOTION_FOLLOW_UP_UPDATE.FOLLOW_UP_ID.eq(MOTION_FOLLOW_UP.ID))
                        .orderBy(MOTION_FOLLOW_UP_UPDATE.ID))
                .convertFrom(r -> r.map(mapping(FollowUp.Update::new)));
        return dsl.select(
                        MOTION_FOLLOW_UP.ID,
                        MOTION_FOLLOW_UP.MOTION_ID,
                        MOTION_FOLLOW_UP.PROMISE,
                        MOTION_FOLLOW_UP.OWNER,
                        MOTION_FOLLOW_UP.DUE_ON,
                        MOTION_FOLLOW_UP.STATUS,
                        MOTION_FOLLOW_UP.DONE_ON,
                        overdueField(today),
                        MOTION_FOLLOW_UP.VERSION,
                        updates)
                .from(MOTION_FOLLOW_UP)
                .where(MOTION_FOLLOW_UP.MOTION_ID.eq(motionId))
                .orderBy(MOTION_FOLLOW_UP.ID)
                .fetch(mapping(FollowUp::new));
    }

    /** The monitor: follow-ups of every motion, the soonest due first. */
    List<FollowUpSummary> list(FollowUpFilter filter, LocalDate today, int offset, int limit) {
        return dsl.select(
                        MOTION_FOLLOW_UP.ID,
                        MOTION_FOLLOW_UP.MOTION_ID,
                        MOTION_VERSION.TITLE,
                        MOTION_FOLLOW_UP.PROMISE,
                        MOTION_FOLLOW_UP.OWNER,
                        MOTION_FOLLOW_UP.DUE_ON,
                        MOTION_FOLLOW_UP.STATUS,
                        overdueField(today))
                .from(MOTION_FOLLOW_UP)
                .join(MOTION)
                .on(MOTION.ID.eq(MOTION_FOLLOW_UP.MOTION_ID))
                .join(MOTION_VERSION)
                .on(MOTION_VERSION.MOTION_ID.eq(MOTION.ID).and(MOTION_VERSION.NUMBER.eq(MOTION.CURRENT_VERSION)))
                .where(condition(filter, today))
                .orderBy(MOTION_FOLLOW_UP.DUE_ON, MOTION_FOLLOW_UP.ID)
                .offset(offset)
                .limit(limit)
                .fetch(mapping(FollowUpSummary::new));
    }

    int count(FollowUpFilter filter, LocalDate today) {
        return dsl.fetchCount(MOTION_FOLLOW_UP, condition(filter, today));
    }

    private static Condition condition(FollowUpFilter filter, LocalDate today) {
        return switch (filter) {
            case ALL -> noCondition();
            case OPEN -> MOTION_FOLLOW_UP.STATUS.ne(FollowUpStatus.DONE);
            case OVERDUE -> overdue(today);
            case DONE -> MOTION_FOLLOW_UP.STATUS.eq(FollowUpStatus.DONE);
        };
    }

    private static Field<Boolean> overdueField(LocalDate today) {
        return field(overdue(today));
    }

    /** Due before today and not done: the one rule for "overdue", for the figures too. */
    static Condition overdue(LocalDate today) {
        return MOTION_FOLLOW_UP.STATUS.ne(FollowUpStatus.DONE).and(MOTION_FOLLOW_UP.DUE_ON.lt(today));
    }
}
