package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.MODERATION_ACTION;
import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;
import static nl.raadsplein.jooq.Tables.STATEMENT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.extract;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

import java.time.YearMonth;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The griffie's decisions as the public sees them: when, on what kind of item, where and why; never the content. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class PublicLogRepository {

    private final DSLContext dsl;

    PublicLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<PublicLogEntry> publicLog(int offset, int limit) {
        return publicLog(noCondition(), offset, limit);
    }

    /** The decisions on the items of one consultation (proposals, comments), oldest first. */
    List<PublicLogEntry> aboutConsultation(long consultationId) {
        return publicLog(MODERATION_ITEM.CONSULTATION_ID.eq(consultationId), 0, Integer.MAX_VALUE)
                .reversed();
    }

    /** The decisions on the statements of one value discussion, oldest first. */
    List<PublicLogEntry> aboutDiscussion(long discussionId) {
        return publicLog(
                        MODERATION_ITEM
                                .ITEM_TYPE
                                .eq(ContentType.STATEMENT)
                                .and(MODERATION_ITEM.ITEM_ID.in(select(STATEMENT.ID)
                                        .from(STATEMENT)
                                        .where(STATEMENT.DISCUSSION_ID.eq(discussionId)))),
                        0,
                        Integer.MAX_VALUE)
                .reversed();
    }

    private List<PublicLogEntry> publicLog(Condition condition, int offset, int limit) {
        return dsl.select(
                        MODERATION_ACTION.ACTED_AT,
                        MODERATION_ITEM.ITEM_TYPE,
                        MODERATION_ITEM.CONSULTATION_ID,
                        CONSULTATION.TITLE,
                        MODERATION_ACTION.ACTION,
                        MODERATION_ACTION.REASON,
                        field(MODERATION_ACTION.OVERTURNED_AT.isNotNull()))
                .from(MODERATION_ACTION)
                .join(MODERATION_ITEM)
                .on(MODERATION_ITEM.ID.eq(MODERATION_ACTION.MODERATION_ITEM_ID))
                .leftJoin(CONSULTATION)
                .on(CONSULTATION.ID.eq(MODERATION_ITEM.CONSULTATION_ID))
                .where(condition)
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
                .fetch(r -> new MonthlyCount(YearMonth.of(r.value1(), r.value2()), r.value3(), r.value4(), r.value5()));
    }
}
