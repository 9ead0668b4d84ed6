package nl.raadsplein.moderation;

import org.jspecify.annotations.Nullable;

/**
 * Published after the transaction that stored a report has committed, for the griffie's live queue.
 *
 * @param consultationId null for a profile
 */
public record ReportReceived(
        long itemId, ContentRef content, @Nullable Long consultationId, int openReports, boolean hiddenByReports) {}
