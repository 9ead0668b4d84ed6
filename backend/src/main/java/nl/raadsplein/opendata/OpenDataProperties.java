package nl.raadsplein.opendata;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The open-data bundle's settings under {@code raadsplein.opendata}.
 *
 * @param licence what the bundle is published under
 * @param publisher who publishes it, named in the manifest and the licence file (the municipality)
 * @param kept how many ready bundles are kept: the latest and the 30 before it
 * @param archiveRetention how long an archive export is to be kept, as the municipality's selection list says
 */
@ConfigurationProperties("raadsplein.opendata")
public record OpenDataProperties(
        @DefaultValue("CC0_1_0") Licence licence,
        @DefaultValue("Gemeente IJssellanden") String publisher,
        @DefaultValue("31") int kept,
        @DefaultValue("P10Y") Period archiveRetention) {}
