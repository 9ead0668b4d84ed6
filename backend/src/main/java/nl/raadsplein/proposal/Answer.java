package nl.raadsplein.proposal;

import org.jspecify.annotations.Nullable;

/** The griffie's official answer to a proposal: what the council does with it, and why. */
public record Answer(@Nullable AnswerKind kind, @Nullable String text) {}
