package nl.raadsplein.motion;

/** The outcome of a vote, as ODS Open Raadsinformatie names it; a tie means the motion is not adopted. */
public enum VoteResult {
    ADOPTED,
    REJECTED,
    TIED;

    public boolean adopted() {
        return this == ADOPTED;
    }
}
