package nl.raadsplein.account.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import nl.raadsplein.account.LoginThrottledException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

/** Logging in; Spring Security processes the form, this view explains why a login failed. */
@Route(LoginView.ROUTE)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "inloggen";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("narrow");
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        // The page has its own h1; the form's title names the form beneath it.
        form.getElement().setProperty("headingLevel", 2);
        Paragraph links = new Paragraph(
                new RouterLink(getTranslation("login.forgot-password"), ForgotPasswordView.class),
                new Text(" · "),
                new RouterLink(getTranslation("shell.register"), RegisterView.class));
        links.addClassName("login-links");
        add(new H1(getTranslation("login.title")), form, links);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setI18n(i18n(failed ? lastFailure() : null));
        form.setError(failed);
    }

    private String lastFailure() {
        HttpSession session =
                VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LoginThrottledException throttled) {
            long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
            return getTranslation("login.error.throttled", minutes);
        }
        return getTranslation("login.error.bad-credentials");
    }

    private LoginI18n i18n(@Nullable String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form-title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(errorMessage == null ? "" : errorMessage);
        error.setUsername(getTranslation("error.required"));
        error.setPassword(getTranslation("error.required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | Raadsplein";
    }
}
