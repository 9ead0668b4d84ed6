package nl.raadsplein.deliberation;

/**
 * Where a value discussion stands before and after the griffie's approval; whether it is open or closed follows
 * from its dates.
 */
public enum DiscussionState {
    DRAFT,
    OFFERED,
    REJECTED,
    PUBLISHED
}
