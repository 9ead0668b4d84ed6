package nl.raadsplein.motion;

/** How a party or member voted, as ODS Open Raadsinformatie names it. */
public enum VoteChoice {
    FOR,
    AGAINST,
    ABSTAIN,
    ABSENT
}
