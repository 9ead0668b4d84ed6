package nl.raadsplein.motion;

/** The parts of a motion's text: constaterende dat, overwegende dat, verzoekt het college. */
public enum ClauseKind {
    FINDING,
    CONSIDERATION,
    REQUEST
}
