package nl.raadsplein.motion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A meeting as the griffier plans it; it belongs to the council term its date falls in. */
public record MeetingDraft(
        @Nullable MeetingKind kind,
        @Nullable String title,
        @Nullable Instant startsAt,
        @Nullable String place) {}
