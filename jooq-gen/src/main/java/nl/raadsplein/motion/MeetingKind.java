package nl.raadsplein.motion;

/** A meeting of the full council (raadsvergadering) or of one of its committees (commissievergadering). */
public enum MeetingKind {
    COUNCIL,
    COMMITTEE
}
