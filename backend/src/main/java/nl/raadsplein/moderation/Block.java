package nl.raadsplein.moderation;

/**
 * A griffier blocks an item's author: the public reason, whether all the author's proposals and comments are hidden
 * too, and the item's moderation {@code version} as the griffier saw it.
 *
 * @param text the justification the author gets, as the explanation of any decision, but required and at least
 *             {@value ModerationActionService#MIN_JUSTIFICATION_LENGTH} characters long
 */
public record Block(ModerationReason reason, String text, boolean hideAllContent, int version) {}
