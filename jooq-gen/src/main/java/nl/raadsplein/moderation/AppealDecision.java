package nl.raadsplein.moderation;

/** What the second griffier decides on an appeal. */
public enum AppealDecision {
    /** The action stands. */
    UPHOLD,
    /** The action is undone as far as possible: hidden content comes back, a block is lifted. */
    OVERTURN
}
