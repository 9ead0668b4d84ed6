package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.ADMINISTRATOR;
import static nl.raadsplein.e2e.AccountSteps.literal;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.AccountSteps.registeredAndConfirmed;
import static nl.raadsplein.e2e.SharedDemoData.Resource.ADMINISTRATOR_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.AUDIT_TRAIL;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.raadsplein.e2e.AccountSteps.Person;
import org.junit.jupiter.api.Test;

/**
 * A revoked role takes effect at the next request of every open session (ADR 16): the griffier's tab, open on a page
 * for the griffie only, lands on the login page at its next step once an administrator has revoked the role.
 */
// The roles of a fresh account (audited); no demo account's role changes.
@SharedDemoData.Uses(shared = {ADMINISTRATOR_ACCOUNT, AUDIT_TRAIL})
class RevokedGriffierJourneyTest extends Journey {

    @Test
    void the_open_tab_of_a_griffier_whose_role_an_administrator_revoked_lands_on_the_login_page_at_its_next_step() {
        Page administrator = anotherBrowser(DESKTOP).newPage();
        keepEvidenceOf(administrator);
        logIn(administrator, ADMINISTRATOR);
        Person gijs = registeredAndConfirmed(page(), administrator, "Gijs Griffie");
        Locator dialog = rolesDialog(administrator, gijs);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Benoemen tot griffier"))
                .click();
        assertThat(notification(administrator, "De rollen van " + gijs.name() + " zijn bijgewerkt."))
                .isVisible();

        // Gijs, griffier now, has the parties page of the griffie open.
        logIn(page(), gijs);
        open("/beheer/fracties");
        assertThat(heading()).hasText("Fracties");
        checkAccessibility("parties, griffier");

        // The administrator revokes the role while the tab stays open.
        dialog = rolesDialog(administrator, gijs);
        checkAccessibility(administrator, "roles dialog of a griffier, administrator");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Intrekken: Griffier"))
                .click();
        assertThat(notification(administrator, "De rol van " + gijs.name() + " is ingetrokken."))
                .isVisible();

        // The tab's next step finds its session ended and reloads into the login the page needs.
        page().locator("nav")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accounts en rollen"))
                .first()
                .click();
        assertThat(page()).hasURL(app().url("/inloggen"));
        assertThat(heading()).hasText("Inloggen");
        checkAccessibility("login after the revoked role, former griffier");

        // Logged in again he is a resident: the griffie's pages are not his.
        AccountSteps.submitLogin(page(), gijs.email(), gijs.password());
        assertThat(page().locator("nav")
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accounts en rollen")))
                .hasCount(0);
        page().navigate("/beheer/fracties");
        assertThat(heading()).hasText("Pagina niet gevonden");
        checkAccessibility("parties refused, former griffier");
    }

    /** The administrator finds the account on the accounts page and opens its roles dialog. */
    private Locator rolesDialog(Page administrator, Person person) {
        administrator.navigate("/beheer/accounts");
        assertThat(AccountSteps.heading(administrator)).hasText("Accounts en rollen");
        administrator
                .getByLabel("Zoeken", new Page.GetByLabelOptions().setExact(true))
                .fill(person.email());
        assertThat(administrator.getByRole(
                        AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile(literal(person.email())))))
                .hasCount(1);
        administrator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rollen beheren van " + person.name()))
                .click();
        Locator dialog = administrator.getByRole(
                AriaRole.DIALOG,
                new Page.GetByRoleOptions()
                        .setName("Rollen van " + person.name())
                        .setExact(true));
        assertThat(dialog.getByRole(
                        AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Rollen van " + person.name())))
                .isVisible();
        return dialog;
    }

    private static Locator notification(Page page, String text) {
        return page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText(text));
    }
}
