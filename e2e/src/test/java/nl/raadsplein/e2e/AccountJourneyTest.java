package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.ADMINISTRATOR;
import static nl.raadsplein.e2e.AccountSteps.accountLink;
import static nl.raadsplein.e2e.AccountSteps.confirm;
import static nl.raadsplein.e2e.AccountSteps.confirmationLink;
import static nl.raadsplein.e2e.AccountSteps.fillInRegistration;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.AccountSteps.newcomer;
import static nl.raadsplein.e2e.AccountSteps.passwordField;
import static nl.raadsplein.e2e.AccountSteps.submitLogin;
import static nl.raadsplein.e2e.SharedDemoData.Resource.ADMINISTRATOR_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.raadsplein.e2e.AccountSteps.Person;
import org.junit.jupiter.api.Test;

/** A resident creates an account on their phone, confirms the address, logs in, reads in English and logs out. */
// A fresh account; the administrator only reads its confirmation mail.
@SharedDemoData.Uses(shared = ADMINISTRATOR_ACCOUNT)
class AccountJourneyTest extends Journey {

    private static final String DEMOCRACY_EN = "3A.1 Impact of the information society on democracy";

    @Test
    void new_resident_on_a_phone_registers_confirms_the_address_logs_in_reads_in_english_and_logs_out() {
        on(PHONE);
        Person sandra = newcomer("Sandra Mulder");

        // An anonymous visitor finds "create account" in the header.
        open("/agenda");
        assertThat(page().locator("html")).hasAttribute("lang", "nl");
        checkAccessibility("agenda, anonymous, Dutch, phone");
        header().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Account aanmaken"))
                .click();

        assertThat(page()).hasURL(app().url("/registreren"));
        checkAccessibility("register, Dutch, phone");
        fillInRegistration(page(), sandra);

        // Before confirming the address, logging in is refused as a wrong password is, with a hint for newcomers.
        header().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inloggen"))
                .click();
        assertThat(heading()).hasText("Inloggen");
        checkAccessibility("login, Dutch, phone");
        submitLogin(page(), sandra.email(), sandra.password());
        assertThat(page().getByText(AccountSteps.WRONG_CREDENTIALS)).isVisible();
        assertThat(header().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitloggen")))
                .hasCount(0);
        checkAccessibility("login, address not confirmed, Dutch, phone");

        // The administrator, at a desk, finds the confirmation mail in the demo mailbox.
        Page administrator = anotherBrowser(DESKTOP).newPage();
        logIn(administrator, ADMINISTRATOR);
        checkAccessibility(administrator, "agenda, administrator, Dutch, desktop");
        String link = confirmationLink(administrator, sandra.email());
        assertThat(link).startsWith(app().url("/account/bevestigen/"));

        // Sandra follows the link: a wrong password confirms nothing; her own does.
        page().navigate(link);
        assertThat(heading()).hasText("E-mailadres bevestigen");
        passwordField(page(), "Wachtwoord").fill("Niet-mijn-wachtwoord-1");
        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("E-mailadres bevestigen"))
                .click();
        // The field says it, and an announcement for screen readers says it again.
        assertThat(page().getByText("Dit wachtwoord klopt niet").first()).isVisible();
        assertThat(heading()).hasText("E-mailadres bevestigen");
        checkAccessibility("confirm e-mail address, wrong password, Dutch, phone");
        confirm(page(), link, sandra);
        page().locator("main")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inloggen"))
                .click();
        assertThat(heading()).hasText("Inloggen");
        submitLogin(page(), sandra.email(), sandra.password());
        assertThat(page()).hasURL(Pattern.compile("/$"));
        assertThat(heading()).hasText("Praat mee over de digitale gemeente");
        assertThat(accountLink(page(), sandra)).isVisible();
        assertThat(header().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitloggen")))
                .isVisible();
        checkAccessibility("home, logged in, Dutch, phone");

        // She switches to English.
        header().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page().locator("html")).hasAttribute("lang", "en");
        assertThat(heading()).hasText("Have your say on the digital municipality");
        assertThat(accountLink(page(), sandra)).isVisible();
        assertThat(header().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log out")))
                .isVisible();
        checkAccessibility("home, logged in, English, phone");

        // The agenda is one click away.
        page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("To the digital agenda"))
                .click();
        assertThat(heading()).hasText("Digital Agenda for Municipalities 2024");
        checkAccessibility("agenda, logged in, English, phone");

        page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DEMOCRACY_EN))
                .first()
                .click();
        assertThat(page()).hasURL(app().url("/agenda/3A.1"));
        assertThat(heading()).hasText(DEMOCRACY_EN);
        checkAccessibility("theme 3A.1, logged in, English, phone");

        // Her account page, in English: her address, her role, English as her language.
        accountLink(page(), sandra).click();
        assertThat(page()).hasURL(app().url("/account"));
        assertThat(heading()).hasText("My account");
        Locator facts = page().locator("main .account-facts");
        assertThat(facts).containsText(sandra.email());
        assertThat(facts).containsText("Resident");
        assertThat(page().getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(sandra.name());
        assertThat(page().getByLabel("Language", new Page.GetByLabelOptions().setExact(true)))
                .containsText("English");
        checkAccessibility("my account, English, phone");

        // She logs out: the header is anonymous again, still in English.
        header().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log out"))
                .click();
        assertThat(header().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Log in")))
                .isVisible();
        assertThat(header().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Create account")))
                .isVisible();
        assertThat(accountLink(page(), sandra)).hasCount(0);
        assertThat(heading()).isVisible();
        assertThat(page().locator("html")).hasAttribute("lang", "en");
        checkAccessibility("after logout, English, phone");
    }

    private Locator header() {
        return page().locator(".site-header");
    }
}
