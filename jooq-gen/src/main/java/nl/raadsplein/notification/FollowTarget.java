package nl.raadsplein.notification;

/** What a resident can follow: news about it reaches them as notifications. */
public enum FollowTarget {
    PROPOSAL,
    CONSULTATION,
    MOTION
}
