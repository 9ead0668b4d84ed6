package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;
import static nl.raadsplein.jooq.Tables.MODERATION_REPORT;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.STATEMENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.when;

import java.util.List;
import java.util.Optional;
import nl.raadsplein.jooq.tables.Account;
import nl.raadsplein.jooq.tables.Comment;
import nl.raadsplein.jooq.tables.Discussion;
import nl.raadsplein.jooq.tables.Proposal;
import nl.raadsplein.jooq.tables.Statement;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.SortField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The griffie's queue: items with open reports or waiting for pre-moderation, with what is at issue joined in. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class QueueRepository {

    private static final Proposal P = PROPOSAL.as("p");
    private static final Comment C = COMMENT.as("c");
    private static final Proposal CP = PROPOSAL.as("cp");
    private static final Account A = ACCOUNT.as("a");
    private static final Statement S = STATEMENT.as("s");
    private static final Discussion SD = DISCUSSION.as("sd");
    private static final Field<List<ReportReason>> OPEN_REASONS = multiset(selectDistinct(MODERATION_REPORT.REASON)
                    .from(MODERATION_REPORT)
                    .where(MODERATION_REPORT
                            .MODERATION_ITEM_ID
                            .eq(MODERATION_ITEM.ID)
                            .and(MODERATION_REPORT.HANDLED_AT.isNull())))
            .convertFrom(r -> r.map(Record1::value1).stream().sorted().toList());

    // A profile's author is the account itself: its name is the context, its "Over mij" text what is at issue.
    private static final Condition PROFILE_ITEM = MODERATION_ITEM.ITEM_TYPE.eq(ContentType.PROFILE);

    private final DSLContext dsl;

    QueueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One statement per page whatever its size: content, context and author joined, reasons as a multiset. */
    List<QueueItem> queue(QueueSort sort, @Nullable Long consultationId, int offset, int limit) {
        return queueSelect(queued(consultationId))
                .orderBy(order(sort))
                .offset(offset)
                .limit(limit)
                .fetch(QueueRepository::toQueueItem);
    }

    int countQueue(@Nullable Long consultationId) {
        return dsl.fetchCount(MODERATION_ITEM, queued(consultationId));
    }

    Optional<QueueItem> queueItem(long itemId) {
        return queueSelect(MODERATION_ITEM.ID.eq(itemId)).fetchOptional(QueueRepository::toQueueItem);
    }

    private static Condition queued(@Nullable Long consultationId) {
        Condition condition = MODERATION_ITEM.STATUS.eq(ItemStatus.OPEN);
        return consultationId == null ? condition : condition.and(MODERATION_ITEM.CONSULTATION_ID.eq(consultationId));
    }

    private SelectConditionStep<? extends Record> queueSelect(Condition condition) {
        return dsl.select(
                        MODERATION_ITEM.ID,
                        MODERATION_ITEM.ITEM_TYPE,
                        MODERATION_ITEM.ITEM_ID,
                        MODERATION_ITEM.CONSULTATION_ID,
                        CONSULTATION.TITLE,
                        MODERATION_ITEM.AUTHOR_ID,
                        MODERATION_ITEM.OPEN_REPORTS,
                        MODERATION_ITEM.HIDDEN_BY_REPORTS,
                        MODERATION_ITEM.OPENED_AT,
                        MODERATION_ITEM.VERSION,
                        coalesce(P.ID, C.PROPOSAL_ID).as("proposal_id"),
                        coalesce(P.TITLE, CP.TITLE, when(PROFILE_ITEM, A.DISPLAY_NAME), SD.QUESTION)
                                .as("context"),
                        coalesce(P.BODY, C.BODY, when(PROFILE_ITEM, A.PROFILE_TEXT), S.TEXT)
                                .as("text"),
                        P.STATE,
                        C.STATE,
                        S.STATE,
                        A.PROFILE_TEXT_STATE,
                        A.DISPLAY_NAME.as("author_name"),
                        field(A.BLOCKED_AT.isNotNull()).as("author_blocked"),
                        OPEN_REASONS.as("reasons"))
                .from(MODERATION_ITEM)
                .join(A)
                .on(A.ID.eq(MODERATION_ITEM.AUTHOR_ID))
                .leftJoin(P)
                .on(MODERATION_ITEM.ITEM_TYPE.eq(ContentType.PROPOSAL).and(P.ID.eq(MODERATION_ITEM.ITEM_ID)))
                .leftJoin(C)
                .on(MODERATION_ITEM.ITEM_TYPE.eq(ContentType.COMMENT).and(C.ID.eq(MODERATION_ITEM.ITEM_ID)))
                .leftJoin(CP)
                .on(CP.ID.eq(C.PROPOSAL_ID))
                .leftJoin(S)
                .on(MODERATION_ITEM.ITEM_TYPE.eq(ContentType.STATEMENT).and(S.ID.eq(MODERATION_ITEM.ITEM_ID)))
                .leftJoin(SD)
                .on(SD.ID.eq(S.DISCUSSION_ID))
                .leftJoin(CONSULTATION)
                .on(CONSULTATION.ID.eq(MODERATION_ITEM.CONSULTATION_ID))
                .where(condition);
    }

    private static List<SortField<?>> order(QueueSort sort) {
        return switch (sort == null ? QueueSort.MOST_REPORTED : sort) {
            case MOST_REPORTED ->
                List.of(MODERATION_ITEM.OPEN_REPORTS.desc(), MODERATION_ITEM.OPENED_AT.asc(), MODERATION_ITEM.ID.asc());
            case OLDEST -> List.of(MODERATION_ITEM.OPENED_AT.asc(), MODERATION_ITEM.ID.asc());
        };
    }

    @SuppressWarnings("unchecked")
    private static QueueItem toQueueItem(Record r) {
        ContentType type = r.get(MODERATION_ITEM.ITEM_TYPE);
        ContentState state = switch (type) {
            case PROPOSAL -> ContentState.of(r.get(P.STATE));
            case COMMENT -> ContentState.of(r.get(C.STATE));
            case PROFILE -> ContentState.of(r.get(A.PROFILE_TEXT_STATE));
            case STATEMENT -> ContentState.of(r.get(S.STATE));
        };
        return new QueueItem(
                r.get(MODERATION_ITEM.ID),
                new ContentRef(type, r.get(MODERATION_ITEM.ITEM_ID)),
                r.get("proposal_id", Long.class),
                r.get(MODERATION_ITEM.CONSULTATION_ID),
                r.get(CONSULTATION.TITLE),
                r.get("context", String.class),
                r.get("text", String.class),
                state,
                r.get(MODERATION_ITEM.AUTHOR_ID),
                r.get("author_name", String.class),
                Boolean.TRUE.equals(r.get("author_blocked", Boolean.class)),
                r.get(MODERATION_ITEM.OPEN_REPORTS),
                (List<ReportReason>) r.get("reasons"),
                state == ContentState.AWAITING_MODERATION,
                r.get(MODERATION_ITEM.HIDDEN_BY_REPORTS),
                r.get(MODERATION_ITEM.OPENED_AT),
                r.get(MODERATION_ITEM.VERSION));
    }
}
