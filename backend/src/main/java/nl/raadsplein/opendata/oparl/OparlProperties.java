package nl.raadsplein.opendata.oparl;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the OParl interface names the municipality, under {@code raadsplein.oparl.*}.
 *
 * @param bodyName the municipality's full name, the OParl Body's name
 * @param bodyShortName its short name
 * @param license the URL of the licence the council's data is published under, none when not decided
 */
@ConfigurationProperties("raadsplein.oparl")
public record OparlProperties(
        @DefaultValue("Gemeente IJssellanden") String bodyName,
        @DefaultValue("IJssellanden") String bodyShortName,
        @Nullable String license) {

    // An unset environment variable arrives as an empty text: no licence stated, rather than an empty URL.
    public OparlProperties {
        license = license == null || license.isBlank() ? null : license;
    }
}
