package nl.raadsplein.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the latest request to download one's data stands: {@code progress} in percent while it is prepared; a
 * ready download is valid until {@code expiresAt} and works once.
 */
public record DataExportState(
        ExportStatus status,
        int progress,
        Instant requestedAt,
        @Nullable Instant expiresAt,
        @Nullable Instant downloadedAt) {

    /** Whether the link still works at {@code now}. */
    public boolean downloadable(Instant now) {
        return status == ExportStatus.READY && expiresAt != null && expiresAt.isAfter(now);
    }
}
