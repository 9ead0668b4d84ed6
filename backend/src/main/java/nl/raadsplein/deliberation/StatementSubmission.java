package nl.raadsplein.deliberation;

import org.jspecify.annotations.Nullable;

/**
 * A statement a resident adds; {@code personalDataConfirmed} when they saw the personal-data warning and posted
 * anyway (it then waits for the griffie).
 */
public record StatementSubmission(
        long discussionId, @Nullable String text, boolean personalDataConfirmed) {}
