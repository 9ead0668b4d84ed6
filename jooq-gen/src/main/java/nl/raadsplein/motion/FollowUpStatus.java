package nl.raadsplein.motion;

/** Where a promise made after an adopted motion stands. Overdue is not a status: it follows from the due date. */
public enum FollowUpStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
