package nl.raadsplein.moderation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the griffie's queue: an item with open reports or waiting for pre-moderation.
 *
 * @param contentId      the proposal id, comment id or (profile) account id
 * @param proposalId     the proposal, or the proposal the comment belongs to; null for a profile
 * @param context        the proposal's title for a proposal or comment; the display name for a profile
 * @param text           the text at issue: the proposal's body, the comment or the profile text (null if none)
 * @param contentState   the item's state (proposal, comment or profile text state; null for a profile without
 *                       text)
 * @param reportCount    open reports
 * @param reasons        the reasons of the open reports, each once, in enum order
 * @param awaitingApproval the item waits for pre-moderation
 * @param hiddenByReports hidden pending review because of the reports
 * @param since          when the item entered the queue (its age)
 * @param version        the per-item moderation version the actions expect back
 */
public record QueueItem(
        long itemId,
        ContentRef content,
        @Nullable Long proposalId,
        @Nullable Long consultationId,
        @Nullable String consultationTitle,
        String context,
        @Nullable String text,
        @Nullable ContentState contentState,
        long authorId,
        String authorName,
        boolean authorBlocked,
        int reportCount,
        List<ReportReason> reasons,
        boolean awaitingApproval,
        boolean hiddenByReports,
        Instant since,
        int version) {}
