package nl.raadsplein.deliberation.internal;

import nl.raadsplein.deliberation.StatementState;

/** A statement after a moderation change: its discussion, and the state before and after. */
public record ModeratedStatement(
        long statementId, long discussionId, StatementState stateBefore, StatementState stateAfter) {}
