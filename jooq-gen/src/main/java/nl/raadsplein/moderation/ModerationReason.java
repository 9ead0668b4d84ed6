package nl.raadsplein.moderation;

/** The public category of a griffier's decision, as the author, reporters and the public log show it. */
public enum ModerationReason {
    VIOLATES_RULES,
    PRIVACY,
    OFFENSIVE,
    DISCRIMINATION,
    SPAM,
    OFF_TOPIC,
    NO_VIOLATION
}
