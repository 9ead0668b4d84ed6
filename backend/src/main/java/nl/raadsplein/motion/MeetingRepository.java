package nl.raadsplein.motion;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.COUNCIL_MEETING;
import static nl.raadsplein.jooq.Tables.MEETING_ITEM;
import static nl.raadsplein.jooq.Tables.MEETING_ITEM_THEME;
import static nl.raadsplein.jooq.Tables.MOTION;
import static nl.raadsplein.jooq.Tables.MOTION_VERSION;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.platform.ConcurrentChangeException;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Meetings and their agenda items. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class MeetingRepository {

    private final DSLContext dsl;

    MeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<MeetingSummary> meetings(int offset, int limit) {
        return dsl.select(
                        COUNCIL_MEETING.ID,
                        COUNCIL_MEETING.KIND,
                        COUNCIL_MEETING.TITLE,
                        COUNCIL_MEETING.STARTS_AT,
                        COUNCIL_MEETING.PLACE,
                        COUNCIL_MEETING.STATUS,
                        selectCount()
                                .from(MEETING_ITEM)
                                .where(MEETING_ITEM.MEETING_ID.eq(COUNCIL_MEETING.ID))
                                .<Integer>asField())
                .from(COUNCIL_MEETING)
                .orderBy(COUNCIL_MEETING.STARTS_AT.desc(), COUNCIL_MEETING.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(mapping(MeetingSummary::new));
    }

    int count() {
        return dsl.fetchCount(COUNCIL_MEETING);
    }

    boolean exists(long id) {
        return dsl.fetchExists(COUNCIL_MEETING, COUNCIL_MEETING.ID.eq(id));
    }

    Optional<Meeting> meeting(long id) {
        var motions = multiset(select(
                                MOTION.ID,
                                MOTION.MOTION_TYPE,
                                MOTION_VERSION.TITLE,
                                MOTION.STATE,
                                MOTION.RESULT,
                                ACCOUNT.DISPLAY_NAME,
                                MOTION.SUBMITTED_AT)
                        .from(MOTION)
                        .join(MOTION_VERSION)
                        .on(MOTION_VERSION
                                .MOTION_ID
                                .eq(MOTION.ID)
                                .and(MOTION_VERSION.NUMBER.eq(MOTION.CURRENT_VERSION)))
                        .join(ACCOUNT)
                        .on(ACCOUNT.ID.eq(MOTION.FIRST_SUBMITTER))
                        .where(MOTION.ITEM_ID.eq(MEETING_ITEM.ID).and(MOTION.STATE.ne(MotionState.DRAFT)))
                        .orderBy(MOTION.SUBMITTED_AT, MOTION.ID))
                .convertFrom(r -> r.map(mapping(MotionSummary::new)));
        var themes = multiset(select(MEETING_ITEM_THEME.THEME_CODE)
                        .from(MEETING_ITEM_THEME)
                        .where(MEETING_ITEM_THEME.ITEM_ID.eq(MEETING_ITEM.ID))
                        .orderBy(MEETING_ITEM_THEME.THEME_CODE))
                .convertFrom(r -> r.map(Record1::value1));
        var items = multiset(select(MEETING_ITEM.ID, MEETING_ITEM.POSITION, MEETING_ITEM.TITLE, themes, motions)
                        .from(MEETING_ITEM)
                        .where(MEETING_ITEM.MEETING_ID.eq(COUNCIL_MEETING.ID))
                        .orderBy(MEETING_ITEM.POSITION))
                .convertFrom(r -> r.map(mapping(Meeting.AgendaItem::new)));
        return dsl.select(
                        COUNCIL_MEETING.ID,
                        COUNCIL_MEETING.TERM_ID,
                        COUNCIL_MEETING.KIND,
                        COUNCIL_MEETING.TITLE,
                        COUNCIL_MEETING.STARTS_AT,
                        COUNCIL_MEETING.PLACE,
                        COUNCIL_MEETING.STATUS,
                        items,
                        COUNCIL_MEETING.VERSION)
                .from(COUNCIL_MEETING)
                .where(COUNCIL_MEETING.ID.eq(id))
                .fetchOptional(mapping(Meeting::new));
    }

    /** The meeting an agenda item belongs to, and its status. */
    Optional<ItemOwner> itemOwner(long itemId) {
        return dsl.select(MEETING_ITEM.MEETING_ID, COUNCIL_MEETING.STATUS, COUNCIL_MEETING.TERM_ID)
                .from(MEETING_ITEM)
                .join(COUNCIL_MEETING)
                .on(COUNCIL_MEETING.ID.eq(MEETING_ITEM.MEETING_ID))
                .where(MEETING_ITEM.ID.eq(itemId))
                .fetchOptional(mapping(ItemOwner::new));
    }

    record ItemOwner(long meetingId, MeetingStatus status, long termId) {}

    long insert(long termId, MeetingDraft draft, long createdBy, Instant now) {
        return dsl.insertInto(COUNCIL_MEETING)
                .set(COUNCIL_MEETING.TERM_ID, termId)
                .set(COUNCIL_MEETING.KIND, draft.kind())
                .set(COUNCIL_MEETING.TITLE, draft.title())
                .set(COUNCIL_MEETING.STARTS_AT, draft.startsAt())
                .set(COUNCIL_MEETING.PLACE, draft.place())
                .set(COUNCIL_MEETING.STATUS, MeetingStatus.PLANNED)
                .set(COUNCIL_MEETING.CREATED_BY, createdBy)
                .set(COUNCIL_MEETING.CREATED_AT, now)
                .set(COUNCIL_MEETING.UPDATED_AT, now)
                .returningResult(COUNCIL_MEETING.ID)
                .fetchSingle(Record1::value1);
    }

    /** Adds an item at the end; the meeting's row is locked so that two items never take the same position. */
    long addItem(long meetingId, String title, List<String> themeCodes, Instant now) {
        // Locks the meeting while its next position is taken, and marks it changed for those harvesting changes.
        dsl.update(COUNCIL_MEETING)
                .set(COUNCIL_MEETING.UPDATED_AT, now)
                .where(COUNCIL_MEETING.ID.eq(meetingId))
                .execute();
        int position = dsl.select(coalesce(max(MEETING_ITEM.POSITION), val(0)))
                        .from(MEETING_ITEM)
                        .where(MEETING_ITEM.MEETING_ID.eq(meetingId))
                        .fetchSingle(Record1::value1)
                + 1;
        long id = dsl.insertInto(MEETING_ITEM)
                .set(MEETING_ITEM.MEETING_ID, meetingId)
                .set(MEETING_ITEM.POSITION, position)
                .set(MEETING_ITEM.TITLE, title)
                .returningResult(MEETING_ITEM.ID)
                .fetchSingle(Record1::value1);
        for (String code : themeCodes) {
            dsl.insertInto(MEETING_ITEM_THEME)
                    .set(MEETING_ITEM_THEME.ITEM_ID, id)
                    .set(MEETING_ITEM_THEME.THEME_CODE, code)
                    .execute();
        }
        return id;
    }

    void setStatus(long meetingId, MeetingStatus status, int version, Instant now) {
        int updated = dsl.update(COUNCIL_MEETING)
                .set(COUNCIL_MEETING.STATUS, status)
                .set(COUNCIL_MEETING.UPDATED_AT, now)
                .set(COUNCIL_MEETING.VERSION, COUNCIL_MEETING.VERSION.plus(1))
                .where(COUNCIL_MEETING.ID.eq(meetingId).and(COUNCIL_MEETING.VERSION.eq(version)))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException();
        }
    }
}
