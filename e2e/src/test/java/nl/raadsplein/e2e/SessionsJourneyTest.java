package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.ADMINISTRATOR;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.AccountSteps.passwordField;
import static nl.raadsplein.e2e.AccountSteps.registeredAndConfirmed;
import static nl.raadsplein.e2e.SharedDemoData.Resource.ADMINISTRATOR_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.AUDIT_TRAIL;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Sessions end when they must (issue 10): a password change logs out the other browsers, open tabs included, while
 * the browser that changed it goes on; "log out everywhere" ends them all.
 */
// A fresh account's sessions; "log out everywhere" is audited.
@SharedDemoData.Uses(shared = {ADMINISTRATOR_ACCOUNT, AUDIT_TRAIL})
class SessionsJourneyTest extends Journey {

    private static final String NEW_PASSWORD = "Nieuwe-zomer-aan-zee-7";

    @Test
    void a_password_change_logs_out_the_other_browser_and_log_out_everywhere_ends_them_all() {
        on(DESKTOP);
        Page administrator = anotherBrowser(DESKTOP).newPage();
        logIn(administrator, ADMINISTRATOR);
        AccountSteps.Person fenna = registeredAndConfirmed(page(), administrator, "Fenna Sessie");

        // Fenna is logged in on her laptop and, with the same page open, on a library computer.
        logIn(page(), fenna);
        Page library = anotherBrowser(DESKTOP).newPage();
        keepEvidenceOf(library);
        logIn(library, fenna);
        library.navigate("/account");
        assertThat(AccountSteps.heading(library)).hasText("Mijn account");

        // She changes her password on the laptop: the library's open tab is logged out at its next step.
        open("/account");
        assertThat(heading()).hasText("Mijn account");
        passwordField(page(), "Huidig wachtwoord").fill(fenna.password());
        passwordField(page(), "Nieuw wachtwoord").fill(NEW_PASSWORD);
        passwordField(page(), "Herhaal nieuw wachtwoord").fill(NEW_PASSWORD);
        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord wijzigen"))
                .click();
        assertThat(page().getByRole(AriaRole.ALERT)
                        .filter(new Locator.FilterOptions().setHasText("Uw wachtwoord is gewijzigd.")))
                .isVisible();
        checkAccessibility("my account after the password change, Fenna");

        library.locator("nav")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Moties"))
                .first()
                .click();
        // The tab finds its session ended and reloads, into the login its page needs.
        assertThat(library).hasURL(app().url("/inloggen"));
        assertThat(AccountSteps.heading(library)).hasText("Inloggen");

        // The laptop goes on; the library logs in again with the new password, then she logs out everywhere.
        page().reload();
        assertThat(heading()).hasText("Mijn account");
        AccountSteps.submitLogin(library, fenna.email(), NEW_PASSWORD);
        assertThat(AccountSteps.heading(library)).hasText("Mijn account");
        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overal uitloggen"))
                .click();
        assertThat(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen")))
                .isVisible();
        page().navigate("/account");
        assertThat(page()).hasURL(app().url("/inloggen"));
        library.navigate("/account");
        assertThat(library).hasURL(app().url("/inloggen"));
        checkAccessibility(library, "login after log out everywhere, library");
    }
}
