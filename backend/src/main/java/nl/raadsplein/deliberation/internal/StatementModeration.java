package nl.raadsplein.deliberation.internal;

import nl.raadsplein.deliberation.StatementState;

/**
 * What the moderation feature does to statements of value discussions, and nothing a view calls: the moderation
 * feature decides, records why and tells people (ADR 6); these keep the statement's state and the discussion's
 * count of published statements right in its transaction, the discussion's row locked first as every change to a
 * discussion does.
 */
public interface StatementModeration {

    boolean exists(long statementId);

    /** Where the statement is moderated: its discussion, author (the discussion's author for a seed), text, state. */
    StatementTarget target(long statementId);

    /** Hides a statement that is not hidden yet; a published one leaves voting and the count. Also the system's. */
    ModeratedStatement hide(long statementId);

    /** Puts a hidden statement back in the state it had before. */
    ModeratedStatement restore(long statementId);

    /** Publishes a statement that waited for the griffie; it is offered for voting from now on. */
    ModeratedStatement approve(long statementId);

    /**
     * Hides every statement the author added that is not hidden yet (a block with "hide all"); returns how many. Seed
     * statements are the discussion's, not a resident's, and stay.
     */
    int hideAllBy(long authorId);

    /** Replaces the text of a statement (a redaction). */
    void replaceText(long statementId, String text);

    /** The statement as moderation reads it. */
    record StatementTarget(
            long statementId, long discussionId, String question, long authorId, String text, StatementState state) {}
}
