package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.MODERATION_ACTION;
import static nl.raadsplein.jooq.Tables.MODERATION_APPEAL;
import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;
import static nl.raadsplein.jooq.Tables.MODERATION_REPORT;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.extract;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.raadsplein.jooq.tables.Account;
import nl.raadsplein.jooq.tables.Comment;
import nl.raadsplein.jooq.tables.Proposal;
import nl.raadsplein.proposal.Redacted;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SortField;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports, the griffie's queue, actions and appeals. Reads proposal, comment, account and consultation rows to
 * show what is at issue and to check who reports; writes only this feature's tables (ADR 6).
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ModerationRepository {

    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    private static final Proposal P = PROPOSAL.as("p");
    private static final Comment C = COMMENT.as("c");
    private static final Proposal CP = PROPOSAL.as("cp");
    private static final Account A = ACCOUNT.as("a");
    private static final Field<List<ReportReason>> OPEN_REASONS = multiset(
            selectDistinct(MODERATION_REPORT.REASON.convertFrom(ReportReason::valueOf))
                    .from(MODERATION_REPORT)
                    .where(MODERATION_REPORT.MODERATION_ITEM_ID.eq(MODERATION_ITEM.ID)
                            .and(MODERATION_REPORT.HANDLED_AT.isNull())))
            .convertFrom(r -> r.map(Record1::value1).stream().sorted().toList());

    // A profile's author is the account itself: its name is the context, its "Over mij" text what is at issue.
    private static final Condition PROFILE_ITEM = MODERATION_ITEM.ITEM_TYPE.eq(ContentType.PROFILE.name());

    private final DSLContext dsl;

    ModerationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- what is reported -----------------------------------------------------------------------------------

    /**
     * The reported item as this feature needs it: the proposal it is or belongs to, the consultation, the author,
     * its state and the state of its proposal (for a comment). For a profile: the state and words of its text
     * (null when it has none) and the display name.
     */
    record Target(ContentRef ref, Long proposalId, Long consultationId, long authorId, String state,
            String proposalState, String text, String displayName) {
    }

    Optional<Target> target(ContentRef ref) {
        return switch (ref.type()) {
            case PROPOSAL -> dsl.select(PROPOSAL.ID, PROPOSAL.CONSULTATION_ID, PROPOSAL.AUTHOR_ID, PROPOSAL.STATE,
                            PROPOSAL.BODY)
                    .from(PROPOSAL)
                    .where(PROPOSAL.ID.eq(ref.id()))
                    .fetchOptional(r -> new Target(ref, r.value1(), r.value2(), r.value3(), r.value4(), r.value4(),
                            r.value5(), null));
            case COMMENT -> dsl.select(COMMENT.PROPOSAL_ID, PROPOSAL.CONSULTATION_ID, COMMENT.AUTHOR_ID,
                            COMMENT.STATE, PROPOSAL.STATE, COMMENT.BODY)
                    .from(COMMENT)
                    .join(PROPOSAL).on(PROPOSAL.ID.eq(COMMENT.PROPOSAL_ID))
                    .where(COMMENT.ID.eq(ref.id()))
                    .fetchOptional(r -> new Target(ref, r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                            r.value6(), null));
            case PROFILE -> dsl.select(ACCOUNT.ID,
                            ACCOUNT.PROFILE_TEXT_STATE.convertFrom(state -> state == null ? null : state.name()),
                            ACCOUNT.PROFILE_TEXT, ACCOUNT.DISPLAY_NAME)
                    .from(ACCOUNT)
                    .where(ACCOUNT.ID.eq(ref.id()))
                    .fetchOptional(r -> new Target(ref, null, null, r.value1(), r.value2(), null, r.value3(),
                            r.value4()));
        };
    }

    record Reporter(boolean verified, Instant createdAt, boolean blocked) {
    }

    Optional<Reporter> reporter(long accountId) {
        return dsl.select(field(ACCOUNT.VERIFIED_AT.isNotNull()), ACCOUNT.CREATED_AT, field(ACCOUNT.BLOCKED_AT.isNotNull()))
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(mapping(Reporter::new));
    }

    boolean isBlocked(long accountId) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId).and(ACCOUNT.BLOCKED_AT.isNotNull()));
    }

    // ---- items ----------------------------------------------------------------------------------------------

    record Item(long id, ContentRef ref, Long consultationId, long authorId, String status, int openReports,
            boolean hiddenByReports, int version) {
    }

    /** The item's id, its row created (closed, version 0) if there was none; atomic on the unique key. */
    long ensureItem(ContentRef ref, Long consultationId, long authorId, Instant now) {
        dsl.insertInto(MODERATION_ITEM, MODERATION_ITEM.ITEM_TYPE, MODERATION_ITEM.ITEM_ID,
                        MODERATION_ITEM.CONSULTATION_ID, MODERATION_ITEM.AUTHOR_ID, MODERATION_ITEM.STATUS,
                        MODERATION_ITEM.OPENED_AT)
                .values(ref.type().name(), ref.id(), consultationId, authorId, CLOSED, now)
                .onDuplicateKeyUpdate()
                .set(MODERATION_ITEM.ITEM_TYPE, MODERATION_ITEM.ITEM_TYPE)
                .execute();
        // A locking read: a row another transaction committed after this one's snapshot is there too.
        return dsl.select(MODERATION_ITEM.ID).from(MODERATION_ITEM)
                .where(MODERATION_ITEM.ITEM_TYPE.eq(ref.type().name()).and(MODERATION_ITEM.ITEM_ID.eq(ref.id())))
                .forUpdate()
                .fetchOne(Record1::value1);
    }

    Optional<Long> itemId(ContentRef ref) {
        return dsl.select(MODERATION_ITEM.ID).from(MODERATION_ITEM)
                .where(MODERATION_ITEM.ITEM_TYPE.eq(ref.type().name()).and(MODERATION_ITEM.ITEM_ID.eq(ref.id())))
                .fetchOptional(Record1::value1);
    }

    Item lockItem(long id) {
        return dsl.select(MODERATION_ITEM.ID, MODERATION_ITEM.ITEM_TYPE, MODERATION_ITEM.ITEM_ID,
                        MODERATION_ITEM.CONSULTATION_ID, MODERATION_ITEM.AUTHOR_ID, MODERATION_ITEM.STATUS,
                        MODERATION_ITEM.OPEN_REPORTS, MODERATION_ITEM.HIDDEN_BY_REPORTS, MODERATION_ITEM.VERSION)
                .from(MODERATION_ITEM)
                .where(MODERATION_ITEM.ID.eq(id))
                .forUpdate()
                .fetchOne(r -> new Item(r.value1(), new ContentRef(ContentType.valueOf(r.value2()), r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
    }

    int version(ContentRef ref) {
        return dsl.select(MODERATION_ITEM.VERSION).from(MODERATION_ITEM)
                .where(MODERATION_ITEM.ITEM_TYPE.eq(ref.type().name()).and(MODERATION_ITEM.ITEM_ID.eq(ref.id())))
                .fetchOptional(Record1::value1)
                .orElse(0);
    }

    /** The optimistic lock of an action: true for the one transaction that moves the item on from {@code version}. */
    boolean bumpVersion(long itemId, int version) {
        return dsl.update(MODERATION_ITEM)
                .set(MODERATION_ITEM.VERSION, MODERATION_ITEM.VERSION.plus(1))
                .where(MODERATION_ITEM.ID.eq(itemId).and(MODERATION_ITEM.VERSION.eq(version)))
                .execute() == 1;
    }

    void bumpVersion(long itemId) {
        dsl.update(MODERATION_ITEM)
                .set(MODERATION_ITEM.VERSION, MODERATION_ITEM.VERSION.plus(1))
                .where(MODERATION_ITEM.ID.eq(itemId))
                .execute();
    }

    /** Puts the item in the queue (from now, if it was not there) with {@code reports} more open reports. */
    void openItem(long itemId, int reports, Instant now) {
        dsl.update(MODERATION_ITEM)
                // Assigned left to right: opened_at reads the status before this statement changes it.
                .set(MODERATION_ITEM.OPENED_AT, when(MODERATION_ITEM.STATUS.eq(OPEN), MODERATION_ITEM.OPENED_AT)
                        .otherwise(val(now, MODERATION_ITEM.OPENED_AT)))
                .set(MODERATION_ITEM.STATUS, OPEN)
                .set(MODERATION_ITEM.CLOSED_AT, (Instant) null)
                .set(MODERATION_ITEM.OPEN_REPORTS, MODERATION_ITEM.OPEN_REPORTS.plus(reports))
                .where(MODERATION_ITEM.ID.eq(itemId))
                .execute();
    }

    void setHiddenByReports(long itemId, boolean hidden) {
        dsl.update(MODERATION_ITEM)
                .set(MODERATION_ITEM.HIDDEN_BY_REPORTS, hidden)
                .where(MODERATION_ITEM.ID.eq(itemId))
                .execute();
    }

    void closeItem(long itemId, Instant now) {
        dsl.update(MODERATION_ITEM)
                .set(MODERATION_ITEM.STATUS, CLOSED)
                .set(MODERATION_ITEM.OPEN_REPORTS, 0)
                .set(MODERATION_ITEM.HIDDEN_BY_REPORTS, false)
                .set(MODERATION_ITEM.CLOSED_AT, now)
                .where(MODERATION_ITEM.ID.eq(itemId))
                .execute();
    }

    // ---- reports (callers hold the item's row lock) ---------------------------------------------------------

    /** A locking read: sees a report committed after this transaction's snapshot. */
    boolean hasReported(long itemId, long reporterId) {
        return dsl.selectOne().from(MODERATION_REPORT)
                .where(MODERATION_REPORT.MODERATION_ITEM_ID.eq(itemId).and(MODERATION_REPORT.REPORTER_ID.eq(reporterId)))
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }

    boolean hasReported(ContentRef ref, long reporterId) {
        return dsl.fetchExists(selectOne().from(MODERATION_REPORT)
                .join(MODERATION_ITEM).on(MODERATION_ITEM.ID.eq(MODERATION_REPORT.MODERATION_ITEM_ID))
                .where(MODERATION_ITEM.ITEM_TYPE.eq(ref.type().name()).and(MODERATION_ITEM.ITEM_ID.eq(ref.id()))
                        .and(MODERATION_REPORT.REPORTER_ID.eq(reporterId))));
    }

    void insertReport(long itemId, long reporterId, ReportReason reason, String text, boolean qualifies,
            boolean byGriffie, Instant now) {
        dsl.insertInto(MODERATION_REPORT)
                .set(MODERATION_REPORT.MODERATION_ITEM_ID, itemId)
                .set(MODERATION_REPORT.REPORTER_ID, reporterId)
                .set(MODERATION_REPORT.REASON, reason.name())
                .set(MODERATION_REPORT.TEXT, text)
                .set(MODERATION_REPORT.QUALIFIES, qualifies)
                .set(MODERATION_REPORT.BY_GRIFFIE, byGriffie)
                .set(MODERATION_REPORT.CREATED_AT, now)
                .execute();
    }

    /** Distinct reporters of open reports that count towards hiding (a locking read). */
    int qualifyingReporters(long itemId) {
        return dsl.select(countDistinct(MODERATION_REPORT.REPORTER_ID)).from(MODERATION_REPORT)
                .where(MODERATION_REPORT.MODERATION_ITEM_ID.eq(itemId)
                        .and(MODERATION_REPORT.HANDLED_AT.isNull())
                        .and(MODERATION_REPORT.QUALIFIES.isTrue()))
                .forUpdate()
                .fetchOne(Record1::value1);
    }

    /** Marks the item's open reports handled by the action; returns their reporters. */
    List<Long> handleReports(long itemId, long actionId, Instant now) {
        List<Long> reporters = dsl.select(MODERATION_REPORT.REPORTER_ID).from(MODERATION_REPORT)
                .where(MODERATION_REPORT.MODERATION_ITEM_ID.eq(itemId).and(MODERATION_REPORT.HANDLED_AT.isNull()))
                .orderBy(MODERATION_REPORT.ID)
                .forUpdate()
                .fetch(Record1::value1);
        if (!reporters.isEmpty()) {
            dsl.update(MODERATION_REPORT)
                    .set(MODERATION_REPORT.HANDLED_AT, now)
                    .set(MODERATION_REPORT.HANDLED_BY_ACTION, actionId)
                    .where(MODERATION_REPORT.MODERATION_ITEM_ID.eq(itemId).and(MODERATION_REPORT.HANDLED_AT.isNull()))
                    .execute();
        }
        return reporters;
    }

    List<ReportView> reports(long itemId) {
        return dsl.select(MODERATION_REPORT.ID, MODERATION_REPORT.REASON.convertFrom(ReportReason::valueOf),
                        MODERATION_REPORT.TEXT, MODERATION_REPORT.QUALIFIES, MODERATION_REPORT.BY_GRIFFIE,
                        MODERATION_REPORT.CREATED_AT, field(MODERATION_REPORT.HANDLED_AT.isNotNull()))
                .from(MODERATION_REPORT)
                .where(MODERATION_REPORT.MODERATION_ITEM_ID.eq(itemId))
                .orderBy(MODERATION_REPORT.CREATED_AT, MODERATION_REPORT.ID)
                .fetch(mapping(ReportView::new));
    }

    // ---- the queue ------------------------------------------------------------------------------------------

    /** One statement per page whatever its size: content, context and author joined, reasons as a multiset. */
    List<QueueItem> queue(QueueSort sort, Long consultationId, int offset, int limit) {
        return queueSelect(queued(consultationId))
                .orderBy(order(sort))
                .offset(offset)
                .limit(limit)
                .fetch(ModerationRepository::toQueueItem);
    }

    int countQueue(Long consultationId) {
        return dsl.fetchCount(MODERATION_ITEM, queued(consultationId));
    }

    Optional<QueueItem> queueItem(long itemId) {
        return queueSelect(MODERATION_ITEM.ID.eq(itemId)).fetchOptional(ModerationRepository::toQueueItem);
    }

    private static Condition queued(Long consultationId) {
        Condition condition = MODERATION_ITEM.STATUS.eq(OPEN);
        return consultationId == null ? condition : condition.and(MODERATION_ITEM.CONSULTATION_ID.eq(consultationId));
    }

    private org.jooq.SelectConditionStep<? extends Record> queueSelect(Condition condition) {
        return dsl.select(MODERATION_ITEM.ID, MODERATION_ITEM.ITEM_TYPE, MODERATION_ITEM.ITEM_ID,
                        MODERATION_ITEM.CONSULTATION_ID, CONSULTATION.TITLE, MODERATION_ITEM.AUTHOR_ID,
                        MODERATION_ITEM.OPEN_REPORTS, MODERATION_ITEM.HIDDEN_BY_REPORTS, MODERATION_ITEM.OPENED_AT,
                        MODERATION_ITEM.VERSION, coalesce(P.ID, C.PROPOSAL_ID).as("proposal_id"),
                        coalesce(P.TITLE, CP.TITLE, when(PROFILE_ITEM, A.DISPLAY_NAME)).as("context"),
                        coalesce(P.BODY, C.BODY, when(PROFILE_ITEM, A.PROFILE_TEXT)).as("text"),
                        coalesce(P.STATE, C.STATE, when(PROFILE_ITEM,
                                A.PROFILE_TEXT_STATE.convertFrom(state -> state == null ? null : state.name())))
                                .as("content_state"),
                        A.DISPLAY_NAME.as("author_name"),
                        field(A.BLOCKED_AT.isNotNull()).as("author_blocked"), OPEN_REASONS.as("reasons"))
                .from(MODERATION_ITEM)
                .join(A).on(A.ID.eq(MODERATION_ITEM.AUTHOR_ID))
                .leftJoin(P).on(MODERATION_ITEM.ITEM_TYPE.eq(ContentType.PROPOSAL.name())
                        .and(P.ID.eq(MODERATION_ITEM.ITEM_ID)))
                .leftJoin(C).on(MODERATION_ITEM.ITEM_TYPE.eq(ContentType.COMMENT.name())
                        .and(C.ID.eq(MODERATION_ITEM.ITEM_ID)))
                .leftJoin(CP).on(CP.ID.eq(C.PROPOSAL_ID))
                .leftJoin(CONSULTATION).on(CONSULTATION.ID.eq(MODERATION_ITEM.CONSULTATION_ID))
                .where(condition);
    }

    private static List<SortField<?>> order(QueueSort sort) {
        return switch (sort == null ? QueueSort.MOST_REPORTED : sort) {
            case MOST_REPORTED -> List.of(MODERATION_ITEM.OPEN_REPORTS.desc(), MODERATION_ITEM.OPENED_AT.asc(),
                    MODERATION_ITEM.ID.asc());
            case OLDEST -> List.of(MODERATION_ITEM.OPENED_AT.asc(), MODERATION_ITEM.ID.asc());
        };
    }

    @SuppressWarnings("unchecked")
    private static QueueItem toQueueItem(Record r) {
        String state = r.get("content_state", String.class);
        return new QueueItem(r.get(MODERATION_ITEM.ID),
                new ContentRef(ContentType.valueOf(r.get(MODERATION_ITEM.ITEM_TYPE)), r.get(MODERATION_ITEM.ITEM_ID)),
                r.get("proposal_id", Long.class), r.get(MODERATION_ITEM.CONSULTATION_ID), r.get(CONSULTATION.TITLE),
                r.get("context", String.class), r.get("text", String.class), state, r.get(MODERATION_ITEM.AUTHOR_ID),
                r.get("author_name", String.class), Boolean.TRUE.equals(r.get("author_blocked", Boolean.class)),
                r.get(MODERATION_ITEM.OPEN_REPORTS), (List<ReportReason>) r.get("reasons"),
                "AWAITING_MODERATION".equals(state), r.get(MODERATION_ITEM.HIDDEN_BY_REPORTS),
                r.get(MODERATION_ITEM.OPENED_AT), r.get(MODERATION_ITEM.VERSION));
    }

    // ---- actions ----------------------------------------------------------------------------------------------

    long insertAction(long itemId, ModerationAction action, ModerationReason reason, String text, Long actorId,
            Instant now) {
        return dsl.insertInto(MODERATION_ACTION)
                .set(MODERATION_ACTION.MODERATION_ITEM_ID, itemId)
                .set(MODERATION_ACTION.ACTION, action.name())
                .set(MODERATION_ACTION.REASON, reason.name())
                .set(MODERATION_ACTION.TEXT, text)
                .set(MODERATION_ACTION.ACTOR_ID, actorId)
                .set(MODERATION_ACTION.ACTED_AT, now)
                .returningResult(MODERATION_ACTION.ID)
                .fetchOne(Record1::value1);
    }

    record ActionRow(long id, long itemId, ContentRef ref, Long consultationId, long authorId,
            ModerationAction action, ModerationReason reason, String text, Long actorId, Instant actedAt,
            Instant overturnedAt) {
    }

    Optional<ActionRow> action(long actionId, boolean lock) {
        var select = dsl.select(MODERATION_ACTION.ID, MODERATION_ITEM.ID, MODERATION_ITEM.ITEM_TYPE,
                        MODERATION_ITEM.ITEM_ID, MODERATION_ITEM.CONSULTATION_ID, MODERATION_ITEM.AUTHOR_ID,
                        MODERATION_ACTION.ACTION, MODERATION_ACTION.REASON, MODERATION_ACTION.TEXT,
                        MODERATION_ACTION.ACTOR_ID, MODERATION_ACTION.ACTED_AT, MODERATION_ACTION.OVERTURNED_AT)
                .from(MODERATION_ACTION)
                .join(MODERATION_ITEM).on(MODERATION_ITEM.ID.eq(MODERATION_ACTION.MODERATION_ITEM_ID))
                .where(MODERATION_ACTION.ID.eq(actionId));
        return (lock ? select.forUpdate() : select).fetchOptional(r -> new ActionRow(
                r.value1(), r.value2(), new ContentRef(ContentType.valueOf(r.value3()), r.value4()), r.value5(),
                r.value6(), ModerationAction.valueOf(r.value7()), ModerationReason.valueOf(r.value8()), r.value9(),
                r.value10(), r.value11(), r.value12()));
    }

    void keepRedaction(long actionId, Redacted redacted) {
        dsl.update(MODERATION_ACTION)
                .set(MODERATION_ACTION.REDACTED_FRAGMENT, redacted.fragment())
                .set(MODERATION_ACTION.REDACTION_REPLACEMENT, redacted.replacement())
                .set(MODERATION_ACTION.REDACTED_TITLE_AT, offsets(redacted.titleAt()))
                .set(MODERATION_ACTION.REDACTED_BODY_AT, offsets(redacted.bodyAt()))
                .where(MODERATION_ACTION.ID.eq(actionId))
                .execute();
    }

    /** What the redaction took out, while it is kept. */
    Optional<Redacted> redaction(long actionId) {
        return dsl.select(MODERATION_ACTION.REDACTED_FRAGMENT, MODERATION_ACTION.REDACTION_REPLACEMENT,
                        MODERATION_ACTION.REDACTED_TITLE_AT, MODERATION_ACTION.REDACTED_BODY_AT)
                .from(MODERATION_ACTION)
                .where(MODERATION_ACTION.ID.eq(actionId).and(MODERATION_ACTION.REDACTED_FRAGMENT.isNotNull()))
                .fetchOptional(r -> new Redacted(r.value1(), r.value2(), offsets(r.value3()), offsets(r.value4())));
    }

    void eraseRedaction(long actionId) {
        dsl.update(MODERATION_ACTION)
                .setNull(MODERATION_ACTION.REDACTED_FRAGMENT)
                .setNull(MODERATION_ACTION.REDACTION_REPLACEMENT)
                .setNull(MODERATION_ACTION.REDACTED_TITLE_AT)
                .setNull(MODERATION_ACTION.REDACTED_BODY_AT)
                .where(MODERATION_ACTION.ID.eq(actionId))
                .execute();
    }

    /**
     * Erases the fragments of redactions made before {@code cutoff} that no undecided appeal needs (a decided one
     * erased its own already). Returns how many.
     */
    int eraseRedactionsBefore(Instant cutoff) {
        return dsl.update(MODERATION_ACTION)
                .setNull(MODERATION_ACTION.REDACTED_FRAGMENT)
                .setNull(MODERATION_ACTION.REDACTION_REPLACEMENT)
                .setNull(MODERATION_ACTION.REDACTED_TITLE_AT)
                .setNull(MODERATION_ACTION.REDACTED_BODY_AT)
                .where(MODERATION_ACTION.REDACTED_FRAGMENT.isNotNull())
                .and(MODERATION_ACTION.ACTED_AT.lt(cutoff))
                .andNotExists(selectOne().from(MODERATION_APPEAL)
                        .where(MODERATION_APPEAL.ACTION_ID.eq(MODERATION_ACTION.ID))
                        .and(MODERATION_APPEAL.DECISION.isNull()))
                .execute();
    }

    private static String offsets(List<Integer> offsets) {
        return offsets.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> offsets(String offsets) {
        return offsets == null || offsets.isEmpty() ? List.of()
                : Arrays.stream(offsets.split(",")).map(Integer::valueOf).toList();
    }

    void markOverturned(long actionId, Instant now) {
        dsl.update(MODERATION_ACTION)
                .set(MODERATION_ACTION.OVERTURNED_AT, now)
                .where(MODERATION_ACTION.ID.eq(actionId))
                .execute();
    }

    List<ActionView> actions(long itemId) {
        return dsl.select(MODERATION_ACTION.ID, MODERATION_ACTION.ACTION.convertFrom(ModerationAction::valueOf),
                        MODERATION_ACTION.REASON.convertFrom(ModerationReason::valueOf), MODERATION_ACTION.TEXT,
                        MODERATION_ACTION.ACTOR_ID, ACCOUNT.DISPLAY_NAME, MODERATION_ACTION.ACTED_AT,
                        field(MODERATION_ACTION.OVERTURNED_AT.isNotNull()),
                        field(exists(selectOne().from(MODERATION_APPEAL)
                                .where(MODERATION_APPEAL.ACTION_ID.eq(MODERATION_ACTION.ID)))))
                .from(MODERATION_ACTION)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(MODERATION_ACTION.ACTOR_ID))
                .where(MODERATION_ACTION.MODERATION_ITEM_ID.eq(itemId))
                .orderBy(MODERATION_ACTION.ACTED_AT, MODERATION_ACTION.ID)
                .fetch(mapping(ActionView::new));
    }

    // ---- appeals ----------------------------------------------------------------------------------------------

    /** A locking read on the unique action_id: a second appeal waits for the first, then sees it. */
    boolean appealExists(long actionId) {
        return dsl.selectOne().from(MODERATION_APPEAL).where(MODERATION_APPEAL.ACTION_ID.eq(actionId))
                .forUpdate().fetchOptional().isPresent();
    }

    long insertAppeal(long actionId, long appellantId, String text, Instant now) {
        return dsl.insertInto(MODERATION_APPEAL)
                .set(MODERATION_APPEAL.ACTION_ID, actionId)
                .set(MODERATION_APPEAL.APPELLANT_ID, appellantId)
                .set(MODERATION_APPEAL.TEXT, text)
                .set(MODERATION_APPEAL.FILED_AT, now)
                .returningResult(MODERATION_APPEAL.ID)
                .fetchOne(Record1::value1);
    }

    boolean decideAppeal(long appealId, AppealDecision decision, String text, long decidedBy, Instant now,
            int version) {
        return dsl.update(MODERATION_APPEAL)
                .set(MODERATION_APPEAL.DECISION, decision.name())
                .set(MODERATION_APPEAL.DECISION_TEXT, text)
                .set(MODERATION_APPEAL.DECIDED_BY, decidedBy)
                .set(MODERATION_APPEAL.DECIDED_AT, now)
                .set(MODERATION_APPEAL.VERSION, MODERATION_APPEAL.VERSION.plus(1))
                .where(MODERATION_APPEAL.ID.eq(appealId)
                        .and(MODERATION_APPEAL.VERSION.eq(version))
                        .and(MODERATION_APPEAL.DECISION.isNull()))
                .execute() == 1;
    }

    Optional<AppealView> appeal(long appealId) {
        return appeals(MODERATION_APPEAL.ID.eq(appealId)).fetchOptional(ModerationRepository::toAppeal);
    }

    Optional<AppealView> appealOfAction(long actionId) {
        return appeals(MODERATION_APPEAL.ACTION_ID.eq(actionId)).fetchOptional(ModerationRepository::toAppeal);
    }

    List<AppealView> openAppeals(int offset, int limit) {
        return appeals(MODERATION_APPEAL.DECIDED_AT.isNull())
                .orderBy(MODERATION_APPEAL.FILED_AT, MODERATION_APPEAL.ID)
                .offset(offset)
                .limit(limit)
                .fetch(ModerationRepository::toAppeal);
    }

    int countOpenAppeals() {
        return dsl.fetchCount(MODERATION_APPEAL, MODERATION_APPEAL.DECIDED_AT.isNull());
    }

    private org.jooq.SelectConditionStep<? extends Record> appeals(Condition condition) {
        return dsl.select(MODERATION_APPEAL.ID, MODERATION_APPEAL.ACTION_ID, MODERATION_ITEM.ITEM_TYPE,
                        MODERATION_ITEM.ITEM_ID, MODERATION_ACTION.ACTION, MODERATION_ACTION.REASON,
                        MODERATION_ACTION.TEXT, MODERATION_ACTION.ACTOR_ID, MODERATION_APPEAL.APPELLANT_ID,
                        ACCOUNT.DISPLAY_NAME, MODERATION_APPEAL.TEXT, MODERATION_APPEAL.FILED_AT,
                        MODERATION_APPEAL.DECISION, MODERATION_APPEAL.DECISION_TEXT, MODERATION_APPEAL.DECIDED_BY,
                        MODERATION_APPEAL.DECIDED_AT, MODERATION_APPEAL.VERSION, MODERATION_ACTION.REDACTED_FRAGMENT)
                .from(MODERATION_APPEAL)
                .join(MODERATION_ACTION).on(MODERATION_ACTION.ID.eq(MODERATION_APPEAL.ACTION_ID))
                .join(MODERATION_ITEM).on(MODERATION_ITEM.ID.eq(MODERATION_ACTION.MODERATION_ITEM_ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(MODERATION_APPEAL.APPELLANT_ID))
                .where(condition);
    }

    private static AppealView toAppeal(Record r) {
        String decision = r.get(MODERATION_APPEAL.DECISION);
        return new AppealView(r.get(MODERATION_APPEAL.ID), r.get(MODERATION_APPEAL.ACTION_ID),
                new ContentRef(ContentType.valueOf(r.get(MODERATION_ITEM.ITEM_TYPE)), r.get(MODERATION_ITEM.ITEM_ID)),
                ModerationAction.valueOf(r.get(MODERATION_ACTION.ACTION)),
                ModerationReason.valueOf(r.get(MODERATION_ACTION.REASON)), r.get(MODERATION_ACTION.TEXT),
                r.get(MODERATION_ACTION.ACTOR_ID), r.get(MODERATION_APPEAL.APPELLANT_ID), r.get(ACCOUNT.DISPLAY_NAME),
                r.get(MODERATION_APPEAL.TEXT), r.get(MODERATION_APPEAL.FILED_AT),
                decision == null ? null : AppealDecision.valueOf(decision), r.get(MODERATION_APPEAL.DECISION_TEXT),
                r.get(MODERATION_APPEAL.DECIDED_BY), r.get(MODERATION_APPEAL.DECIDED_AT),
                r.get(MODERATION_APPEAL.VERSION), r.get(MODERATION_ACTION.REDACTED_FRAGMENT));
    }

    // ---- the public log ---------------------------------------------------------------------------------------

    List<PublicLogEntry> publicLog(int offset, int limit) {
        return dsl.select(MODERATION_ACTION.ACTED_AT, MODERATION_ITEM.ITEM_TYPE.convertFrom(ContentType::valueOf),
                        MODERATION_ITEM.CONSULTATION_ID, CONSULTATION.TITLE,
                        MODERATION_ACTION.ACTION.convertFrom(ModerationAction::valueOf),
                        MODERATION_ACTION.REASON.convertFrom(ModerationReason::valueOf),
                        field(MODERATION_ACTION.OVERTURNED_AT.isNotNull()))
                .from(MODERATION_ACTION)
                .join(MODERATION_ITEM).on(MODERATION_ITEM.ID.eq(MODERATION_ACTION.MODERATION_ITEM_ID))
                .leftJoin(CONSULTATION).on(CONSULTATION.ID.eq(MODERATION_ITEM.CONSULTATION_ID))
                .orderBy(MODERATION_ACTION.ACTED_AT.desc(), MODERATION_ACTION.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(mapping(PublicLogEntry::new));
    }

    int countPublicLog() {
        return dsl.fetchCount(MODERATION_ACTION);
    }

    /** Counts per month (UTC), action and reason, newest month first. */
    List<MonthlyCount> monthlyCounts() {
        Field<Integer> year = extract(MODERATION_ACTION.ACTED_AT, DatePart.YEAR);
        Field<Integer> month = extract(MODERATION_ACTION.ACTED_AT, DatePart.MONTH);
        return dsl.select(year, month, MODERATION_ACTION.ACTION, MODERATION_ACTION.REASON, count())
                .from(MODERATION_ACTION)
                .groupBy(year, month, MODERATION_ACTION.ACTION, MODERATION_ACTION.REASON)
                .orderBy(year.desc(), month.desc(), MODERATION_ACTION.ACTION, MODERATION_ACTION.REASON)
                .fetch(r -> new MonthlyCount(YearMonth.of(r.value1(), r.value2()),
                        ModerationAction.valueOf(r.value3()), ModerationReason.valueOf(r.value4()), r.value5()));
    }
}
