package nl.raadsplein.proposal;

import java.time.Instant;
import java.util.List;

/**
 * A proposal as shown on its page.
 *
 * @param enteredByGriffieChannel how the griffie received it when staff entered it for a resident (J7), else null
 * @param editable the viewer is the author, the edit window is open, nobody supports it yet and it is not withdrawn
 * @param supportable the consultation's phase accepts supports and the state is PUBLISHED or FOR_COUNCIL
 */
public record ProposalDetails(
        long id,
        long consultationId,
        String consultationTitle,
        String title,
        String body,
        String address,
        ProposalState state,
        long authorId,
        String authorName,
        Long organisationId,
        String organisationName,
        boolean organisationVerified,
        List<String> topicCodes,
        int supportCount,
        int supportThreshold,
        int commentCount,
        int commentsFor,
        int commentsAgainst,
        String withdrawnReason,
        AnswerKind answerKind,
        String answerText,
        Instant answeredAt,
        EntryChannel enteredByGriffieChannel,
        boolean supportedByMe,
        boolean mine,
        boolean editable,
        boolean supportable,
        Instant createdAt,
        int version) {

    /** The Markdown body as HTML that is safe to show. */
    public String bodyHtml() {
        return nl.raadsplein.platform.Markdown.toSafeHtml(body);
    }
}
