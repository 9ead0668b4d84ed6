package nl.raadsplein.account.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.account.Registration;
import nl.raadsplein.account.RegistrationService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.ClientAddress;
import nl.raadsplein.ui.InputErrors;

/**
 * Creating an account. The answer is the same whether or not the address already had one: the service mails
 * its owner instead, so that the form never tells which addresses are registered.
 */
@Route(RegisterView.ROUTE)
@AnonymousAllowed
public class RegisterView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "registreren";

    public RegisterView(RegistrationService registrations) {
        addClassName("narrow");
        H1 title = new H1(getTranslation("register.title"));
        Paragraph intro = new Paragraph(getTranslation("register.intro"));

        TextField displayName = new TextField(getTranslation("register.display-name"));
        displayName.setHelperText(getTranslation("register.display-name-help"));
        displayName.setMaxLength(AccountService.DISPLAY_NAME_LENGTH);
        displayName.setAutocomplete(Autocomplete.NAME);
        EmailField email = new EmailField(getTranslation("register.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        PasswordField password = new PasswordField(getTranslation("register.password"));
        password.setHelperText(getTranslation("accountui.password-rules"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Select<String> language = AccountTexts.languageSelect(this, getLocale().getLanguage());
        language.setHelperText(getTranslation("register.language-help"));
        for (var field : new HasSize[] {displayName, email, password, language}) {
            field.setWidthFull();
        }
        Binder<Registration> binder = new Binder<>(Registration.class);
        binder.forField(displayName).bind("displayName");
        binder.forField(email).bind("email");
        binder.forField(password).bind("password");
        binder.forField(language).bind("language");
        binder.forField(InputErrors.current(ClientAddress::current)).bind("clientIp");

        FormLayout form = new FormLayout(displayName, email, password, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button submit = new Button(getTranslation("register.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        Paragraph haveAccount = new Paragraph(getTranslation("register.have-account") + " ");
        haveAccount.add(new RouterLink(getTranslation("register.to-login"), LoginView.class));
        Div formPart = new Div(intro, form, submit, haveAccount);
        add(title, formPart);

        submit.addClickListener(e -> {
            InputErrors.clear(binder);
            try {
                registrations.register(InputErrors.record(binder));
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, binder);
                return;
            }
            Paragraph done = new Paragraph(
                    getTranslation("register.done", email.getValue().strip()));
            done.getElement().setAttribute("role", "status");
            remove(formPart);
            add(done, new Paragraph(getTranslation("register.done-no-mail")));
        });
        submit.addClickShortcut(Key.ENTER).listenOn(formPart);
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, "register.title");
    }
}
