package nl.raadsplein.account.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.raadsplein.account.RegistrationService;
import nl.raadsplein.platform.InvalidInputException;

/** The link from the confirmation mail: confirms the address, or explains how to go on when the link is spent. */
@Route("account/bevestigen/:token")
@AnonymousAllowed
public class ConfirmEmailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationService registrations;
    private String titleKey = "confirm-email.title";

    public ConfirmEmailView(RegistrationService registrations) {
        this.registrations = registrations;
        addClassName("narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            registrations.confirmEmail(token);
            titleKey = "confirm-email.title";
            add(
                    new H1(getTranslation(titleKey)),
                    new Paragraph(getTranslation("confirm-email.done")),
                    new Paragraph(new RouterLink(getTranslation("confirm-email.to-login"), LoginView.class)));
        } catch (InvalidInputException invalid) {
            titleKey = "confirm-email.invalid-title";
            Paragraph explanation = new Paragraph(getTranslation("confirm-email.invalid"));
            explanation.getElement().setAttribute("role", "alert");
            add(
                    new H1(getTranslation(titleKey)),
                    explanation,
                    new Paragraph(new RouterLink(
                            getTranslation("confirm-email.to-forgot-password"), ForgotPasswordView.class)),
                    new Paragraph(
                            new Text(getTranslation("confirm-email.already-confirmed") + " "),
                            new RouterLink(getTranslation("confirm-email.to-login"), LoginView.class)));
        }
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, titleKey);
    }
}
