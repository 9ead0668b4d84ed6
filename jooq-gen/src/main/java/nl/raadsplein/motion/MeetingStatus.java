package nl.raadsplein.motion;

/** A council meeting's status, as ODS Open Raadsinformatie names it. */
public enum MeetingStatus {
    PLANNED,
    HELD,
    CANCELLED
}
