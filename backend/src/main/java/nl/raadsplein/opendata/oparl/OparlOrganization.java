package nl.raadsplein.opendata.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The council, its committees (one organisation: meetings say no more than "a committee") or a party. The council
 * and the committees are no rows, so they have no times.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OparlOrganization(
        String id,
        String type,
        String body,
        String name,
        @Nullable String shortName,
        String organizationType,
        String classification,
        @Nullable OffsetDateTime created,
        @Nullable OffsetDateTime modified) {}
