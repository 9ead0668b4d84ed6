package nl.raadsplein.notification;

/** How often a resident wants mail about their notifications; in the app they always appear. */
public enum NotificationFrequency {
    /** One mail per notification, right away. */
    IMMEDIATE,
    /** One mail a day listing what came in since the last one. */
    DAILY,
    /** No mail. */
    OFF
}
