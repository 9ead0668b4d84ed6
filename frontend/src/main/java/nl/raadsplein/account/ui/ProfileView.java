package nl.raadsplein.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Locale;
import nl.raadsplein.account.Account;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.account.PasswordChange;
import nl.raadsplein.account.ProfileService;
import nl.raadsplein.account.ProfileTextDraft;
import nl.raadsplein.account.ProfileTextState;
import nl.raadsplein.account.PublicProfile;
import nl.raadsplein.account.SessionService;
import nl.raadsplein.moderation.ui.PersonalDataWarning;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.security.SessionValidityFilter;
import nl.raadsplein.ui.InputErrors;
import nl.raadsplein.ui.Language;
import nl.raadsplein.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/** One's own account: what it is, the name and language to change, the "Over mij" text, and the password. */
@Route(ProfileView.ROUTE)
@PermitAll
public class ProfileView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "account";

    private final AccountService accounts;
    private final ProfileService profiles;
    private final SessionService sessions;
    private final AuthenticationContext authentication;
    private final DescriptionList facts = new DescriptionList();
    private final TextArea about = new TextArea();
    private final Binder<ProfileTextDraft> aboutBinder = new Binder<>(ProfileTextDraft.class);
    private final Paragraph aboutState = new Paragraph();
    private final PersonalDataWarning personalData =
            new PersonalDataWarning(field -> about.focus(), () -> saveAbout(true));

    public ProfileView(
            AccountService accounts,
            ProfileService profiles,
            SessionService sessions,
            AuthenticationContext authentication) {
        this.sessions = sessions;
        this.authentication = authentication;
        this.accounts = accounts;
        this.profiles = profiles;
        Account me = accounts.me();
        facts.addClassName("account-facts");
        showFacts(me);
        add(
                new H1(getTranslation("profile.title")),
                facts,
                profileForm(me),
                aboutForm(me),
                passwordForm(),
                sessionsSection(),
                new Section(
                        new H2(getTranslation("mydata.title")),
                        new Paragraph(new RouterLink(getTranslation("profile.my-data"), MyDataView.class))));
    }

    private void showFacts(Account me) {
        facts.removeAll();
        facts.add(term("profile.email"), description(me.email()));
        facts.add(term("profile.roles"), description(AccountTexts.roles(this, me.roles())));
        if (me.party() != null) {
            facts.add(term("profile.party"), description(AccountTexts.party(me.party())));
        }
        DescriptionList.Description residency = new DescriptionList.Description(
                ResidencyTexts.verifiedMark(this, me.verified(), "profile.verified", "profile.not-verified"));
        if (!me.verified()) {
            residency.add(new Span(" "), new RouterLink(getTranslation("profile.verify"), VerifyResidencyView.class));
        }
        facts.add(term("profile.residency"), residency);
    }

    private DescriptionList.Term term(String key) {
        return new DescriptionList.Term(getTranslation(key));
    }

    private static DescriptionList.Description description(String text) {
        return new DescriptionList.Description(text);
    }

    private Section profileForm(Account me) {
        TextField displayName = new TextField(getTranslation("profile.display-name"), me.displayName(), "");
        displayName.setMaxLength(AccountService.DISPLAY_NAME_LENGTH);
        displayName.setAutocomplete(Autocomplete.NAME);
        Select<String> language = AccountTexts.languageSelect(this, me.language());
        // The account's own properties: a refusal names the one it concerns.
        Binder<Account> binder = new Binder<>(Account.class);
        binder.forField(displayName).bind("displayName");
        binder.forField(language).bind("language");
        Button save = new Button(getTranslation("profile.save"), e -> {
            InputErrors.clear(binder);
            String current = getLocale().getLanguage();
            try {
                accounts.updateProfile(displayName.getValue(), language.getValue());
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, binder);
                return;
            }
            if (!language.getValue().equals(current)) {
                // Reloads the page, so every text follows the new language.
                Language.choose(Locale.forLanguageTag(language.getValue()));
                return;
            }
            Account updated = accounts.me();
            displayName.setValue(updated.displayName());
            UI.getCurrent().getActiveRouterTargetsChain().stream()
                    .filter(MainLayout.class::isInstance)
                    .map(MainLayout.class::cast)
                    .forEach(layout -> layout.showAccountName(updated.displayName()));
            InputErrors.confirm(getTranslation("profile.saved"));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(displayName, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        return new Section(new H2(getTranslation("profile.details")), form, save);
    }

    /** "Over mij": shown on the public profile; the personal-data warning comes before anything is saved. */
    private Section aboutForm(Account me) {
        PublicProfile profile = profiles.profile(me.publicId());
        about.setLabel(getTranslation("profile.about"));
        about.setHelperText(getTranslation("profile.about-help"));
        about.setMaxLength(AccountService.PROFILE_TEXT_LENGTH);
        about.setValueChangeMode(ValueChangeMode.LAZY);
        about.setWidthFull();
        aboutBinder.forField(about).bind("profileText");
        about.setValue(profile.text() == null ? "" : profile.text());
        aboutState.addClassName("about-state");
        aboutState.getElement().setAttribute("role", "status");
        showAboutState(profile.textState());
        Button save = new Button(getTranslation("profile.about-save"), e -> saveAbout(false));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        RouterLink publicPage = new RouterLink(
                getTranslation("profile.public-page"),
                PublicProfileView.class,
                PublicProfileView.parameters(me.publicId()));
        return new Section(
                new H2(getTranslation("profile.about")),
                about,
                aboutState,
                save,
                personalData,
                new Paragraph(publicPage));
    }

    private void saveAbout(boolean personalDataConfirmed) {
        about.setInvalid(false);
        if (!personalDataConfirmed && personalData.check(null, about.getValue())) {
            return;
        }
        try {
            ProfileTextState state =
                    accounts.setProfileText(new ProfileTextDraft(about.getValue(), personalDataConfirmed));
            personalData.hide();
            showAboutState(state);
            InputErrors.confirm(getTranslation(
                    state == ProfileTextState.AWAITING_MODERATION ? "profile.about-awaiting" : "profile.about-saved"));
        } catch (InvalidInputException refused) {
            if (PersonalDataWarning.CONFIRM_NEEDED.equals(refused.messageKey())) {
                personalData.check(null, about.getValue());
            } else {
                personalData.hide();
                InputErrors.show(this, refused, aboutBinder);
            }
        }
    }

    private void showAboutState(@Nullable ProfileTextState state) {
        aboutState.setText(
                state == null || state == ProfileTextState.PUBLISHED
                        ? ""
                        : getTranslation("participant.about-state." + state.name()));
        aboutState.setVisible(state != null && state != ProfileTextState.PUBLISHED);
    }

    private Section passwordForm() {
        PasswordField current = new PasswordField(getTranslation("profile.current-password"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        PasswordField password = new PasswordField(getTranslation("profile.new-password"));
        password.setHelperText(getTranslation("accountui.password-rules"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        PasswordField repeat = new PasswordField(getTranslation("profile.repeat-password"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Binder<PasswordChange> binder = new Binder<>(PasswordChange.class);
        binder.forField(current).bind("currentPassword");
        binder.forField(password).bind("newPassword");
        Button change = new Button(getTranslation("profile.change-password"), e -> {
            InputErrors.clear(binder);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("accountui.password-mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                Instant validFrom = accounts.changePassword(InputErrors.record(binder));
                // the other sessions end; this one goes on as if it had just logged in
                VaadinSession.getCurrent().getSession().setAttribute(SessionValidityFilter.AUTHENTICATED_AT, validFrom);
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, binder);
                return;
            }
            current.clear();
            password.clear();
            repeat.clear();
            InputErrors.confirm(getTranslation("profile.password-changed"));
        });
        change.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(current, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div narrow = new Div(form, change);
        narrow.addClassName("narrow");
        return new Section(new H2(getTranslation("profile.password")), narrow);
    }

    private Section sessionsSection() {
        Button everywhere = new Button(getTranslation("profile.logout-everywhere"), e -> {
            sessions.endAllMySessions();
            authentication.logout();
        });
        return new Section(
                new H2(getTranslation("profile.sessions")),
                new Paragraph(getTranslation("profile.sessions-intro")),
                everywhere);
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, "profile.title");
    }
}
