package nl.raadsplein.opendata.oparl;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import nl.raadsplein.motion.MeetingKind;
import nl.raadsplein.platform.PlatformProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What every OParl object is built with: its id as an absolute URL from the configured base address, the schema
 * it declares, the fixed organisations' keys, times with the municipality's offset and names in the council's
 * language.
 */
@Component
class OparlLinks {

    static final String SCHEMA = "https://schema.oparl.org/1.1/";
    static final String COUNCIL = "council";
    static final String COMMITTEE = "committee";
    static final String PARTY = "party-";
    private static final Locale DUTCH = Locale.of("nl");
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    private final PlatformProperties platform;
    private final MessageSource messages;

    OparlLinks(PlatformProperties platform, MessageSource messages) {
        this.platform = platform;
        this.messages = messages;
    }

    String url(String path) {
        return platform.link(path);
    }

    String paperUrl(long id) {
        return url(OparlPaths.PAPER + "/" + id);
    }

    String organizationUrl(String key) {
        return url(OparlPaths.ORGANIZATION + "/" + key);
    }

    String text(String key) {
        return messages.getMessage(key, null, DUTCH);
    }

    static OffsetDateTime time(Instant instant) {
        return instant.atZone(MUNICIPALITY).toOffsetDateTime();
    }

    static String organizationOf(MeetingKind kind) {
        return kind == MeetingKind.COUNCIL ? COUNCIL : COMMITTEE;
    }
}
