package nl.raadsplein.deliberation;

/** A resident added a statement; one that waits for moderation goes to the griffie's queue. */
public record StatementSubmitted(long discussionId, long statementId, StatementState state) {}
