package nl.raadsplein.deliberation;

/** A statement is shown and counted only when published; hidden ones are left out of the maths. */
public enum StatementState {
    PUBLISHED,
    PENDING,
    HIDDEN
}
