package nl.raadsplein.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.raadsplein.account.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which language a visitor reads: what they chose in this session, else their account's language, else
 * what they chose on an earlier visit (a cookie), else Dutch. Browser preferences are not followed: the
 * municipality's language is Dutch and English is a choice.
 */
public final class Language {

    static final String COOKIE = "raadsplein-lang";
    private static final String SESSION_ATTRIBUTE = Language.class.getName();

    private Language() {}

    public static Locale resolve(VaadinRequest request, VaadinSession session) {
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return MessageBundleI18NProvider.supported(Locale.forLanguageTag(principal.language()));
        }
        return fromCookie(request).orElse(MessageBundleI18NProvider.DUTCH);
    }

    private static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> MessageBundleI18NProvider.supported(Locale.forLanguageTag(c.getValue())))
                .findFirst();
    }

    /** Remembers the choice for this session and later visits, then reloads so every text follows. */
    public static void choose(Locale locale) {
        Locale supported = MessageBundleI18NProvider.supported(locale);
        VaadinSession.getCurrent().setAttribute(SESSION_ATTRIBUTE, supported);
        Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        VaadinRequest request = VaadinService.getCurrentRequest();
        cookie.setSecure(request != null && request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        UI.getCurrent().setLocale(supported);
        UI.getCurrent().getPage().reload();
    }
}
