package nl.raadsplein.proposal.internal;

/**
 * What the motion feature does to proposals: a proposal a submitted motion cites gets the official answer "taken up
 * in motion M". The motion feature tells the proposal's people itself, once for all proposals the motion cites, so
 * this announces nothing.
 */
public interface ProposalOutcomes {

    /**
     * Answers the proposal with {@link nl.raadsplein.proposal.AnswerKind#IN_MOTION} and this text, unless it
     * already has that answer or its state takes no answer (withdrawn, hidden, waiting for moderation). Returns
     * whether it answered.
     */
    boolean takenUpInMotion(long proposalId, String answerText);
}
