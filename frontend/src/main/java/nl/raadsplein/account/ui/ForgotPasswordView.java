package nl.raadsplein.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.raadsplein.account.PasswordResetRequest;
import nl.raadsplein.account.RegistrationService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.ClientAddress;
import nl.raadsplein.ui.InputErrors;

/** Asks for a link to set a new password; the answer never tells whether the address has an account. */
@Route(ForgotPasswordView.ROUTE)
@AnonymousAllowed
public class ForgotPasswordView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "account/wachtwoord-vergeten";

    public ForgotPasswordView(RegistrationService registrations) {
        addClassName("narrow");
        EmailField email = new EmailField(getTranslation("forgot-password.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setWidthFull();
        Button send = new Button(getTranslation("forgot-password.submit"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(new Paragraph(getTranslation("forgot-password.intro")), email, send);
        form.addClassName("account-form");
        add(new H1(getTranslation("forgot-password.title")), form);

        Binder<PasswordResetRequest> binder = new Binder<>(PasswordResetRequest.class);
        binder.forField(email).bind("email");
        binder.forField(InputErrors.current(ClientAddress::current)).bind("clientIp");
        send.addClickListener(e -> {
            InputErrors.clear(binder);
            try {
                registrations.requestPasswordReset(InputErrors.record(binder));
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, binder);
                return;
            }
            Paragraph sent = new Paragraph(
                    getTranslation("forgot-password.sent", email.getValue().strip()));
            sent.getElement().setAttribute("role", "status");
            remove(form);
            add(sent, new Paragraph(new RouterLink(getTranslation("forgot-password.to-login"), LoginView.class)));
        });
        send.addClickShortcut(Key.ENTER).listenOn(form);
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, "forgot-password.title");
    }
}
