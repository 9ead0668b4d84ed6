package nl.raadsplein.motion;

import org.jspecify.annotations.Nullable;

/** What a motion cites: a consultation or a proposal, by id. */
public record Citation(@Nullable CitationKind kind, long targetId) {}
