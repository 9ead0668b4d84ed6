package nl.raadsplein.proposal;

import org.jspecify.annotations.Nullable;

/**
 * What a resident fills in to comment or reply: for, against or neutral, the text, and the organisation on whose
 * behalf, or {@code null}. A refusal names the component it concerns.
 */
public record CommentDraft(
        Alignment alignment, String body, @Nullable Long organisationId) {}
