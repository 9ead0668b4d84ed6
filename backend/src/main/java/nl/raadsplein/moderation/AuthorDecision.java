package nl.raadsplein.moderation;

import java.time.Instant;

/**
 * A decision as its author (or the blocked account) sees it: what was done, why, and where an appeal stands.
 *
 * @param proposalId     the proposal concerned, for a link; null for a profile
 * @param appealable     the author may still appeal (an appealable action without an appeal, within the period)
 * @param appealUntil    the end of the appeal period; null for an action that cannot be appealed
 * @param appealText     the author's appeal; null if none
 * @param appealDecision null while undecided or without appeal
 */
public record AuthorDecision(long actionId, ContentRef content, Long proposalId, ModerationAction action,
        ModerationReason reason, String text, Instant actedAt, boolean appealable, Instant appealUntil,
        String appealText,
        AppealDecision appealDecision, String appealDecisionText, Instant appealDecidedAt) {
}
