package nl.raadsplein.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Sets each new UI's language, and the page's {@code lang} attribute so screen readers pronounce it right. */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = Language.resolve(response.getVaadinRequest(), VaadinSession.getCurrent());
            response.getDocument().getElementsByTag("html").attr("lang", locale.getLanguage());
        });
        event.getSource().addUIInitListener(e -> {
            Locale locale =
                    Language.resolve(VaadinRequest.getCurrent(), e.getUI().getSession());
            e.getUI().setLocale(locale);
            e.getUI().getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
    }
}
