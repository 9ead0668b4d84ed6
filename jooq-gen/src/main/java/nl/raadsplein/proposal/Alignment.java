package nl.raadsplein.proposal;

/** Where a comment stands on its proposal. */
public enum Alignment {
    FOR,
    AGAINST,
    NEUTRAL
}
