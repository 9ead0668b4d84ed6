package nl.raadsplein.deliberation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a councillor or griffier frames: the question, its context in Markdown, the agenda themes, the consultation it
 * grows from (may be null), the public values at stake with one trade-off sentence per pair (at least one), the seed
 * statements, the dates and who may take part. Every part may be missing when it arrives; the service says which.
 */
public record DiscussionDraft(
        @Nullable String question,
        @Nullable String context,
        @Nullable List<String> themeCodes,
        @Nullable Long consultationId,
        @Nullable List<String> valueCodes,
        @Nullable List<Tradeoff> tradeoffs,
        @Nullable List<String> seedStatements,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        boolean residentsMayAdd,
        boolean premoderation,
        @Nullable Eligibility eligibility) {}
