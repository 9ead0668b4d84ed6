package nl.raadsplein.moderation;

/** Orders of the griffie's queue. */
public enum QueueSort {
    /** Most open reports first, then oldest. */
    MOST_REPORTED,
    /** Longest waiting first. */
    OLDEST
}
