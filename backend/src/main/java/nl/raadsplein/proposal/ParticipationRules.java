package nl.raadsplein.proposal;

import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules that changes to proposals, supports and comments share: which proposals a viewer sees, who may take
 * part at all, and on whose behalf. A change starts by locking the proposal's row through
 * {@link #visibleLocked}, so that changes to one proposal run one after the other.
 */
@Component
class ParticipationRules {

    private final ProposalRepository proposals;
    private final ParticipantRepository participants;

    ParticipationRules(ProposalRepository proposals, ParticipantRepository participants) {
        this.proposals = proposals;
        this.participants = participants;
    }

    /** The proposal with its row locked, as unknown as a missing one when this viewer may not see it. */
    ProposalRepository.Locked visibleLocked(long proposalId, Actor viewer) {
        return proposals
                .lock(proposalId)
                .filter(p -> sees(viewer, p.state(), p.authorId()))
                .orElseThrow(() -> new NoSuchItemException("proposal " + proposalId));
    }

    /** Whether a proposal in this state by this author may be shown to this viewer. */
    static boolean sees(Actor viewer, ProposalState state, long authorId) {
        return switch (state) {
            case HIDDEN -> viewer.griffie();
            case AWAITING_MODERATION -> viewer.griffie() || viewer.is(authorId);
            default -> true;
        };
    }

    /** The refusal of a blocked account's contribution. */
    static final String BLOCKED = "proposal.error.blocked";

    void checkNotBlocked(long accountId, String field) {
        if (participants.isBlocked(accountId)) {
            throw new InvalidInputException(field, BLOCKED);
        }
    }

    /** Writing on behalf of an organisation needs an accepted membership of it. */
    void checkMembership(long accountId, @Nullable Long organisationId) {
        if (organisationId != null && !participants.isAcceptedMember(accountId, organisationId)) {
            throw new InvalidInputException("organisationId", "proposal.error.not-a-member");
        }
    }
}
