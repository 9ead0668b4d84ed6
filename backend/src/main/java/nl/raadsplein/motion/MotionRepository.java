package nl.raadsplein.motion;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.ACCOUNT_ROLE;
import static nl.raadsplein.jooq.Tables.COUNCIL_MEETING;
import static nl.raadsplein.jooq.Tables.MEETING_ITEM;
import static nl.raadsplein.jooq.Tables.MOTION;
import static nl.raadsplein.jooq.Tables.MOTION_CITATION;
import static nl.raadsplein.jooq.Tables.MOTION_CLAUSE;
import static nl.raadsplein.jooq.Tables.MOTION_EVENT;
import static nl.raadsplein.jooq.Tables.MOTION_SUBMITTER;
import static nl.raadsplein.jooq.Tables.MOTION_THEME;
import static nl.raadsplein.jooq.Tables.MOTION_VERSION;
import static nl.raadsplein.jooq.Tables.PARTY;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.account.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record7;
import org.jooq.SelectJoinStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Motions: their rows, versions and clauses, submitters, themes and history (citations: {@link CitationRepository}). */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class MotionRepository {

    private final DSLContext dsl;

    MotionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A motion as a change needs it, its row locked until the transaction ends. */
    record Locked(
            long id,
            MotionType type,
            MotionState state,
            long firstSubmitter,
            @Nullable Long itemId,
            int currentVersion,
            @Nullable Long amendsMotionId,
            @Nullable Integer amendedPart) {}

    Optional<Locked> lock(long id) {
        return dsl.select(
                        MOTION.ID,
                        MOTION.MOTION_TYPE,
                        MOTION.STATE,
                        MOTION.FIRST_SUBMITTER,
                        MOTION.ITEM_ID,
                        MOTION.CURRENT_VERSION,
                        MOTION.AMENDS_MOTION_ID,
                        MOTION.AMENDED_PART)
                .from(MOTION)
                .where(MOTION.ID.eq(id))
                .forUpdate()
                .fetchOptional(mapping(Locked::new));
    }

    Optional<Locked> find(long id) {
        return dsl.select(
                        MOTION.ID,
                        MOTION.MOTION_TYPE,
                        MOTION.STATE,
                        MOTION.FIRST_SUBMITTER,
                        MOTION.ITEM_ID,
                        MOTION.CURRENT_VERSION,
                        MOTION.AMENDS_MOTION_ID,
                        MOTION.AMENDED_PART)
                .from(MOTION)
                .where(MOTION.ID.eq(id))
                .fetchOptional(mapping(Locked::new));
    }

    @Nullable
    VoteResult result(long id) {
        return dsl.select(MOTION.RESULT).from(MOTION).where(MOTION.ID.eq(id)).fetchSingle(Record1::value1);
    }

    long insert(MotionType type, @Nullable Long amends, @Nullable Integer part, long firstSubmitter, Instant now) {
        return dsl.insertInto(MOTION)
                .set(MOTION.MOTION_TYPE, type)
                .set(MOTION.STATE, MotionState.DRAFT)
                .set(MOTION.AMENDS_MOTION_ID, amends)
                .set(MOTION.AMENDED_PART, part)
                .set(MOTION.FIRST_SUBMITTER, firstSubmitter)
                .set(MOTION.CREATED_AT, now)
                .set(MOTION.UPDATED_AT, now)
                .returningResult(MOTION.ID)
                .fetchSingle(Record1::value1);
    }

    void updateAmendment(long id, MotionType type, @Nullable Long amends, @Nullable Integer part) {
        dsl.update(MOTION)
                .set(MOTION.MOTION_TYPE, type)
                .set(MOTION.AMENDS_MOTION_ID, amends)
                .set(MOTION.AMENDED_PART, part)
                .where(MOTION.ID.eq(id))
                .execute();
    }

    /** Writes version {@code number} of the text, replacing it if it exists (a draft's only version). */
    void writeVersion(long motionId, int number, CheckedText text, long author, Instant now) {
        dsl.deleteFrom(MOTION_VERSION)
                .where(MOTION_VERSION.MOTION_ID.eq(motionId).and(MOTION_VERSION.NUMBER.eq(number)))
                .execute();
        dsl.insertInto(MOTION_VERSION)
                .set(MOTION_VERSION.MOTION_ID, motionId)
                .set(MOTION_VERSION.NUMBER, number)
                .set(MOTION_VERSION.TITLE, text.title())
                .set(MOTION_VERSION.REPLACEMENT, text.replacement())
                .set(MOTION_VERSION.CREATED_BY, author)
                .set(MOTION_VERSION.CREATED_AT, now)
                .execute();
        var insert = dsl.insertInto(
                MOTION_CLAUSE,
                MOTION_CLAUSE.MOTION_ID,
                MOTION_CLAUSE.VERSION_NUMBER,
                MOTION_CLAUSE.KIND,
                MOTION_CLAUSE.POSITION,
                MOTION_CLAUSE.BODY);
        int rows = 0;
        for (ClauseKind kind : ClauseKind.values()) {
            List<String> clauses = text.clauses(kind);
            for (int i = 0; i < clauses.size(); i++) {
                insert = insert.values(motionId, number, kind, i + 1, clauses.get(i));
                rows++;
            }
        }
        if (rows > 0) {
            insert.execute();
        }
        dsl.update(MOTION)
                .set(MOTION.CURRENT_VERSION, number)
                .set(MOTION.UPDATED_AT, now)
                .set(MOTION.VERSION, MOTION.VERSION.plus(1))
                .where(MOTION.ID.eq(motionId))
                .execute();
    }

    void replaceThemes(long motionId, Collection<String> codes) {
        dsl.deleteFrom(MOTION_THEME).where(MOTION_THEME.MOTION_ID.eq(motionId)).execute();
        for (String code : codes) {
            dsl.insertInto(MOTION_THEME)
                    .set(MOTION_THEME.MOTION_ID, motionId)
                    .set(MOTION_THEME.THEME_CODE, code)
                    .execute();
        }
    }

    void setState(long motionId, MotionState state, @Nullable Long itemId, Instant now) {
        dsl.update(MOTION)
                .set(MOTION.STATE, state)
                .set(MOTION.ITEM_ID, itemId)
                .set(MOTION.UPDATED_AT, now)
                .set(MOTION.VERSION, MOTION.VERSION.plus(1))
                .where(MOTION.ID.eq(motionId))
                .execute();
    }

    void markSubmitted(long motionId, Instant now) {
        dsl.update(MOTION)
                .set(MOTION.SUBMITTED_AT, now)
                .where(MOTION.ID.eq(motionId).and(MOTION.SUBMITTED_AT.isNull()))
                .execute();
    }

    void setResult(long motionId, VoteResult result, Instant now) {
        dsl.update(MOTION)
                .set(MOTION.STATE, MotionState.VOTED)
                .set(MOTION.RESULT, result)
                .set(MOTION.UPDATED_AT, now)
                .set(MOTION.VERSION, MOTION.VERSION.plus(1))
                .where(MOTION.ID.eq(motionId))
                .execute();
    }

    void event(long motionId, String action, MotionState state, long actor, Instant now, @Nullable String details) {
        dsl.insertInto(MOTION_EVENT)
                .set(MOTION_EVENT.MOTION_ID, motionId)
                .set(MOTION_EVENT.ACTION, action)
                .set(MOTION_EVENT.STATE, state)
                .set(MOTION_EVENT.ACTOR_ID, actor)
                .set(MOTION_EVENT.ACTED_AT, now)
                .set(
                        MOTION_EVENT.DETAILS,
                        details == null ? null : details.substring(0, Math.min(300, details.length())))
                .execute();
    }

    boolean hasEvent(long motionId, String action) {
        return dsl.fetchExists(MOTION_EVENT, MOTION_EVENT.MOTION_ID.eq(motionId).and(MOTION_EVENT.ACTION.eq(action)));
    }

    // ---- submitters ------------------------------------------------------------------------------------------

    void addSubmitter(long motionId, long accountId, @Nullable Long partyId, SubmitterStatus status, Instant now) {
        dsl.insertInto(MOTION_SUBMITTER)
                .set(MOTION_SUBMITTER.MOTION_ID, motionId)
                .set(MOTION_SUBMITTER.ACCOUNT_ID, accountId)
                .set(MOTION_SUBMITTER.PARTY_ID, partyId)
                .set(MOTION_SUBMITTER.STATUS, status)
                .set(MOTION_SUBMITTER.INVITED_AT, now)
                .set(MOTION_SUBMITTER.ANSWERED_AT, status == SubmitterStatus.INVITED ? null : now)
                .execute();
    }

    Optional<SubmitterStatus> submitterStatus(long motionId, long accountId) {
        return dsl.select(MOTION_SUBMITTER.STATUS)
                .from(MOTION_SUBMITTER)
                .where(MOTION_SUBMITTER.MOTION_ID.eq(motionId).and(MOTION_SUBMITTER.ACCOUNT_ID.eq(accountId)))
                .fetchOptional(Record1::value1);
    }

    void answerInvitation(long motionId, long accountId, SubmitterStatus status, @Nullable Long partyId, Instant now) {
        dsl.update(MOTION_SUBMITTER)
                .set(MOTION_SUBMITTER.STATUS, status)
                .set(MOTION_SUBMITTER.PARTY_ID, partyId)
                .set(MOTION_SUBMITTER.ANSWERED_AT, now)
                .where(MOTION_SUBMITTER.MOTION_ID.eq(motionId).and(MOTION_SUBMITTER.ACCOUNT_ID.eq(accountId)))
                .execute();
    }

    List<MotionDetails.Submitter> submitters(long motionId, long firstSubmitter) {
        return dsl.select(
                        MOTION_SUBMITTER.ACCOUNT_ID,
                        ACCOUNT.DISPLAY_NAME,
                        PARTY.ABBREVIATION,
                        MOTION_SUBMITTER.STATUS,
                        MOTION_SUBMITTER.ACCOUNT_ID.eq(firstSubmitter))
                .from(MOTION_SUBMITTER)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(MOTION_SUBMITTER.ACCOUNT_ID))
                .leftJoin(PARTY)
                .on(PARTY.ID.eq(MOTION_SUBMITTER.PARTY_ID))
                .where(MOTION_SUBMITTER.MOTION_ID.eq(motionId))
                .orderBy(MOTION_SUBMITTER.ACCOUNT_ID.eq(firstSubmitter).desc(), MOTION_SUBMITTER.INVITED_AT, ACCOUNT.ID)
                .fetch(mapping(MotionDetails.Submitter::new));
    }

    /** The party of an account holding the councillor role; empty for anyone else. */
    Optional<Optional<Long>> councillorParty(long accountId) {
        return dsl.select(ACCOUNT.PARTY_ID)
                .from(ACCOUNT)
                .join(ACCOUNT_ROLE)
                .on(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID).and(ACCOUNT_ROLE.ROLE.eq(Role.COUNCILLOR)))
                .where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(r -> Optional.ofNullable(r.value1()));
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    Optional<MotionDetails.MotionText> text(long motionId, int version) {
        var clauses = dsl.select(MOTION_CLAUSE.KIND, MOTION_CLAUSE.BODY)
                .from(MOTION_CLAUSE)
                .where(MOTION_CLAUSE.MOTION_ID.eq(motionId).and(MOTION_CLAUSE.VERSION_NUMBER.eq(version)))
                .orderBy(MOTION_CLAUSE.KIND, MOTION_CLAUSE.POSITION)
                .fetch();
        return dsl.select(MOTION_VERSION.TITLE, MOTION_VERSION.REPLACEMENT, MOTION_VERSION.CREATED_AT)
                .from(MOTION_VERSION)
                .where(MOTION_VERSION.MOTION_ID.eq(motionId).and(MOTION_VERSION.NUMBER.eq(version)))
                .fetchOptional(r -> new MotionDetails.MotionText(
                        version,
                        r.value1(),
                        of(clauses, ClauseKind.FINDING),
                        of(clauses, ClauseKind.CONSIDERATION),
                        of(clauses, ClauseKind.REQUEST),
                        r.value2(),
                        r.value3()));
    }

    private static List<String> of(org.jooq.Result<org.jooq.Record2<ClauseKind, String>> clauses, ClauseKind kind) {
        return clauses.stream()
                .filter(c -> c.value1() == kind)
                .map(org.jooq.Record2::value2)
                .toList();
    }

    Optional<MotionDetails.Placement> placement(long itemId) {
        return dsl.select(
                        COUNCIL_MEETING.ID,
                        COUNCIL_MEETING.TITLE,
                        COUNCIL_MEETING.STARTS_AT,
                        MEETING_ITEM.POSITION,
                        MEETING_ITEM.TITLE)
                .from(MEETING_ITEM)
                .join(COUNCIL_MEETING)
                .on(COUNCIL_MEETING.ID.eq(MEETING_ITEM.MEETING_ID))
                .where(MEETING_ITEM.ID.eq(itemId))
                .fetchOptional(mapping(MotionDetails.Placement::new));
    }

    List<String> themes(long motionId) {
        return dsl.select(MOTION_THEME.THEME_CODE)
                .from(MOTION_THEME)
                .where(MOTION_THEME.MOTION_ID.eq(motionId))
                .orderBy(MOTION_THEME.THEME_CODE)
                .fetch(Record1::value1);
    }

    List<MotionDetails.Event> events(long motionId) {
        return dsl.select(
                        MOTION_EVENT.ACTION,
                        MOTION_EVENT.STATE,
                        ACCOUNT.DISPLAY_NAME,
                        MOTION_EVENT.ACTED_AT,
                        MOTION_EVENT.DETAILS)
                .from(MOTION_EVENT)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(MOTION_EVENT.ACTOR_ID))
                .where(MOTION_EVENT.MOTION_ID.eq(motionId))
                .orderBy(MOTION_EVENT.ID)
                .fetch(mapping(MotionDetails.Event::new));
    }

    private SelectJoinStep<Record7<Long, MotionType, String, MotionState, VoteResult, String, Instant>> summaries() {
        return dsl.select(
                        MOTION.ID,
                        MOTION.MOTION_TYPE,
                        MOTION_VERSION.TITLE,
                        MOTION.STATE,
                        MOTION.RESULT,
                        ACCOUNT.DISPLAY_NAME,
                        MOTION.SUBMITTED_AT)
                .from(MOTION.join(MOTION_VERSION)
                        .on(MOTION_VERSION
                                .MOTION_ID
                                .eq(MOTION.ID)
                                .and(MOTION_VERSION.NUMBER.eq(MOTION.CURRENT_VERSION)))
                        .join(ACCOUNT)
                        .on(ACCOUNT.ID.eq(MOTION.FIRST_SUBMITTER)));
    }

    /** Public motions, and the reader's own drafts and invitations when {@code reader} is given. */
    List<MotionSummary> motions(@Nullable Long reader, int offset, int limit) {
        return summaries()
                .where(visible(reader))
                .orderBy(MOTION.SUBMITTED_AT.desc().nullsFirst(), MOTION.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(mapping(MotionSummary::new));
    }

    int count(@Nullable Long reader) {
        return dsl.fetchCount(MOTION, visible(reader));
    }

    private static Condition visible(@Nullable Long reader) {
        Condition publicMotion = MOTION.STATE.ne(MotionState.DRAFT);
        if (reader == null) {
            return publicMotion;
        }
        return publicMotion.or(MOTION.ID.in(select(MOTION_SUBMITTER.MOTION_ID)
                .from(MOTION_SUBMITTER)
                .where(MOTION_SUBMITTER
                        .ACCOUNT_ID
                        .eq(reader)
                        .and(MOTION_SUBMITTER.STATUS.ne(SubmitterStatus.DECLINED)))));
    }

    /** Public motions citing a consultation or proposal. */
    List<MotionSummary> citing(CitationKind kind, long targetId) {
        return summaries()
                .where(MOTION.STATE
                        .ne(MotionState.DRAFT)
                        .and(MOTION.ID.in(select(MOTION_CITATION.MOTION_ID)
                                .from(MOTION_CITATION)
                                .where(MOTION_CITATION.KIND.eq(kind).and(MOTION_CITATION.TARGET_ID.eq(targetId))))))
                .orderBy(MOTION.SUBMITTED_AT, MOTION.ID)
                .fetch(mapping(MotionSummary::new));
    }

    /** Public motions linked to the agenda theme, the latest submitted first. */
    List<MotionSummary> forTheme(String themeCode, int limit) {
        return summaries()
                .where(MOTION.STATE
                        .ne(MotionState.DRAFT)
                        .and(MOTION.ID.in(select(MOTION_THEME.MOTION_ID)
                                .from(MOTION_THEME)
                                .where(MOTION_THEME.THEME_CODE.eq(themeCode)))))
                .orderBy(MOTION.SUBMITTED_AT.desc(), MOTION.ID.desc())
                .limit(limit)
                .fetch(mapping(MotionSummary::new));
    }
}
