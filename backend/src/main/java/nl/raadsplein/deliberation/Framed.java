package nl.raadsplein.deliberation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@link DiscussionDraft} that passed every rule of framing, as it is stored. */
record Framed(
        String question,
        String context,
        List<String> themeCodes,
        @Nullable Long consultationId,
        List<String> valueCodes,
        List<Tradeoff> tradeoffs,
        List<String> seedStatements,
        Instant opensAt,
        Instant closesAt,
        boolean residentsMayAdd,
        boolean premoderation,
        Eligibility eligibility) {}
