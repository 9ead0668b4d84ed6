package nl.raadsplein.opendata.oparl;

import java.time.OffsetDateTime;
import java.util.List;

/** A council or committee meeting with its agenda. */
public record OparlMeeting(
        String id,
        String type,
        String name,
        String meetingState,
        boolean cancelled,
        OffsetDateTime start,
        List<String> organization,
        List<OparlAgendaItem> agendaItem,
        OffsetDateTime created,
        OffsetDateTime modified,
        String web) {}
