package nl.raadsplein.motion;

import java.time.Instant;
import java.util.List;

/** A council or committee meeting with its ordered agenda and the motions submitted to each item. */
public record Meeting(
        long id,
        long termId,
        MeetingKind kind,
        String title,
        Instant startsAt,
        String place,
        MeetingStatus status,
        List<AgendaItem> items,
        int version) {

    /** An agenda item, its themes and the public motions on it. */
    public record AgendaItem(
            long id, int position, String title, List<String> themeCodes, List<MotionSummary> motions) {}
}
