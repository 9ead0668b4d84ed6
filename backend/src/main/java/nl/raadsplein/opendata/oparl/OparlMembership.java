package nl.raadsplein.opendata.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** A seat in the council on behalf of a party, or membership of the party itself. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OparlMembership(
        String id,
        String type,
        String person,
        String organization,
        @Nullable String onBehalfOf,
        boolean votingRight) {}
