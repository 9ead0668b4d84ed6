package nl.raadsplein.opendata.oparl;

import java.time.OffsetDateTime;
import java.util.List;

/** A councillor: the public name and memberships only, never an address or anything else of the account. */
public record OparlPerson(
        String id,
        String type,
        String body,
        String name,
        List<OparlMembership> membership,
        OffsetDateTime created,
        OffsetDateTime modified) {}
