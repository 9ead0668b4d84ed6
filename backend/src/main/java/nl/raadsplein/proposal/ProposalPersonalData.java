package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.ORGANISATION;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.SUPPORT;

import java.util.List;
import nl.raadsplein.platform.internal.PersonalDataExport;
import nl.raadsplein.platform.internal.PersonalDataTable;
import nl.raadsplein.platform.internal.PersonalDataTables;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's proposals, comments and supports. Deleting the account erases nothing here: the texts stay, shown as by
 * a former participant, and the supports keep counting (ADR 15).
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ProposalPersonalData implements PersonalDataExport {

    private final DSLContext dsl;

    ProposalPersonalData(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<PersonalDataTable> export(long accountId) {
        return List.of(
                PersonalDataTables.of(
                        "proposals",
                        dsl.select(
                                        PROPOSAL.ID,
                                        PROPOSAL.CONSULTATION_ID,
                                        PROPOSAL.TITLE,
                                        PROPOSAL.BODY,
                                        PROPOSAL.ADDRESS,
                                        PROPOSAL.STATE,
                                        ORGANISATION.NAME.as("on_behalf_of"),
                                        PROPOSAL.WITHDRAWN_REASON,
                                        PROPOSAL.SUPPORT_COUNT,
                                        PROPOSAL.CREATED_AT,
                                        PROPOSAL.UPDATED_AT)
                                .from(PROPOSAL)
                                .leftJoin(ORGANISATION)
                                .on(ORGANISATION.ID.eq(PROPOSAL.ORGANISATION_ID))
                                .where(PROPOSAL.AUTHOR_ID.eq(accountId))
                                .orderBy(PROPOSAL.CREATED_AT, PROPOSAL.ID)
                                .fetch()),
                PersonalDataTables.of(
                        "comments",
                        dsl.select(
                                        COMMENT.ID,
                                        COMMENT.PROPOSAL_ID,
                                        COMMENT.PARENT_ID,
                                        COMMENT.ALIGNMENT,
                                        COMMENT.BODY,
                                        COMMENT.STATE,
                                        ORGANISATION.NAME.as("on_behalf_of"),
                                        COMMENT.CREATED_AT,
                                        COMMENT.EDITED_AT)
                                .from(COMMENT)
                                .leftJoin(ORGANISATION)
                                .on(ORGANISATION.ID.eq(COMMENT.ORGANISATION_ID))
                                .where(COMMENT.AUTHOR_ID.eq(accountId))
                                .orderBy(COMMENT.CREATED_AT, COMMENT.ID)
                                .fetch()),
                PersonalDataTables.of(
                        "supports",
                        dsl.select(
                                        SUPPORT.PROPOSAL_ID,
                                        PROPOSAL.TITLE.as("proposal_title"),
                                        SUPPORT.CREATED_AT,
                                        SUPPORT.ENTRY_CHANNEL)
                                .from(SUPPORT)
                                .join(PROPOSAL)
                                .on(PROPOSAL.ID.eq(SUPPORT.PROPOSAL_ID))
                                .where(SUPPORT.ACCOUNT_ID.eq(accountId))
                                .orderBy(SUPPORT.CREATED_AT, SUPPORT.PROPOSAL_ID)
                                .fetch()));
    }
}
