package nl.raadsplein.opendata;

import java.time.Instant;
import java.util.List;
import nl.raadsplein.motion.MeetingKind;
import nl.raadsplein.motion.MeetingStatus;

/** A council or committee meeting with its ordered agenda. */
public record ApiMeeting(
        long id,
        MeetingKind kind,
        String title,
        Instant starts,
        String place,
        MeetingStatus status,
        List<AgendaItem> agenda,
        Instant created,
        Instant modified) {

    public ApiMeeting {
        agenda = List.copyOf(agenda);
    }

    public record AgendaItem(long id, int position, String title, List<String> themes) {

        public AgendaItem {
            themes = List.copyOf(themes);
        }
    }
}
