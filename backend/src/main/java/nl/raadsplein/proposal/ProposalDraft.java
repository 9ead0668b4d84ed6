package nl.raadsplein.proposal;

import java.util.List;

/**
 * What a resident fills in. {@code body} is Markdown; {@code address} is optional; {@code organisationId} is
 * the organisation on whose behalf the author writes, or {@code null}.
 */
public record ProposalDraft(
        long consultationId,
        String title,
        String body,
        List<String> topicCodes,
        String address,
        Long organisationId) {
}
