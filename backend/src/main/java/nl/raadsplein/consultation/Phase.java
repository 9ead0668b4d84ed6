package nl.raadsplein.consultation;

/**
 * Where a consultation stands, following from its dates and the clock. Supports are open while proposals
 * are, so that a resident can support others and submit their own in one visit; after the proposal phase
 * only supporting goes on.
 */
public enum Phase {
    UPCOMING,
    INFORMATION,
    PROPOSALS,
    SUPPORTS,
    DELIBERATION,
    CLOSED,
    OUTCOME_PUBLISHED;

    public boolean acceptsProposals() {
        return this == PROPOSALS;
    }

    public boolean acceptsSupports() {
        return this == PROPOSALS || this == SUPPORTS;
    }
}
