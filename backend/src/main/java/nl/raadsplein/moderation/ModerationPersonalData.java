package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.MODERATION_ACTION;
import static nl.raadsplein.jooq.Tables.MODERATION_APPEAL;
import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;
import static nl.raadsplein.jooq.Tables.MODERATION_REPORT;
import static org.jooq.impl.DSL.select;

import java.util.List;
import nl.raadsplein.platform.internal.PersonalDataErasure;
import nl.raadsplein.platform.internal.PersonalDataExport;
import nl.raadsplein.platform.internal.PersonalDataTable;
import nl.raadsplein.platform.internal.PersonalDataTables;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports a person made, the griffie's decisions about what they wrote and their appeals. Never who reported
 * their items: that stays the griffie's, as on every other page.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ModerationPersonalData implements PersonalDataExport, PersonalDataErasure {

    private final DSLContext dsl;

    ModerationPersonalData(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<PersonalDataTable> export(long accountId) {
        return List.of(
                PersonalDataTables.of(
                        "reports_made",
                        dsl.select(
                                        MODERATION_REPORT.CREATED_AT,
                                        MODERATION_ITEM.ITEM_TYPE,
                                        MODERATION_ITEM.ITEM_ID,
                                        MODERATION_REPORT.REASON,
                                        MODERATION_REPORT.TEXT,
                                        MODERATION_REPORT.HANDLED_AT)
                                .from(MODERATION_REPORT)
                                .join(MODERATION_ITEM)
                                .on(MODERATION_ITEM.ID.eq(MODERATION_REPORT.MODERATION_ITEM_ID))
                                .where(MODERATION_REPORT.REPORTER_ID.eq(accountId))
                                .orderBy(MODERATION_REPORT.CREATED_AT, MODERATION_REPORT.ID)
                                .fetch()),
                PersonalDataTables.of(
                        "moderation_decisions",
                        dsl.select(
                                        MODERATION_ACTION.ID.as("decision_id"),
                                        MODERATION_ACTION.ACTED_AT,
                                        MODERATION_ITEM.ITEM_TYPE,
                                        MODERATION_ITEM.ITEM_ID,
                                        MODERATION_ACTION.ACTION,
                                        MODERATION_ACTION.REASON,
                                        MODERATION_ACTION.TEXT,
                                        MODERATION_ACTION.OVERTURNED_AT)
                                .from(MODERATION_ACTION)
                                .join(MODERATION_ITEM)
                                .on(MODERATION_ITEM.ID.eq(MODERATION_ACTION.MODERATION_ITEM_ID))
                                .where(MODERATION_ITEM.AUTHOR_ID.eq(accountId))
                                .orderBy(MODERATION_ACTION.ACTED_AT, MODERATION_ACTION.ID)
                                .fetch()),
                PersonalDataTables.of(
                        "appeals",
                        dsl.select(
                                        MODERATION_APPEAL.ACTION_ID.as("decision_id"),
                                        MODERATION_APPEAL.FILED_AT,
                                        MODERATION_APPEAL.TEXT,
                                        MODERATION_APPEAL.DECISION,
                                        MODERATION_APPEAL.DECISION_TEXT,
                                        MODERATION_APPEAL.DECIDED_AT)
                                .from(MODERATION_APPEAL)
                                .where(MODERATION_APPEAL.APPELLANT_ID.eq(accountId))
                                .orderBy(MODERATION_APPEAL.FILED_AT, MODERATION_APPEAL.ID)
                                .fetch()));
    }

    /**
     * The reports and appeals stay, so that counts and decisions hold, without the person's words; a fragment
     * redacted from their text is kept only for an appeal, which nobody can make any more.
     */
    @Override
    public void erase(long accountId, String email) {
        dsl.update(MODERATION_REPORT)
                .setNull(MODERATION_REPORT.TEXT)
                .where(MODERATION_REPORT.REPORTER_ID.eq(accountId))
                .execute();
        dsl.update(MODERATION_APPEAL)
                .set(MODERATION_APPEAL.TEXT, "")
                .where(MODERATION_APPEAL.APPELLANT_ID.eq(accountId))
                .execute();
        dsl.update(MODERATION_ACTION)
                .setNull(MODERATION_ACTION.REDACTED_FRAGMENT)
                .where(MODERATION_ACTION.MODERATION_ITEM_ID.in(select(MODERATION_ITEM.ID)
                        .from(MODERATION_ITEM)
                        .where(MODERATION_ITEM.AUTHOR_ID.eq(accountId))))
                .execute();
    }
}
