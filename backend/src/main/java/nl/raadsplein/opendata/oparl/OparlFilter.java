package nl.raadsplein.opendata.oparl;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** OParl's filters of an external list: each bound is inclusive and optional. */
public record OparlFilter(
        @Nullable OffsetDateTime createdSince,
        @Nullable OffsetDateTime createdUntil,
        @Nullable OffsetDateTime modifiedSince,
        @Nullable OffsetDateTime modifiedUntil) {

    boolean none() {
        return createdSince == null && createdUntil == null && modifiedSince == null && modifiedUntil == null;
    }
}
