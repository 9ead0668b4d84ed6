package nl.raadsplein.motion;

/** What a motion cites. */
public enum CitationKind {
    CONSULTATION,
    PROPOSAL,
    /** A value discussion, read through its report. */
    DISCUSSION
}
