package nl.raadsplein.proposal;

/**
 * Where a proposal stands. AWAITING_MODERATION and HIDDEN are seen only by the griffie (and the author, while
 * awaiting); WITHDRAWN stays visible with its reason.
 */
public enum ProposalState {
    PUBLISHED,
    FOR_COUNCIL,
    ANSWERED,
    WITHDRAWN,
    HIDDEN,
    AWAITING_MODERATION;

    /** Whether residents can still support it (if the consultation's phase allows). */
    public boolean acceptsSupports() {
        return this == PUBLISHED || this == FOR_COUNCIL;
    }
}
