package nl.raadsplein.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Views and services read the same bundles ({@code spring.messages.basename}), so a message key a service
 * throws is translated exactly as a label is.
 */
@Component
public class MessageBundleI18NProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> LOCALES = List.of(DUTCH, Locale.ENGLISH);

    private final MessageSource messages;

    MessageBundleI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Objects.requireNonNull(messages.getMessage(key, params, "!" + key + "!", supported(locale)));
    }

    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }
}
