package nl.raadsplein.proposal;

/**
 * Which acts a proposal's state allows, besides supporting ({@link ProposalState#acceptsSupports()}): one place
 * for the rule that a service enforces and tells a page about in its permissions.
 */
final class ProposalStates {

    private ProposalStates() {}

    /** Residents comment on it and reply to its comments. */
    static boolean acceptsComments(ProposalState state) {
        return state == ProposalState.PUBLISHED
                || state == ProposalState.FOR_COUNCIL
                || state == ProposalState.ANSWERED;
    }

    /** The griffie answers it, or corrects its answer. */
    static boolean acceptsAnswer(ProposalState state) {
        return state == ProposalState.PUBLISHED
                || state == ProposalState.FOR_COUNCIL
                || state == ProposalState.ANSWERED;
    }

    /** Its author may still withdraw it. */
    static boolean withdrawable(ProposalState state) {
        return state == ProposalState.PUBLISHED
                || state == ProposalState.FOR_COUNCIL
                || state == ProposalState.AWAITING_MODERATION;
    }
}
