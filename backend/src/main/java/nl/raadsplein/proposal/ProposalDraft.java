package nl.raadsplein.proposal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a resident fills in: the form a proposal is written in. {@code body} is Markdown; {@code address} is
 * optional; {@code organisationId} is the organisation on whose behalf the author writes, or {@code null}. A refusal
 * names the component it concerns.
 */
public record ProposalDraft(
        String title,
        String body,
        List<String> topicCodes,
        @Nullable String address,
        @Nullable Long organisationId) {}
