package nl.raadsplein.opendata.oparl;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** The entry point: which OParl version this is and where the list of bodies is. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OparlSystem(
        String id,
        String type,
        String oparlVersion,
        String body,
        String name,
        String website,
        @Nullable String license) {}
