package nl.raadsplein.deliberation;

/** Where a published discussion stands by its dates. */
public enum DiscussionPhase {
    UPCOMING,
    OPEN,
    CLOSED
}
