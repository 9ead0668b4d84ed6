package nl.raadsplein.motion;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A council term as the griffie enters it. */
public record TermDraft(
        @Nullable String name,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn) {}
