package nl.raadsplein.deliberation;

/** A statement became visible for voting: views showing the discussion offer it to the people on the page. */
public record StatementPublished(long discussionId, long statementId) {}
