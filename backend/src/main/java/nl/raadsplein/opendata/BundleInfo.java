package nl.raadsplein.opendata;

import java.time.Instant;

/** A ready open-data bundle: when it was made, how large it is and the SHA-512 of the ZIP, to check a download. */
public record BundleInfo(long id, Instant readyAt, long byteSize, String sha512) {

    /** The name the download is saved under, such as {@code raadsplein-open-data-12.zip}. */
    public String fileName() {
        return "raadsplein-open-data-" + id + ".zip";
    }
}
