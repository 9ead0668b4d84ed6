package nl.raadsplein.moderation;

/**
 * The reason a griffier gives with an action: a public category and an optional explanation for the author
 * (never shown in the public log).
 */
public record Decision(ModerationReason reason, String text) {

    public static Decision of(ModerationReason reason) {
        return new Decision(reason, null);
    }
}
