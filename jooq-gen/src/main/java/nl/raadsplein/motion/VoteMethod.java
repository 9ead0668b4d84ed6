package nl.raadsplein.motion;

/** How the council voted: per party with its seats, per member (hoofdelijk), or not at all (hamerstuk). */
public enum VoteMethod {
    PARTY,
    ROLL_CALL,
    WITHOUT_VOTE
}
