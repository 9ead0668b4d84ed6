package nl.raadsplein.opendata.oparl;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.ACCOUNT_ROLE;
import static nl.raadsplein.jooq.Tables.COUNCIL_MEETING;
import static nl.raadsplein.jooq.Tables.COUNCIL_TERM;
import static nl.raadsplein.jooq.Tables.MEETING_ITEM;
import static nl.raadsplein.jooq.Tables.MOTION;
import static nl.raadsplein.jooq.Tables.MOTION_SUBMITTER;
import static nl.raadsplein.jooq.Tables.MOTION_VERSION;
import static nl.raadsplein.jooq.Tables.PARTY;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.account.Role;
import nl.raadsplein.jooq.tables.Motion;
import nl.raadsplein.motion.MeetingKind;
import nl.raadsplein.motion.MeetingStatus;
import nl.raadsplein.motion.MotionState;
import nl.raadsplein.motion.MotionType;
import nl.raadsplein.motion.SubmitterStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the council's tables of the motion feature for OParl, in OParl's stable order (by id) and with its date
 * filters, which the feature's own lists (newest first, no change times) do not offer. Only what the public sees:
 * motions from submission on, councillors' names and parties, never an address.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class OparlRepository {

    private final DSLContext dsl;

    OparlRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record TermRow(long id, String name, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {}

    record PartyRow(long id, String name, String abbreviation, Instant createdAt) {}

    record PersonRow(long id, String name, @Nullable Long partyId, Instant createdAt) {}

    record ItemRow(long id, long meetingId, int position, String title, Instant createdAt, Instant updatedAt) {}

    record MeetingRow(
            long id,
            MeetingKind kind,
            String title,
            Instant startsAt,
            MeetingStatus status,
            Instant createdAt,
            Instant updatedAt,
            List<ItemRow> items) {}

    /** Where a motion was submitted: the agenda item and the kind of its meeting. */
    record Placement(long itemId, long meetingId, MeetingKind kind) {}

    record PaperRow(
            long id,
            MotionType type,
            String title,
            int version,
            @Nullable Long amends,
            Instant createdAt,
            Instant modifiedAt,
            @Nullable Placement placement,
            List<Long> amendments,
            List<Long> originators,
            List<Long> parties) {}

    List<TermRow> terms() {
        return dsl.select(
                        COUNCIL_TERM.ID,
                        COUNCIL_TERM.NAME,
                        COUNCIL_TERM.STARTS_ON,
                        COUNCIL_TERM.ENDS_ON,
                        COUNCIL_TERM.CREATED_AT)
                .from(COUNCIL_TERM)
                .orderBy(COUNCIL_TERM.STARTS_ON, COUNCIL_TERM.ID)
                .fetch(mapping(TermRow::new));
    }

    // The party table keeps no change time: a party's only time is its creation (docs/adr/0018-oparl.md).
    List<PartyRow> parties(OparlFilter filter) {
        return dsl.select(PARTY.ID, PARTY.NAME, PARTY.ABBREVIATION, PARTY.CREATED_AT)
                .from(PARTY)
                .where(filtered(filter, PARTY.CREATED_AT, PARTY.CREATED_AT))
                .orderBy(PARTY.ID)
                .fetch(mapping(PartyRow::new));
    }

    Optional<PartyRow> party(long id) {
        return dsl.select(PARTY.ID, PARTY.NAME, PARTY.ABBREVIATION, PARTY.CREATED_AT)
                .from(PARTY)
                .where(PARTY.ID.eq(id))
                .fetchOptional(mapping(PartyRow::new));
    }

    // Councillors who have not deleted their account; the account table keeps no change time either.
    private static Condition councillor() {
        return ACCOUNT.DELETED_AT
                .isNull()
                .and(exists(selectOne()
                        .from(ACCOUNT_ROLE)
                        .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID).and(ACCOUNT_ROLE.ROLE.eq(Role.COUNCILLOR)))));
    }

    List<PersonRow> persons(OparlFilter filter, int offset, int limit) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME, ACCOUNT.PARTY_ID, ACCOUNT.CREATED_AT)
                .from(ACCOUNT)
                .where(councillor().and(filtered(filter, ACCOUNT.CREATED_AT, ACCOUNT.CREATED_AT)))
                .orderBy(ACCOUNT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(mapping(PersonRow::new));
    }

    int countPersons(OparlFilter filter) {
        return dsl.fetchCount(ACCOUNT, councillor().and(filtered(filter, ACCOUNT.CREATED_AT, ACCOUNT.CREATED_AT)));
    }

    Optional<PersonRow> person(long id) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME, ACCOUNT.PARTY_ID, ACCOUNT.CREATED_AT)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(id).and(councillor()))
                .fetchOptional(mapping(PersonRow::new));
    }

    List<MeetingRow> meetings(OparlFilter filter, int offset, int limit) {
        return meetingQuery(filtered(filter, COUNCIL_MEETING.CREATED_AT, COUNCIL_MEETING.UPDATED_AT), offset, limit);
    }

    int countMeetings(OparlFilter filter) {
        return dsl.fetchCount(
                COUNCIL_MEETING, filtered(filter, COUNCIL_MEETING.CREATED_AT, COUNCIL_MEETING.UPDATED_AT));
    }

    Optional<MeetingRow> meeting(long id) {
        return meetingQuery(COUNCIL_MEETING.ID.eq(id), 0, 1).stream().findFirst();
    }

    private List<MeetingRow> meetingQuery(Condition condition, int offset, int limit) {
        return dsl.select(
                        COUNCIL_MEETING.ID,
                        COUNCIL_MEETING.KIND,
                        COUNCIL_MEETING.TITLE,
                        COUNCIL_MEETING.STARTS_AT,
                        COUNCIL_MEETING.STATUS,
                        COUNCIL_MEETING.CREATED_AT,
                        COUNCIL_MEETING.UPDATED_AT,
                        multiset(select(
                                                MEETING_ITEM.ID,
                                                MEETING_ITEM.MEETING_ID,
                                                MEETING_ITEM.POSITION,
                                                MEETING_ITEM.TITLE,
                                                COUNCIL_MEETING.CREATED_AT,
                                                COUNCIL_MEETING.UPDATED_AT)
                                        .from(MEETING_ITEM)
                                        .where(MEETING_ITEM.MEETING_ID.eq(COUNCIL_MEETING.ID))
                                        .orderBy(MEETING_ITEM.POSITION))
                                .convertFrom(r -> r.map(mapping(ItemRow::new))))
                .from(COUNCIL_MEETING)
                .where(condition)
                .orderBy(COUNCIL_MEETING.ID)
                .offset(offset)
                .limit(limit)
                .fetch(mapping(MeetingRow::new));
    }

    // An agenda item keeps no times of its own; it takes its meeting's.
    List<ItemRow> items(OparlFilter filter, int offset, int limit) {
        return itemQuery(filtered(filter, COUNCIL_MEETING.CREATED_AT, COUNCIL_MEETING.UPDATED_AT), offset, limit);
    }

    int countItems(OparlFilter filter) {
        return dsl.fetchCount(dsl.selectOne()
                .from(MEETING_ITEM)
                .join(COUNCIL_MEETING)
                .on(COUNCIL_MEETING.ID.eq(MEETING_ITEM.MEETING_ID))
                .where(filtered(filter, COUNCIL_MEETING.CREATED_AT, COUNCIL_MEETING.UPDATED_AT)));
    }

    Optional<ItemRow> item(long id) {
        return itemQuery(MEETING_ITEM.ID.eq(id), 0, 1).stream().findFirst();
    }

    private List<ItemRow> itemQuery(Condition condition, int offset, int limit) {
        return dsl.select(
                        MEETING_ITEM.ID,
                        MEETING_ITEM.MEETING_ID,
                        MEETING_ITEM.POSITION,
                        MEETING_ITEM.TITLE,
                        COUNCIL_MEETING.CREATED_AT,
                        COUNCIL_MEETING.UPDATED_AT)
                .from(MEETING_ITEM)
                .join(COUNCIL_MEETING)
                .on(COUNCIL_MEETING.ID.eq(MEETING_ITEM.MEETING_ID))
                .where(condition)
                .orderBy(MEETING_ITEM.ID)
                .offset(offset)
                .limit(limit)
                .fetch(mapping(ItemRow::new));
    }

    /** A motion is public from its submission on; a draft is its submitters' alone (docs/adr/0012). */
    private static Condition published(Motion motion) {
        return motion.STATE.ne(MotionState.DRAFT);
    }

    /** When a motion became public: its submission; a draft withdrawn unsubmitted has only its creation. */
    private static Field<Instant> publishedAt(Motion motion) {
        return coalesce(motion.SUBMITTED_AT, motion.CREATED_AT);
    }

    private static final Field<Instant> PUBLISHED_AT = publishedAt(MOTION);

    /**
     * The last change of what the paper shows: the motion's own (state, version, result), a co-signer's answer, or a
     * public amendment of it, which the motion row does not record.
     */
    private static final Field<Instant> MODIFIED_AT = modifiedAt();

    private static Field<Instant> modifiedAt() {
        Motion amendment = MOTION.as("amended_by");
        Field<Instant> amended = select(max(publishedAt(amendment)))
                .from(amendment)
                .where(amendment.AMENDS_MOTION_ID.eq(MOTION.ID).and(published(amendment)))
                .asField();
        Field<Instant> signed = select(max(MOTION_SUBMITTER.ANSWERED_AT))
                .from(MOTION_SUBMITTER)
                .where(MOTION_SUBMITTER.MOTION_ID.eq(MOTION.ID))
                .asField();
        return greatest(MOTION.UPDATED_AT, coalesce(amended, MOTION.UPDATED_AT), coalesce(signed, MOTION.UPDATED_AT));
    }

    List<PaperRow> papers(OparlFilter filter, boolean placedOnly, int offset, int limit) {
        return paperQuery(paperCondition(filter, placedOnly), offset, limit);
    }

    int countPapers(OparlFilter filter, boolean placedOnly) {
        return dsl.fetchCount(MOTION, paperCondition(filter, placedOnly));
    }

    Optional<PaperRow> paper(long id) {
        return paperQuery(MOTION.ID.eq(id).and(published(MOTION)), 0, 1).stream()
                .findFirst();
    }

    private static Condition paperCondition(OparlFilter filter, boolean placedOnly) {
        Condition condition = published(MOTION).and(filtered(filter, PUBLISHED_AT, MODIFIED_AT));
        return placedOnly ? condition.and(MOTION.ITEM_ID.isNotNull()) : condition;
    }

    private List<PaperRow> paperQuery(Condition condition, int offset, int limit) {
        Motion amendment = MOTION.as("amendment");
        return dsl.select(
                        MOTION.ID,
                        MOTION.MOTION_TYPE,
                        MOTION_VERSION.TITLE,
                        MOTION.CURRENT_VERSION,
                        MOTION.AMENDS_MOTION_ID,
                        PUBLISHED_AT,
                        MODIFIED_AT,
                        MEETING_ITEM.ID,
                        MEETING_ITEM.MEETING_ID,
                        COUNCIL_MEETING.KIND,
                        multiset(select(amendment.ID)
                                        .from(amendment)
                                        .where(amendment
                                                .AMENDS_MOTION_ID
                                                .eq(MOTION.ID)
                                                .and(published(amendment)))
                                        .orderBy(amendment.ID))
                                .convertFrom(r -> r.map(row -> row.value1())),
                        multiset(select(MOTION_SUBMITTER.ACCOUNT_ID)
                                        .from(MOTION_SUBMITTER)
                                        .join(ACCOUNT)
                                        .on(ACCOUNT.ID.eq(MOTION_SUBMITTER.ACCOUNT_ID))
                                        .where(MOTION_SUBMITTER.MOTION_ID.eq(MOTION.ID))
                                        .and(MOTION_SUBMITTER.STATUS.eq(SubmitterStatus.ACCEPTED))
                                        .and(councillor())
                                        .orderBy(MOTION_SUBMITTER.ACCOUNT_ID))
                                .convertFrom(r -> r.map(row -> row.value1())),
                        multiset(selectDistinct(MOTION_SUBMITTER.PARTY_ID)
                                        .from(MOTION_SUBMITTER)
                                        .where(MOTION_SUBMITTER.MOTION_ID.eq(MOTION.ID))
                                        .and(MOTION_SUBMITTER.STATUS.eq(SubmitterStatus.ACCEPTED))
                                        .and(MOTION_SUBMITTER.PARTY_ID.isNotNull())
                                        .orderBy(MOTION_SUBMITTER.PARTY_ID))
                                .convertFrom(r -> r.map(row -> row.value1())))
                .from(MOTION)
                .join(MOTION_VERSION)
                .on(MOTION_VERSION.MOTION_ID.eq(MOTION.ID).and(MOTION_VERSION.NUMBER.eq(MOTION.CURRENT_VERSION)))
                .leftJoin(MEETING_ITEM)
                .on(MEETING_ITEM.ID.eq(MOTION.ITEM_ID))
                .leftJoin(COUNCIL_MEETING)
                .on(COUNCIL_MEETING.ID.eq(MEETING_ITEM.MEETING_ID))
                .where(condition)
                .orderBy(MOTION.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new PaperRow(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8() == null ? null : new Placement(r.value8(), r.value9(), r.value10()),
                        r.value11(),
                        r.value12(),
                        r.value13()));
    }

    private static Condition filtered(OparlFilter filter, Field<Instant> created, Field<Instant> modified) {
        return noCondition()
                .and(atLeast(created, filter.createdSince()))
                .and(atMost(created, filter.createdUntil()))
                .and(atLeast(modified, filter.modifiedSince()))
                .and(atMost(modified, filter.modifiedUntil()));
    }

    private static Condition atLeast(Field<Instant> field, @Nullable OffsetDateTime bound) {
        return bound == null ? noCondition() : field.ge(bound.toInstant());
    }

    private static Condition atMost(Field<Instant> field, @Nullable OffsetDateTime bound) {
        return bound == null ? noCondition() : field.le(bound.toInstant());
    }
}
