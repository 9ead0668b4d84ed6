package nl.raadsplein.opendata;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a client narrows a public list to: one agenda theme, and only what changed at or after a moment (to
 * harvest changes since its last visit).
 */
public record ApiFilter(@Nullable String theme, @Nullable Instant modifiedSince) {

    public static final ApiFilter NONE = new ApiFilter(null, null);
}
