package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;
import static nl.raadsplein.jooq.Tables.MODERATION_REPORT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reports, one per person per item; callers that write hold the item's row lock. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ReportRepository {

    private final DSLContext dsl;

    ReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A locking read: sees a report committed after this transaction's snapshot. */
    boolean hasReported(long itemId, long reporterId) {
        return dsl.selectOne()
                .from(MODERATION_REPORT)
                .where(MODERATION_REPORT
                        .MODERATION_ITEM_ID
                        .eq(itemId)
                        .and(MODERATION_REPORT.REPORTER_ID.eq(reporterId)))
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }

    boolean hasReported(ContentRef ref, long reporterId) {
        return dsl.fetchExists(selectOne()
                .from(MODERATION_REPORT)
                .join(MODERATION_ITEM)
                .on(MODERATION_ITEM.ID.eq(MODERATION_REPORT.MODERATION_ITEM_ID))
                .where(ItemRepository.is(ref).and(MODERATION_REPORT.REPORTER_ID.eq(reporterId))));
    }

    void insertReport(
            long itemId,
            long reporterId,
            ReportReason reason,
            @Nullable String text,
            boolean qualifies,
            boolean byGriffie,
            Instant now) {
        dsl.insertInto(MODERATION_REPORT)
                .set(MODERATION_REPORT.MODERATION_ITEM_ID, itemId)
                .set(MODERATION_REPORT.REPORTER_ID, reporterId)
                .set(MODERATION_REPORT.REASON, reason)
                .set(MODERATION_REPORT.TEXT, text)
                .set(MODERATION_REPORT.QUALIFIES, qualifies)
                .set(MODERATION_REPORT.BY_GRIFFIE, byGriffie)
                .set(MODERATION_REPORT.CREATED_AT, now)
                .execute();
    }

    /** Distinct reporters of open reports that count towards hiding (a locking read). */
    int qualifyingReporters(long itemId) {
        return dsl.select(countDistinct(MODERATION_REPORT.REPORTER_ID))
                .from(MODERATION_REPORT)
                .where(MODERATION_REPORT
                        .MODERATION_ITEM_ID
                        .eq(itemId)
                        .and(MODERATION_REPORT.HANDLED_AT.isNull())
                        .and(MODERATION_REPORT.QUALIFIES.isTrue()))
                .forUpdate()
                .fetchOne(Record1::value1);
    }

    /** Marks the item's open reports handled by the action; returns their reporters. */
    List<Long> handleReports(long itemId, long actionId, Instant now) {
        List<Long> reporters = dsl.select(MODERATION_REPORT.REPORTER_ID)
                .from(MODERATION_REPORT)
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
        return dsl.select(
                        MODERATION_REPORT.ID,
                        MODERATION_REPORT.REASON,
                        MODERATION_REPORT.TEXT,
                        MODERATION_REPORT.QUALIFIES,
                        MODERATION_REPORT.BY_GRIFFIE,
                        MODERATION_REPORT.CREATED_AT,
                        field(MODERATION_REPORT.HANDLED_AT.isNotNull()))
                .from(MODERATION_REPORT)
                .where(MODERATION_REPORT.MODERATION_ITEM_ID.eq(itemId))
                .orderBy(MODERATION_REPORT.CREATED_AT, MODERATION_REPORT.ID)
                .fetch(mapping(ReportView::new));
    }
}
