package nl.raadsplein.proposal;

import java.time.Clock;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.proposal.internal.ProposalOutcomes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Proposals taken up in a motion, in the transaction in which a councillor submits it. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@PreAuthorize("hasRole('COUNCILLOR')")
class ProposalOutcomesService implements ProposalOutcomes {

    private final ProposalRepository proposals;
    private final Clock clock;

    ProposalOutcomesService(ProposalRepository proposals, Clock clock) {
        this.proposals = proposals;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('COUNCILLOR')")
    public boolean takenUpInMotion(long proposalId, String answerText) {
        ProposalRepository.Locked proposal = proposals.lock(proposalId).orElse(null);
        if (proposal == null || !ProposalStates.acceptsAnswer(proposal.state())) {
            return false;
        }
        if (proposals.answeredAs(proposalId, AnswerKind.IN_MOTION)) {
            return false;
        }
        proposals.answer(
                proposalId,
                new Answer(
                        AnswerKind.IN_MOTION,
                        answerText.substring(0, Math.min(answerText.length(), ProposalService.ANSWER_LENGTH))),
                Actor.currentAccountId(),
                clock.instant());
        return true;
    }
}
