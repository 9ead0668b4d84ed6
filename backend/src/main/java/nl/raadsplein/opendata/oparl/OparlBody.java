package nl.raadsplein.opendata.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The municipality, with the URLs of its lists and its council terms. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OparlBody(
        String id,
        String type,
        String system,
        String name,
        String shortName,
        String website,
        @Nullable String license,
        String organization,
        String person,
        String meeting,
        String paper,
        String agendaItem,
        String consultation,
        String file,
        List<OparlLegislativeTerm> legislativeTerm,
        String mainOrganization,
        String web) {}
