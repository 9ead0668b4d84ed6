package nl.raadsplein.moderation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A decision as its author (or the blocked account) sees it: what was done, why, and where an appeal stands.
 *
 * @param proposalId     the proposal concerned, for a link; null for a profile
 * @param appealable     the author may still appeal (an appealable action without an appeal, within the period)
 * @param appealUntil    the end of the appeal period; null for an action that cannot be appealed
 * @param appealText     the author's appeal; null if none
 * @param appealDecision null while undecided or without appeal
 */
public record AuthorDecision(
        long actionId,
        ContentRef content,
        @Nullable Long proposalId,
        ModerationAction action,
        ModerationReason reason,
        @Nullable String text,
        Instant actedAt,
        boolean appealable,
        @Nullable Instant appealUntil,
        @Nullable String appealText,
        @Nullable AppealDecision appealDecision,
        @Nullable String appealDecisionText,
        @Nullable Instant appealDecidedAt) {}
