package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_PARTICIPANT;
import static nl.raadsplein.jooq.Tables.STATEMENT;
import static nl.raadsplein.jooq.Tables.STATEMENT_VOTE;
import static nl.raadsplein.jooq.Tables.VALUE_WEIGHT;

import java.util.List;
import nl.raadsplein.platform.internal.PersonalDataErasure;
import nl.raadsplein.platform.internal.PersonalDataExport;
import nl.raadsplein.platform.internal.PersonalDataTable;
import nl.raadsplein.platform.internal.PersonalDataTables;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A person's answers in value discussions, the points they gave the values and the statements they added. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class DeliberationPersonalData implements PersonalDataExport, PersonalDataErasure {

    private final DSLContext dsl;

    DeliberationPersonalData(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<PersonalDataTable> export(long accountId) {
        return List.of(
                PersonalDataTables.of(
                        "discussion_votes",
                        dsl.select(
                                        DISCUSSION.ID.as("discussion_id"),
                                        DISCUSSION.QUESTION,
                                        STATEMENT.TEXT.as("statement"),
                                        STATEMENT_VOTE.STANCE,
                                        STATEMENT_VOTE.VOTED_AT)
                                .from(STATEMENT_VOTE)
                                .join(DISCUSSION_PARTICIPANT)
                                .on(DISCUSSION_PARTICIPANT.ID.eq(STATEMENT_VOTE.PARTICIPANT_ID))
                                .join(STATEMENT)
                                .on(STATEMENT.ID.eq(STATEMENT_VOTE.STATEMENT_ID))
                                .join(DISCUSSION)
                                .on(DISCUSSION.ID.eq(STATEMENT_VOTE.DISCUSSION_ID))
                                .where(DISCUSSION_PARTICIPANT.ACCOUNT_ID.eq(accountId))
                                .orderBy(STATEMENT_VOTE.VOTED_AT, STATEMENT_VOTE.STATEMENT_ID)
                                .fetch()),
                PersonalDataTables.of(
                        "value_weights",
                        dsl.select(DISCUSSION_PARTICIPANT.DISCUSSION_ID, VALUE_WEIGHT.VALUE_CODE, VALUE_WEIGHT.POINTS)
                                .from(VALUE_WEIGHT)
                                .join(DISCUSSION_PARTICIPANT)
                                .on(DISCUSSION_PARTICIPANT.ID.eq(VALUE_WEIGHT.PARTICIPANT_ID))
                                .where(DISCUSSION_PARTICIPANT.ACCOUNT_ID.eq(accountId))
                                .orderBy(DISCUSSION_PARTICIPANT.DISCUSSION_ID, VALUE_WEIGHT.VALUE_CODE)
                                .fetch()),
                PersonalDataTables.of(
                        "statements_added",
                        dsl.select(STATEMENT.DISCUSSION_ID, STATEMENT.TEXT, STATEMENT.STATE, STATEMENT.CREATED_AT)
                                .from(STATEMENT)
                                .where(STATEMENT.AUTHOR_ID.eq(accountId))
                                .orderBy(STATEMENT.CREATED_AT, STATEMENT.ID)
                                .fetch()));
    }

    /** The person becomes an anonymous participant, as of an imported conversation: their votes still count. */
    @Override
    public void erase(long accountId, String email) {
        dsl.update(STATEMENT)
                .setNull(STATEMENT.AUTHOR_ID)
                .where(STATEMENT.AUTHOR_ID.eq(accountId))
                .execute();
        dsl.update(DISCUSSION_PARTICIPANT)
                .setNull(DISCUSSION_PARTICIPANT.ACCOUNT_ID)
                .where(DISCUSSION_PARTICIPANT.ACCOUNT_ID.eq(accountId))
                .execute();
    }
}
