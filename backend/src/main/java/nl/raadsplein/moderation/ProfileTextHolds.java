package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.MODERATION_ACTION;
import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;

import nl.raadsplein.account.internal.ProfileTextHold;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Answers the account feature whether the griffie holds an account's profile texts back (ADR 6). */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ProfileTextHolds implements ProfileTextHold {

    private final DSLContext dsl;

    ProfileTextHolds(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean heldBack(long accountId) {
        var item = dsl.select(MODERATION_ITEM.ID, MODERATION_ITEM.HIDDEN_BY_REPORTS)
                .from(MODERATION_ITEM)
                .where(MODERATION_ITEM.ITEM_TYPE.eq(ContentType.PROFILE))
                .and(MODERATION_ITEM.ITEM_ID.eq(accountId))
                .fetchOptional();
        if (item.isEmpty()) {
            return false;
        }
        if (Boolean.TRUE.equals(item.get().value2())) {
            return true;
        }
        return dsl.select(MODERATION_ACTION.ACTION, MODERATION_ACTION.OVERTURNED_AT)
                .from(MODERATION_ACTION)
                .where(MODERATION_ACTION.MODERATION_ITEM_ID.eq(item.get().value1()))
                .and(MODERATION_ACTION.ACTION.in(
                        ModerationAction.HIDE, ModerationAction.RESTORE, ModerationAction.APPROVE))
                .orderBy(MODERATION_ACTION.ACTED_AT.desc(), MODERATION_ACTION.ID.desc())
                .limit(1)
                .fetchOptional()
                .map(last -> last.value1() == ModerationAction.HIDE && last.value2() == null)
                .orElse(false);
    }
}
