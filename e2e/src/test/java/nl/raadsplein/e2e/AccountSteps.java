package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Steps with accounts that several journeys take, in Dutch: registering, the administrator reading the demo
 * mailbox, confirming the address, logging in. Each step checks with axe the pages it passes on the way.
 */
final class AccountSteps {

    /** Someone with (or about to have) an account. */
    record Person(String name, String email, String password) {}

    static final Person ADMINISTRATOR =
            new Person("Bea Hofman", "beheerder@ijssellanden.example", "Beheerder-demo-2026");
    static final Person GRIFFIER = new Person("Gerrit Jansen", "griffier@ijssellanden.example", "Griffier-demo-2026");
    static final Person SECOND_GRIFFIER =
            new Person("Lotte Smit", "griffier2@ijssellanden.example", "Griffier-demo-2026");
    static final Person COUNCILLOR =
            new Person("Francis Bakker", "raadslid@ijssellanden.example", "Raadslid-demo-2026");
    static final Person RESIDENT = new Person("Sandra de Vries", "inwoner@ijssellanden.example", "Inwoner-demo-2026");

    static final String STRONG_PASSWORD = "Zonnebloem-Lantaarn-42";
    /** The one answer to a wrong password, an unknown address and an address not yet confirmed alike. */
    static final String WRONG_CREDENTIALS =
            "Het e-mailadres of het wachtwoord klopt niet, of het e-mailadres is nog niet"
                    + " bevestigd: heeft u net een account aangemaakt, volg dan eerst de link in de e-mail die wij u stuurden.";

    /** How long a mail may take to arrive: it is sent after the commit, on another thread. */
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(20);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private AccountSteps() {}

    /** Someone without an account yet, at an address that no other test or earlier run used. */
    static Person newcomer(String name) {
        String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "." + System.currentTimeMillis() + "."
                + SEQUENCE.incrementAndGet();
        return new Person(name, local + "@example.org", STRONG_PASSWORD);
    }

    /** Opens the registration page and registers, in Dutch. */
    static void register(Page page, Person person) {
        page.navigate("/registreren");
        assertThat(heading(page)).hasText("Account aanmaken");
        Axe.check(page, "register");
        fillInRegistration(page, person);
    }

    /** On the registration page: fills in the form, sends it and sees the check-your-mailbox message. */
    static void fillInRegistration(Page page, Person person) {
        assertThat(heading(page)).hasText("Account aanmaken");
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(person.name());
        page.getByLabel("E-mailadres", new Page.GetByLabelOptions().setExact(true))
                .fill(person.email());
        passwordField(page, "Wachtwoord").fill(person.password());
        assertThat(page.getByLabel("Taal")).containsText("Nederlands");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken"))
                .click();

        assertThat(page.locator("main").getByRole(AriaRole.STATUS))
                .hasText(Pattern.compile("^Kijk in uw mailbox\\. Wij hebben een e-mail gestuurd naar "
                        + literal(person.email()) + "\\."));
        Axe.check(page, "register, mail sent");
    }

    /** Opens the login page, logs in and sees their own name in the header. */
    static void logIn(Page page, Person person) {
        page.navigate("/inloggen");
        assertThat(heading(page)).hasText("Inloggen");
        Axe.check(page, "login");
        submitLogin(page, person.email(), person.password());
        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(accountLink(page, person)).isVisible();
    }

    /**
     * On the login page: fills in the form and sends it, and waits until the page that answers has loaded (the
     * login page again, with a message, when the login failed).
     */
    static void submitLogin(Page page, String email, String password) {
        assertThat(heading(page)).hasText("Inloggen");
        page.getByLabel("E-mailadres", new Page.GetByLabelOptions().setExact(true))
                .fill(email);
        passwordField(page, "Wachtwoord").fill(password);
        // A mark on the old document, gone once the browser has loaded the answer to the form.
        page.evaluate("() => { window.raadspleinLoginSent = true; }");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Inloggen").setExact(true))
                .click();
        page.waitForFunction("() => window.raadspleinLoginSent === undefined");
        assertThat(heading(page)).isVisible();
    }

    /** The link with the person's name in the header, to their account page. */
    static Locator accountLink(Page page, Person person) {
        return page.locator(".site-header")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(person.name()).setExact(true));
    }

    /**
     * The administrator, logged in on {@code administrator}, opens the demo mailbox and waits, refreshing,
     * for the confirmation mail to {@code email}; returns the link in it.
     */
    static String confirmationLink(Page administrator, String email) {
        administrator.navigate("/beheer/mail");
        assertThat(heading(administrator)).hasText("Demo-mailbox");
        Locator link = administrator
                .locator("article.mail")
                .filter(new Locator.FilterOptions().setHasText(email))
                .locator("a[href*='/account/bevestigen/']");
        long deadline = System.nanoTime() + MAIL_TIMEOUT.toNanos();
        while (true) {
            try {
                // Waits for the mail to show; the list only changes when the administrator refreshes it.
                link.first().waitFor(new Locator.WaitForOptions().setTimeout(1_000));
                break;
            } catch (TimeoutError notYet) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(
                            "No confirmation mail to " + email + " in the demo mailbox within "
                                    + MAIL_TIMEOUT.toSeconds() + " s",
                            notYet);
                }
                administrator
                        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vernieuwen"))
                        .click();
            }
        }
        assertThat(link).hasCount(1);
        String href = link.getAttribute("href");
        assertThat(link).hasText(href);
        Axe.check(administrator, "demo mailbox");
        return href;
    }

    /**
     * Follows the link from the confirmation mail, enters the password chosen at registration and sees that the
     * address is confirmed.
     */
    static void confirm(Page page, String link, Person person) {
        page.navigate(link);
        assertThat(heading(page)).hasText("E-mailadres bevestigen");
        Axe.check(page, "confirm e-mail address");
        passwordField(page, "Wachtwoord").fill(person.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("E-mailadres bevestigen"))
                .click();
        assertThat(heading(page)).hasText("E-mailadres bevestigd");
        Axe.check(page, "e-mail address confirmed");
    }

    /**
     * A newcomer registers on {@code page} and confirms their address with the link that the administrator,
     * logged in on {@code administrator}, finds in the demo mailbox.
     */
    static Person registeredAndConfirmed(Page page, Page administrator, String name) {
        Person person = newcomer(name);
        register(page, person);
        confirm(page, confirmationLink(administrator, person.email()), person);
        return person;
    }

    /** A password field by its exact label (a label match alone would also find the reveal button). */
    static Locator passwordField(Page page, String label) {
        return page.getByRole(
                AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    /** The text as a regular expression that both Java and JavaScript (where Playwright matches) read literally. */
    static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    static Locator heading(Page page) {
        return page.locator("main#main-content h1");
    }
}
