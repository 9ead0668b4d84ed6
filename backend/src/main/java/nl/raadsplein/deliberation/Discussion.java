package nl.raadsplein.deliberation;

import java.time.Instant;
import java.util.List;
import nl.raadsplein.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A discussion as its page shows it and its author edits it. {@code contextHtml} is the context rendered safely;
 * {@code seedStatements} are the seed texts (for editing a draft); {@code decisionReason} is the griffie's reason
 * for a rejection, shown to the author.
 */
public record Discussion(
        long id,
        String question,
        String context,
        String contextHtml,
        @Nullable Long consultationId,
        @Nullable String consultationTitle,
        long authorId,
        String authorName,
        DiscussionState state,
        DiscussionPhase phase,
        Instant opensAt,
        Instant closesAt,
        boolean residentsMayAdd,
        boolean premoderation,
        Eligibility eligibility,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason,
        List<Named> themes,
        List<Named> values,
        List<Tradeoff> tradeoffs,
        List<String> seedStatements,
        int statementCount,
        int participantCount,
        int voteCount,
        int version) {

    /** A theme or value: its code and its name in both languages. */
    public record Named(String code, LocalizedText name) {}

    /** The draft this discussion was framed from, for editing it. */
    public DiscussionDraft draft() {
        return new DiscussionDraft(
                question,
                context,
                themes.stream().map(Named::code).toList(),
                consultationId,
                values.stream().map(Named::code).toList(),
                tradeoffs,
                seedStatements,
                opensAt,
                closesAt,
                residentsMayAdd,
                premoderation,
                eligibility);
    }
}
