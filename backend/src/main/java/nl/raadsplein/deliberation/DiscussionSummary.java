package nl.raadsplein.deliberation;

import java.time.Instant;

/** A discussion in a list: its question, state, dates and counters, and the author's name. */
public record DiscussionSummary(
        long id,
        String question,
        DiscussionState state,
        DiscussionPhase phase,
        Instant opensAt,
        Instant closesAt,
        String authorName,
        int statementCount,
        int participantCount) {}
