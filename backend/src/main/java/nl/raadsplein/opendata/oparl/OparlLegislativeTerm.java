package nl.raadsplein.opendata.oparl;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A council term; the table keeps no change time, so {@code modified} is its creation. */
public record OparlLegislativeTerm(
        String id,
        String type,
        String body,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        OffsetDateTime created,
        OffsetDateTime modified) {}
