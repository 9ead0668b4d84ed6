package nl.raadsplein.opendata.oparl;

import java.time.OffsetDateTime;
import java.util.List;

/** A motion on the agenda item it was submitted to; authoritative when the council itself meets. */
public record OparlConsultation(
        String id,
        String type,
        String paper,
        String agendaItem,
        String meeting,
        List<String> organization,
        boolean authoritative,
        OffsetDateTime created,
        OffsetDateTime modified) {}
