package nl.raadsplein.account.ui;

import com.vaadin.flow.component.Key;
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
import nl.raadsplein.account.PasswordReset;
import nl.raadsplein.account.RegistrationService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.InputErrors;

/** The link from the reset mail: choose a new password, which also confirms the address. */
// The mail to an address that already has an account links here without a token: that asks for one.
@Route("account/wachtwoord-herstellen/:token?")
@AnonymousAllowed
public class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Div form;
    private String token = "";

    public ResetPasswordView(RegistrationService registrations) {
        addClassName("narrow");
        password.setLabel(getTranslation("reset-password.new"));
        password.setHelperText(getTranslation("accountui.password-rules"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setWidthFull();
        repeat.setLabel(getTranslation("reset-password.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setWidthFull();
        Button save = new Button(getTranslation("reset-password.submit"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        form = new Div(password, repeat, save);
        form.addClassName("account-form");
        add(new H1(getTranslation("reset-password.title")), form);

        Binder<PasswordReset> binder = new Binder<>(PasswordReset.class);
        binder.forField(password).bind("password");
        save.addClickListener(e -> {
            InputErrors.clear(binder);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("accountui.password-mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                registrations.resetPassword(new PasswordReset(token, password.getValue()));
            } catch (InvalidInputException error) {
                if ("token".equals(error.field())) {
                    showInvalidLink();
                } else {
                    InputErrors.show(this, error, binder);
                }
                return;
            }
            Paragraph done = new Paragraph(getTranslation("reset-password.done"));
            done.getElement().setAttribute("role", "status");
            remove(form);
            add(done, new Paragraph(new RouterLink(getTranslation("reset-password.to-login"), LoginView.class)));
        });
        save.addClickShortcut(Key.ENTER).listenOn(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters()
                .get("token")
                .ifPresentOrElse(t -> token = t, () -> event.forwardTo(ForgotPasswordView.class));
    }

    private void showInvalidLink() {
        remove(form);
        Paragraph explanation = new Paragraph(getTranslation("reset-password.invalid"));
        explanation.getElement().setAttribute("role", "alert");
        add(
                explanation,
                new Paragraph(new RouterLink(getTranslation("reset-password.request-new"), ForgotPasswordView.class)));
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, "reset-password.title");
    }
}
