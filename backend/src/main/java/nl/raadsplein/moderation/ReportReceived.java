package nl.raadsplein.moderation;

/**
 * Published after the transaction that stored a report has committed, for the griffie's live queue.
 *
 * @param consultationId null for a profile
 */
public record ReportReceived(long itemId, ContentRef content, Long consultationId, int openReports,
        boolean hiddenByReports) {
}
