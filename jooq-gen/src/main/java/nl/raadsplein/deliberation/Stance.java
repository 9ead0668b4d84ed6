package nl.raadsplein.deliberation;

/**
 * A participant's answer to a statement in a value discussion. Pol.is stores agree as -1 and disagree as +1 but
 * exports them the other way round, so the maths and the files convert explicitly instead of sharing numbers.
 */
public enum Stance {
    AGREE,
    DISAGREE,
    PASS
}
