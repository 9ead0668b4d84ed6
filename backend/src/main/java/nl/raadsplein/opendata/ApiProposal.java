package nl.raadsplein.opendata;

import java.time.Instant;
import java.util.List;
import nl.raadsplein.proposal.AnswerKind;
import nl.raadsplein.proposal.ProposalState;
import org.jspecify.annotations.Nullable;

/**
 * A public proposal with its counts. {@code author} is the public display name only, null for a former participant
 * who deleted the account; {@code organisation} the organisation it was posted for, if any.
 */
public record ApiProposal(
        long id,
        long consultationId,
        String title,
        String body,
        ProposalState state,
        @Nullable String withdrawnReason,
        @Nullable String author,
        @Nullable String organisation,
        int supports,
        int comments,
        int commentsFor,
        int commentsAgainst,
        @Nullable AnswerKind answer,
        @Nullable String answerText,
        List<String> topics,
        Instant created,
        Instant modified) {}
