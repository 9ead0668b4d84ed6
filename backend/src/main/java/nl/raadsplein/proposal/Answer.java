package nl.raadsplein.proposal;

/** The griffie's official answer to a proposal: what the council does with it, and why. */
public record Answer(AnswerKind kind, String text) {
}
