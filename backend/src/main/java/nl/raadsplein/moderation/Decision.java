package nl.raadsplein.moderation;

import org.jspecify.annotations.Nullable;

/**
 * The reason a griffier gives with an action: a public category and an optional explanation for the author
 * (never shown in the public log), taken on the item's moderation {@code version} as the griffier saw it.
 */
public record Decision(ModerationReason reason, @Nullable String text, int version) {

    public static Decision of(ModerationReason reason, int version) {
        return new Decision(reason, null, version);
    }
}
