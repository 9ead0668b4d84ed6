package nl.raadsplein.motion;

import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_PARTICIPANT;
import static nl.raadsplein.jooq.Tables.FOLLOW;
import static nl.raadsplein.jooq.Tables.MOTION_CITATION;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.SUPPORT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.raadsplein.deliberation.DiscussionState;
import nl.raadsplein.notification.FollowTarget;
import nl.raadsplein.proposal.ProposalState;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What motions cite (proposals, consultations, value discussions): the citations themselves, whether a target may be
 * cited, and who hears about a motion because it cites what they took part in.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class CitationRepository {

    /** Proposals a motion may cite: those the public sees. */
    static final Set<ProposalState> CITABLE =
            Set.of(ProposalState.PUBLISHED, ProposalState.FOR_COUNCIL, ProposalState.ANSWERED);

    private final DSLContext dsl;

    CitationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void replaceCitations(long motionId, Collection<Citation> citations) {
        dsl.deleteFrom(MOTION_CITATION)
                .where(MOTION_CITATION.MOTION_ID.eq(motionId))
                .execute();
        for (Citation citation : citations) {
            dsl.insertInto(MOTION_CITATION)
                    .set(MOTION_CITATION.MOTION_ID, motionId)
                    .set(MOTION_CITATION.KIND, citation.kind())
                    .set(MOTION_CITATION.TARGET_ID, citation.targetId())
                    .execute();
        }
    }

    List<Citation> citations(long motionId) {
        return dsl.select(MOTION_CITATION.KIND, MOTION_CITATION.TARGET_ID)
                .from(MOTION_CITATION)
                .where(MOTION_CITATION.MOTION_ID.eq(motionId))
                .orderBy(MOTION_CITATION.KIND, MOTION_CITATION.TARGET_ID)
                .fetch(mapping(Citation::new));
    }

    List<MotionDetails.Cited> cited(long motionId) {
        var proposals = select(MOTION_CITATION.KIND, PROPOSAL.ID, PROPOSAL.TITLE)
                .from(MOTION_CITATION)
                .join(PROPOSAL)
                .on(PROPOSAL.ID.eq(MOTION_CITATION.TARGET_ID))
                .where(MOTION_CITATION.MOTION_ID.eq(motionId).and(MOTION_CITATION.KIND.eq(CitationKind.PROPOSAL)));
        var consultations = select(MOTION_CITATION.KIND, CONSULTATION.ID, CONSULTATION.TITLE)
                .from(MOTION_CITATION)
                .join(CONSULTATION)
                .on(CONSULTATION.ID.eq(MOTION_CITATION.TARGET_ID))
                .where(MOTION_CITATION.MOTION_ID.eq(motionId).and(MOTION_CITATION.KIND.eq(CitationKind.CONSULTATION)));
        var discussions = select(MOTION_CITATION.KIND, DISCUSSION.ID, DISCUSSION.QUESTION)
                .from(MOTION_CITATION)
                .join(DISCUSSION)
                .on(DISCUSSION.ID.eq(MOTION_CITATION.TARGET_ID))
                .where(MOTION_CITATION.MOTION_ID.eq(motionId).and(MOTION_CITATION.KIND.eq(CitationKind.DISCUSSION)));
        return dsl.selectFrom(
                        consultations.unionAll(proposals).unionAll(discussions).asTable("c"))
                .fetch(r -> new MotionDetails.Cited(
                        r.get(0, CitationKind.class), r.get(1, Long.class), r.get(2, String.class)));
    }

    boolean citableProposal(long id) {
        return dsl.fetchExists(PROPOSAL, PROPOSAL.ID.eq(id).and(PROPOSAL.STATE.in(CITABLE)));
    }

    boolean consultationExists(long id) {
        return dsl.fetchExists(CONSULTATION, CONSULTATION.ID.eq(id));
    }

    /** Only a published discussion has a report anyone can read. */
    boolean citableDiscussion(long id) {
        return dsl.fetchExists(DISCUSSION, DISCUSSION.ID.eq(id).and(DISCUSSION.STATE.eq(DiscussionState.PUBLISHED)));
    }

    /** The accounts that took part in the value discussions the motion cites (imported participants have none). */
    List<Long> discussionAudience(long motionId) {
        return dsl.selectDistinct(DISCUSSION_PARTICIPANT.ACCOUNT_ID)
                .from(DISCUSSION_PARTICIPANT)
                .where(DISCUSSION_PARTICIPANT.DISCUSSION_ID.in(select(MOTION_CITATION.TARGET_ID)
                        .from(MOTION_CITATION)
                        .where(MOTION_CITATION
                                .MOTION_ID
                                .eq(motionId)
                                .and(MOTION_CITATION.KIND.eq(CitationKind.DISCUSSION)))))
                .and(DISCUSSION_PARTICIPANT.ACCOUNT_ID.isNotNull())
                .fetch(r -> java.util.Objects.requireNonNull(r.value1()));
    }

    /**
     * Who hears about the motion: the authors, supporters and followers of the proposals it cites, each once,
     * without {@code except} (the one who acted).
     */
    List<Long> proposalAudience(long motionId, long except) {
        var cited = select(MOTION_CITATION.TARGET_ID)
                .from(MOTION_CITATION)
                .where(MOTION_CITATION.MOTION_ID.eq(motionId).and(MOTION_CITATION.KIND.eq(CitationKind.PROPOSAL)));
        Set<Long> audience = new LinkedHashSet<>();
        audience.addAll(dsl.select(PROPOSAL.AUTHOR_ID)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.in(cited))
                .fetch(Record1::value1));
        audience.addAll(dsl.select(SUPPORT.ACCOUNT_ID)
                .from(SUPPORT)
                .where(SUPPORT.PROPOSAL_ID.in(cited))
                .fetch(Record1::value1));
        audience.addAll(dsl.select(FOLLOW.ACCOUNT_ID)
                .from(FOLLOW)
                .where(FOLLOW.TARGET_TYPE.eq(FollowTarget.PROPOSAL).and(FOLLOW.TARGET_ID.in(cited)))
                .fetch(Record1::value1));
        audience.remove(except);
        return new ArrayList<>(audience);
    }
}
