package nl.raadsplein.proposal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as shown on its page.
 *
 * @param enteredByGriffieChannel how the griffie received it when staff entered it for a resident (J7), else null
 * @param supportable the consultation's phase accepts supports and the state is PUBLISHED or FOR_COUNCIL
 * @param may what the viewer may do with it
 */
public record ProposalDetails(
        long id,
        long consultationId,
        String consultationTitle,
        String title,
        String body,
        @Nullable String address,
        ProposalState state,
        long authorId,
        String authorPublicId,
        String authorName,
        @Nullable Long organisationId,
        @Nullable String organisationName,
        boolean organisationVerified,
        List<String> topicCodes,
        int supportCount,
        int supportThreshold,
        int commentCount,
        int commentsFor,
        int commentsAgainst,
        @Nullable String withdrawnReason,
        @Nullable AnswerKind answerKind,
        @Nullable String answerText,
        @Nullable Instant answeredAt,
        @Nullable EntryChannel enteredByGriffieChannel,
        boolean supportedByMe,
        boolean mine,
        boolean supportable,
        ProposalPermissions may,
        Instant createdAt,
        int version) {

    /** These details with what follows from the consultation's phase and the viewer, which the service decides. */
    ProposalDetails with(boolean supportable, ProposalPermissions may) {
        return new ProposalDetails(
                id,
                consultationId,
                consultationTitle,
                title,
                body,
                address,
                state,
                authorId,
                authorPublicId,
                authorName,
                organisationId,
                organisationName,
                organisationVerified,
                topicCodes,
                supportCount,
                supportThreshold,
                commentCount,
                commentsFor,
                commentsAgainst,
                withdrawnReason,
                answerKind,
                answerText,
                answeredAt,
                enteredByGriffieChannel,
                supportedByMe,
                mine,
                supportable,
                may,
                createdAt,
                version);
    }

    /** The Markdown body as HTML that is safe to show. */
    public String bodyHtml() {
        return nl.raadsplein.platform.Markdown.toSafeHtml(body);
    }
}
