package nl.raadsplein.opendata;

/** Where an open-data bundle stands: being prepared in the background, ready to download, or failed. */
public enum BundleStatus {
    PREPARING,
    READY,
    FAILED
}
