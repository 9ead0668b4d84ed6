package nl.raadsplein.motion;

/** Which follow-ups the monitor shows: all, those not done, those past their due date and not done, or done. */
public enum FollowUpFilter {
    ALL,
    OPEN,
    OVERDUE,
    DONE
}
