package nl.raadsplein.proposal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A proposal in a list. {@code excerpt} is the start of the body as plain Markdown text. */
public record ProposalSummary(
        long id,
        long consultationId,
        String title,
        String excerpt,
        ProposalState state,
        long authorId,
        String authorPublicId,
        String authorName,
        @Nullable String organisationName,
        boolean organisationVerified,
        int supportCount,
        int commentCount,
        List<String> topicCodes,
        boolean supportedByMe,
        Instant createdAt) {}
