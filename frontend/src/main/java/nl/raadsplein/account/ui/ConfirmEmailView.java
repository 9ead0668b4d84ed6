package nl.raadsplein.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.raadsplein.account.EmailConfirmation;
import nl.raadsplein.account.RegistrationService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.ClientAddress;
import nl.raadsplein.ui.InputErrors;

/**
 * The link from the confirmation mail: asks for the password chosen at registration and confirms the address, or
 * explains how to go on when the link is spent.
 */
@Route("account/bevestigen/:token")
@AnonymousAllowed
public class ConfirmEmailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationService registrations;
    private String titleKey = "confirm-email.ask-title";

    public ConfirmEmailView(RegistrationService registrations) {
        this.registrations = registrations;
        addClassName("narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        if (registrations.confirmationLinkWorks(token)) {
            showPasswordForm(token);
        } else {
            showInvalidLink();
        }
    }

    private void showPasswordForm(String token) {
        titleKey = "confirm-email.ask-title";
        PasswordField password = new PasswordField(getTranslation("confirm-email.password"));
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        Button confirm = new Button(getTranslation("confirm-email.submit"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(password, confirm);
        form.addClassName("account-form");
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation("confirm-email.ask")), form);

        Binder<EmailConfirmation> binder = new Binder<>(EmailConfirmation.class);
        binder.forField(password).bind("password");
        confirm.addClickListener(e -> {
            InputErrors.clear(binder);
            try {
                registrations.confirmEmail(new EmailConfirmation(token, password.getValue(), ClientAddress.current()));
            } catch (InvalidInputException error) {
                if ("token".equals(error.field())) {
                    removeAll();
                    showInvalidLink();
                } else {
                    InputErrors.show(this, error, binder);
                }
                return;
            }
            removeAll();
            showConfirmed();
        });
        confirm.addClickShortcut(Key.ENTER).listenOn(form);
    }

    private void showConfirmed() {
        titleKey = "confirm-email.title";
        Paragraph done = new Paragraph(getTranslation("confirm-email.done"));
        done.getElement().setAttribute("role", "status");
        add(
                new H1(getTranslation(titleKey)),
                done,
                new Paragraph(new RouterLink(getTranslation("confirm-email.to-login"), LoginView.class)));
        updatePageTitle();
    }

    private void showInvalidLink() {
        titleKey = "confirm-email.invalid-title";
        Paragraph explanation = new Paragraph(getTranslation("confirm-email.invalid"));
        explanation.getElement().setAttribute("role", "alert");
        add(
                new H1(getTranslation(titleKey)),
                explanation,
                new Paragraph(
                        new RouterLink(getTranslation("confirm-email.to-forgot-password"), ForgotPasswordView.class)),
                new Paragraph(
                        new Text(getTranslation("confirm-email.already-confirmed") + " "),
                        new RouterLink(getTranslation("confirm-email.to-login"), LoginView.class)));
        updatePageTitle();
    }

    // The page title follows the heading when the answer replaces the form without navigating.
    private void updatePageTitle() {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, titleKey);
    }
}
