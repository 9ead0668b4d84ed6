package nl.raadsplein.proposal;

/** The griffie's official answer to a proposal: the council accepts it, rejects it, or takes it into a motion. */
public enum AnswerKind {
    ACCEPTED,
    REJECTED,
    IN_MOTION
}
