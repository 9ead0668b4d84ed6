package nl.raadsplein.account;

/**
 * Where a request to download one's data stands: being prepared in the background, ready behind its link, used
 * (the link works once), or failed.
 */
public enum ExportStatus {
    PREPARING,
    READY,
    DOWNLOADED,
    FAILED
}
