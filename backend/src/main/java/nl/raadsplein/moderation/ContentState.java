package nl.raadsplein.moderation;

import nl.raadsplein.account.ProfileTextState;
import nl.raadsplein.deliberation.StatementState;
import nl.raadsplein.proposal.ProposalCommentState;
import nl.raadsplein.proposal.ProposalState;
import org.jspecify.annotations.Nullable;

/**
 * Where a reported item stands, whatever its kind: the states of proposals, comments and profile texts in one set,
 * as the griffie's queue shows them and the rules of reporting and hiding read them.
 */
public enum ContentState {
    PUBLISHED,
    FOR_COUNCIL,
    ANSWERED,
    WITHDRAWN,
    REMOVED_BY_AUTHOR,
    AWAITING_MODERATION,
    HIDDEN;

    static ContentState of(ProposalState state) {
        return switch (state) {
            case PUBLISHED -> PUBLISHED;
            case FOR_COUNCIL -> FOR_COUNCIL;
            case ANSWERED -> ANSWERED;
            case WITHDRAWN -> WITHDRAWN;
            case HIDDEN -> HIDDEN;
            case AWAITING_MODERATION -> AWAITING_MODERATION;
        };
    }

    /** A profile text's state; null for a profile without text. */
    static @Nullable ContentState of(@Nullable ProfileTextState state) {
        return state == null
                ? null
                : switch (state) {
                    case PUBLISHED -> PUBLISHED;
                    case AWAITING_MODERATION -> AWAITING_MODERATION;
                    case HIDDEN -> HIDDEN;
                };
    }

    static ContentState of(StatementState state) {
        return switch (state) {
            case PUBLISHED -> PUBLISHED;
            case PENDING -> AWAITING_MODERATION;
            case HIDDEN -> HIDDEN;
        };
    }

    static ContentState of(ProposalCommentState state) {
        return switch (state) {
            case PUBLISHED -> PUBLISHED;
            case REMOVED_BY_AUTHOR -> REMOVED_BY_AUTHOR;
            case AWAITING_MODERATION -> AWAITING_MODERATION;
            case HIDDEN -> HIDDEN;
        };
    }
}
