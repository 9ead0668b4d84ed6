package nl.raadsplein.motion;

/** Where a motion is in its life; only a draft is hidden from the public (its submitters see it). */
public enum MotionState {
    DRAFT,
    SUBMITTED,
    HELD_OVER,
    WITHDRAWN,
    VOTED
}
