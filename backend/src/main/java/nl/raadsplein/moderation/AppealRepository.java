package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.MODERATION_ACTION;
import static nl.raadsplein.jooq.Tables.MODERATION_APPEAL;
import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appeals against the griffie's decisions, one per decision, and how another griffier decided them. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class AppealRepository {

    private final DSLContext dsl;

    AppealRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A locking read on the unique action_id: a second appeal waits for the first, then sees it. */
    boolean appealExists(long actionId) {
        return dsl.selectOne()
                .from(MODERATION_APPEAL)
                .where(MODERATION_APPEAL.ACTION_ID.eq(actionId))
                .forUpdate()
                .fetchOptional()
                .isPresent();
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

    boolean decideAppeal(
            long appealId, AppealDecision decision, String text, long decidedBy, Instant now, int version) {
        return dsl.update(MODERATION_APPEAL)
                        .set(MODERATION_APPEAL.DECISION, decision)
                        .set(MODERATION_APPEAL.DECISION_TEXT, text)
                        .set(MODERATION_APPEAL.DECIDED_BY, decidedBy)
                        .set(MODERATION_APPEAL.DECIDED_AT, now)
                        .set(MODERATION_APPEAL.VERSION, MODERATION_APPEAL.VERSION.plus(1))
                        .where(MODERATION_APPEAL
                                .ID
                                .eq(appealId)
                                .and(MODERATION_APPEAL.VERSION.eq(version))
                                .and(MODERATION_APPEAL.DECISION.isNull()))
                        .execute()
                == 1;
    }

    Optional<AppealView> appeal(long appealId) {
        return appeals(MODERATION_APPEAL.ID.eq(appealId)).fetchOptional(AppealRepository::toAppeal);
    }

    Optional<AppealView> appealOfAction(long actionId) {
        return appeals(MODERATION_APPEAL.ACTION_ID.eq(actionId)).fetchOptional(AppealRepository::toAppeal);
    }

    List<AppealView> openAppeals(int offset, int limit) {
        return appeals(MODERATION_APPEAL.DECIDED_AT.isNull())
                .orderBy(MODERATION_APPEAL.FILED_AT, MODERATION_APPEAL.ID)
                .offset(offset)
                .limit(limit)
                .fetch(AppealRepository::toAppeal);
    }

    int countOpenAppeals() {
        return dsl.fetchCount(MODERATION_APPEAL, MODERATION_APPEAL.DECIDED_AT.isNull());
    }

    private SelectConditionStep<? extends Record> appeals(Condition condition) {
        return dsl.select(
                        MODERATION_APPEAL.ID,
                        MODERATION_APPEAL.ACTION_ID,
                        MODERATION_ITEM.ITEM_TYPE,
                        MODERATION_ITEM.ITEM_ID,
                        MODERATION_ACTION.ACTION,
                        MODERATION_ACTION.REASON,
                        MODERATION_ACTION.TEXT,
                        MODERATION_ACTION.ACTOR_ID,
                        MODERATION_APPEAL.APPELLANT_ID,
                        ACCOUNT.DISPLAY_NAME,
                        MODERATION_APPEAL.TEXT,
                        MODERATION_APPEAL.FILED_AT,
                        MODERATION_APPEAL.DECISION,
                        MODERATION_APPEAL.DECISION_TEXT,
                        MODERATION_APPEAL.DECIDED_BY,
                        MODERATION_APPEAL.DECIDED_AT,
                        MODERATION_APPEAL.VERSION,
                        MODERATION_ACTION.REDACTED_FRAGMENT)
                .from(MODERATION_APPEAL)
                .join(MODERATION_ACTION)
                .on(MODERATION_ACTION.ID.eq(MODERATION_APPEAL.ACTION_ID))
                .join(MODERATION_ITEM)
                .on(MODERATION_ITEM.ID.eq(MODERATION_ACTION.MODERATION_ITEM_ID))
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(MODERATION_APPEAL.APPELLANT_ID))
                .where(condition);
    }

    private static AppealView toAppeal(Record r) {
        return new AppealView(
                r.get(MODERATION_APPEAL.ID),
                r.get(MODERATION_APPEAL.ACTION_ID),
                new ContentRef(r.get(MODERATION_ITEM.ITEM_TYPE), r.get(MODERATION_ITEM.ITEM_ID)),
                r.get(MODERATION_ACTION.ACTION),
                r.get(MODERATION_ACTION.REASON),
                r.get(MODERATION_ACTION.TEXT),
                r.get(MODERATION_ACTION.ACTOR_ID),
                r.get(MODERATION_APPEAL.APPELLANT_ID),
                r.get(ACCOUNT.DISPLAY_NAME),
                r.get(MODERATION_APPEAL.TEXT),
                r.get(MODERATION_APPEAL.FILED_AT),
                r.get(MODERATION_APPEAL.DECISION),
                r.get(MODERATION_APPEAL.DECISION_TEXT),
                r.get(MODERATION_APPEAL.DECIDED_BY),
                r.get(MODERATION_APPEAL.DECIDED_AT),
                r.get(MODERATION_APPEAL.VERSION),
                r.get(MODERATION_ACTION.REDACTED_FRAGMENT),
                false);
    }
}
