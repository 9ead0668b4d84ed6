package nl.raadsplein.opendata.oparl;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** An item of a meeting's agenda; it has no times of its own, so it carries its meeting's. */
public record OparlAgendaItem(
        String id,
        String type,
        String meeting,
        String number,
        int order,
        String name,
        @JsonProperty("public") boolean isPublic,
        OffsetDateTime created,
        OffsetDateTime modified) {}
