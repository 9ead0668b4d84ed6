package nl.raadsplein.motion;

import static nl.raadsplein.jooq.Tables.CONSULTATION_THEME;
import static nl.raadsplein.jooq.Tables.DIGITAL_TOPIC_THEME;
import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_THEME;
import static nl.raadsplein.jooq.Tables.MOTION;
import static nl.raadsplein.jooq.Tables.MOTION_THEME;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.PROPOSAL_TOPIC;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import nl.raadsplein.deliberation.DiscussionState;
import nl.raadsplein.proposal.ProposalQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of an agenda theme. They live with motions, the feature that already reads the others (proposals,
 * consultations, discussions), so that the agenda, which every feature uses, depends on none of them.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ThemeFiguresRepository {

    private final DSLContext dsl;

    ThemeFiguresRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One query: the figures of the theme, each a count over the tables of the feature that keeps it. */
    ThemeFigures figures(String code) {
        Condition publicProposal = PROPOSAL.STATE
                .in(ProposalQuery.PUBLIC_STATES)
                .and(exists(selectOne()
                        .from(PROPOSAL_TOPIC)
                        .join(DIGITAL_TOPIC_THEME)
                        .on(DIGITAL_TOPIC_THEME.TOPIC_CODE.eq(PROPOSAL_TOPIC.TOPIC_CODE))
                        .where(PROPOSAL_TOPIC.PROPOSAL_ID.eq(PROPOSAL.ID))
                        .and(DIGITAL_TOPIC_THEME.THEME_CODE.eq(code))));
        Condition submittedMotion = MOTION.STATE
                .ne(MotionState.DRAFT)
                .and(MOTION.ID.in(
                        select(MOTION_THEME.MOTION_ID).from(MOTION_THEME).where(MOTION_THEME.THEME_CODE.eq(code))));
        return dsl.select(
                        field(selectCount().from(CONSULTATION_THEME).where(CONSULTATION_THEME.THEME_CODE.eq(code))),
                        field(selectCount().from(PROPOSAL).where(publicProposal)),
                        field(select(coalesce(sum(PROPOSAL.SUPPORT_COUNT), inline(BigDecimal.ZERO)))
                                        .from(PROPOSAL)
                                        .where(publicProposal))
                                .coerce(Integer.class),
                        field(selectCount()
                                .from(DISCUSSION_THEME)
                                .join(DISCUSSION)
                                .on(DISCUSSION.ID.eq(DISCUSSION_THEME.DISCUSSION_ID))
                                .where(DISCUSSION_THEME.THEME_CODE.eq(code))
                                .and(DISCUSSION.STATE.eq(DiscussionState.PUBLISHED))),
                        field(selectCount().from(MOTION).where(submittedMotion)),
                        field(selectCount()
                                .from(MOTION)
                                .where(submittedMotion)
                                .and(MOTION.RESULT.eq(VoteResult.ADOPTED))),
                        field(selectCount()
                                .from(MOTION)
                                .where(submittedMotion)
                                .and(MOTION.RESULT.in(VoteResult.REJECTED, VoteResult.TIED))))
                .fetchSingle(mapping(ThemeFigures::new));
    }
}
