package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectOne;

import nl.raadsplein.platform.internal.PublicContributions;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public proposals and the published comments under them carry their author's name as a link to the author's page;
 * a hidden or removed comment shows no name.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ProposalContributions implements PublicContributions {

    private final DSLContext dsl;

    ProposalContributions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean any(long accountId) {
        Boolean any = dsl.fetchValue(field(exists(selectOne()
                        .from(PROPOSAL)
                        .where(PROPOSAL.AUTHOR_ID.eq(accountId))
                        .and(PROPOSAL.STATE.in(ProposalQuery.PUBLIC_STATES)))
                .or(exists(selectOne()
                        .from(COMMENT)
                        .join(PROPOSAL)
                        .on(PROPOSAL.ID.eq(COMMENT.PROPOSAL_ID))
                        .where(COMMENT.AUTHOR_ID.eq(accountId))
                        .and(COMMENT.STATE.eq(ProposalCommentState.PUBLISHED))
                        .and(PROPOSAL.STATE.in(ProposalQuery.PUBLIC_STATES))))));
        return Boolean.TRUE.equals(any);
    }
}
