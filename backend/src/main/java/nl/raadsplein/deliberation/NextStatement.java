package nl.raadsplein.deliberation;

import org.jspecify.annotations.Nullable;

/** The statement to answer next, or null when none is left, with the participant's progress. */
public record NextStatement(@Nullable StatementView statement, Progress progress) {}
