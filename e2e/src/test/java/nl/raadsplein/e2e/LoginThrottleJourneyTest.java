package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.ADMINISTRATOR;
import static nl.raadsplein.e2e.AccountSteps.WRONG_CREDENTIALS;
import static nl.raadsplein.e2e.AccountSteps.accountLink;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.AccountSteps.registeredAndConfirmed;
import static nl.raadsplein.e2e.AccountSteps.submitLogin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.raadsplein.e2e.AccountSteps.Person;
import org.junit.jupiter.api.Test;

/** Password guessing is slowed down: after five wrong passwords even the right one is refused for a while. */
class LoginThrottleJourneyTest extends Journey {

    private static final int ALLOWED_FAILURES = 5;

    @Test
    void after_five_wrong_passwords_even_the_right_password_is_refused_with_the_throttle_message() {
        // A fresh account, so that no demo account that other journeys use is locked.
        Page administrator = anotherBrowser(DESKTOP).newPage();
        logIn(administrator, ADMINISTRATOR);
        Person kees = registeredAndConfirmed(page(), administrator, "Kees de Boer");

        open("/inloggen");
        for (int attempt = 1; attempt <= ALLOWED_FAILURES; attempt++) {
            submitLogin(page(), kees.email(), "Verkeerd-wachtwoord-" + attempt);

            assertThat(page()).hasURL(app().url("/inloggen?error"));
            assertThat(message(WRONG_CREDENTIALS)).isVisible();
            assertThat(message("Te veel mislukte pogingen")).hasCount(0);
        }
        checkAccessibility("login, wrong password");

        submitLogin(page(), kees.email(), kees.password());

        assertThat(page()).hasURL(app().url("/inloggen?error"));
        assertThat(heading()).hasText("Inloggen");
        assertThat(message("Te veel mislukte pogingen. Probeer het over 5 minuten opnieuw"))
                .isVisible();
        assertThat(message(WRONG_CREDENTIALS)).hasCount(0);
        assertThat(accountLink(page(), kees)).hasCount(0);
        assertThat(page().locator(".site-header")
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inloggen")))
                .isVisible();
        checkAccessibility("login, too many failed attempts");
    }

    private Locator message(String text) {
        return page().getByText(text, new Page.GetByTextOptions().setExact(false));
    }
}
