package nl.raadsplein.moderation;

import java.time.Instant;

/**
 * A report as the griffie sees it, without the reporter's identity.
 *
 * @param qualifies counted towards hiding (verified resident, account old enough)
 */
public record ReportView(
        long id,
        ReportReason reason,
        String text,
        boolean qualifies,
        boolean byGriffie,
        Instant createdAt,
        boolean handled) {}
