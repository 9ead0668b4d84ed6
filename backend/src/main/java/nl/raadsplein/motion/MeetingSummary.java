package nl.raadsplein.motion;

import java.time.Instant;

/** A meeting in a list. */
public record MeetingSummary(
        long id, MeetingKind kind, String title, Instant startsAt, String place, MeetingStatus status, int items) {}
