package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.ADMINISTRATOR;
import static nl.raadsplein.e2e.AccountSteps.WRONG_CREDENTIALS;
import static nl.raadsplein.e2e.AccountSteps.accountLink;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.AccountSteps.registeredAndConfirmed;
import static nl.raadsplein.e2e.AccountSteps.submitLogin;
import static nl.raadsplein.e2e.SharedDemoData.Resource.ADMINISTRATOR_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.util.regex.Pattern;
import nl.raadsplein.e2e.AccountSteps.Person;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed down, but a stranger cannot lock the owner out (ADR 22): after five wrong passwords
 * the stranger is refused even with the right one, while the owner logs in at once on the browser where she logged in
 * before, which carries its device cookie.
 */
// A fresh account locked for strangers; five of the eight failed logins of all journeys (see SharedDemoData).
@SharedDemoData.Uses(shared = ADMINISTRATOR_ACCOUNT)
class LoginThrottleJourneyTest extends Journey {

    private static final int ALLOWED_FAILURES = 5;
    private static final int STRANGERS_FAILURES = 8;
    private static final String THROTTLED = "Te veel mislukte pogingen. Probeer het over 5 minuten opnieuw";

    @Test
    void a_stranger_who_failed_eight_times_is_refused_even_with_the_right_password_while_the_owner_logs_in_at_once() {
        // A fresh account, so that no demo account that other journeys use is locked.
        Page administrator = anotherBrowser(DESKTOP).newPage();
        logIn(administrator, ADMINISTRATOR);
        Person olga = registeredAndConfirmed(page(), administrator, "Olga Eigenaar");

        // Olga logs in on her own laptop, which keeps a device cookie, and logs out again.
        logIn(page(), olga);
        Cookie device = context().cookies().stream()
                .filter(cookie -> cookie.name.equals("raadsplein-device"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no device cookie after the login"));
        assertThat(device.httpOnly).isTrue();
        assertThat(device.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(device.expires)
                .as("a year, not the session")
                .isGreaterThan(System.currentTimeMillis() / 1000.0 + 300 * 86400);
        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                .click();
        assertThat(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen")))
                .isVisible();

        // A stranger, in another browser, tries passwords with her address.
        Page stranger = anotherBrowser(DESKTOP).newPage();
        keepEvidenceOf(stranger);
        stranger.navigate("/inloggen");
        for (int attempt = 1; attempt <= STRANGERS_FAILURES; attempt++) {
            submitLogin(stranger, olga.email(), "Verkeerd-wachtwoord-" + attempt);

            assertThat(stranger).hasURL(app().url("/inloggen?error"));
            if (attempt <= ALLOWED_FAILURES) {
                assertThat(message(stranger, WRONG_CREDENTIALS)).isVisible();
                assertThat(message(stranger, "Te veel mislukte pogingen")).hasCount(0);
            } else {
                assertThat(message(stranger, THROTTLED)).isVisible();
                assertThat(message(stranger, WRONG_CREDENTIALS)).hasCount(0);
            }
            if (attempt == 1 || attempt == ALLOWED_FAILURES + 1) {
                checkAccessibility(stranger, "login after failed attempt " + attempt + ", stranger");
            }
        }

        submitLogin(stranger, olga.email(), olga.password());

        assertThat(stranger).hasURL(app().url("/inloggen?error"));
        assertThat(message(stranger, THROTTLED)).isVisible();
        assertThat(accountLink(stranger, olga)).hasCount(0);
        assertThat(stranger.locator(".site-header")
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inloggen")))
                .isVisible();
        checkAccessibility(stranger, "login refused with the right password, stranger");

        // Olga, on her laptop, logs in at once.
        open("/inloggen");
        checkAccessibility("login, owner");
        submitLogin(page(), olga.email(), olga.password());

        assertThat(page()).hasURL(Pattern.compile("/$"));
        assertThat(accountLink(page(), olga)).isVisible();
        assertThat(message(page(), "Te veel mislukte pogingen")).hasCount(0);
        checkAccessibility("home after the login, owner");
    }

    private static Locator message(Page page, String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(false));
    }
}
