package nl.raadsplein.platform;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A text kept in both languages of the platform. */
public record LocalizedText(String nl, String en) {

    public String in(@Nullable Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : nl;
    }
}
