package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.ADMINISTRATOR;
import static nl.raadsplein.e2e.AccountSteps.GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.literal;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.AccountSteps.registeredAndConfirmed;
import static nl.raadsplein.e2e.SharedDemoData.Resource.ADMINISTRATOR_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.AUDIT_TRAIL;
import static nl.raadsplein.e2e.SharedDemoData.Resource.GRIFFIER_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.RESIDENT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.util.regex.Pattern;
import nl.raadsplein.e2e.AccountSteps.Person;
import org.junit.jupiter.api.Test;

/** The griffier appoints a resident councillor; the new councillor finds the council menu and their party. */
// Appoints a fresh account (audited) to a party; others only find that party's members by name.
@SharedDemoData.Uses(shared = {ADMINISTRATOR_ACCOUNT, GRIFFIER_ACCOUNT, RESIDENT_ACCOUNT, AUDIT_TRAIL})
class RolesJourneyTest extends Journey {

    private static final String PARTY = "IJssellands Belang (IB)";

    @Test
    void griffier_appoints_a_resident_councillor_who_then_finds_their_party_in_the_council_menu_on_a_phone() {
        on(PHONE);
        Page administrator = anotherBrowser(DESKTOP).newPage();
        logIn(administrator, ADMINISTRATOR);
        Person noor = registeredAndConfirmed(page(), administrator, "Noor Visser");

        // The griffier, at a desk, finds her through Beheer, Accounts en rollen.
        Page griffier = anotherBrowser(DESKTOP).newPage();
        logIn(griffier, GRIFFIER);
        griffier.locator("nav")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accounts en rollen"))
                .click();
        assertThat(griffier).hasURL(app().url("/beheer/accounts"));
        assertThat(heading(griffier)).hasText("Accounts en rollen");
        checkAccessibility(griffier, "accounts and roles, griffier, desktop");

        griffier.getByLabel("Zoeken", new Page.GetByLabelOptions().setExact(true))
                .fill(noor.email());
        // The grid's cells are slotted into its shadow rows: a row's accessible name has their texts.
        Locator row = griffier.getByRole(
                AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile(literal(noor.email()))));
        // The list has been searched (not only shows her among everyone) before a row's button is used.
        assertThat(griffier.getByRole(
                        AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile(literal(GRIFFIER.email())))))
                .hasCount(0);
        assertThat(row).hasCount(1);
        assertThat(row)
                .hasAccessibleName(Pattern.compile(
                        "^" + literal(noor.name()) + " " + literal(noor.email()) + " Inwoner Nee Rollen beheren"));
        checkAccessibility(griffier, "accounts and roles, searched, griffier, desktop");
        griffier.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rollen beheren van " + noor.name()))
                .click();

        // The dialog element itself has no box of its own (its overlay is drawn in its shadow root): the
        // visible proof is its title.
        Locator dialog = griffier.getByRole(
                AriaRole.DIALOG,
                new Page.GetByRoleOptions().setName("Rollen van " + noor.name()).setExact(true));
        Locator dialogTitle =
                dialog.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Rollen van " + noor.name()));
        assertThat(dialogTitle).isVisible();
        assertThat(dialog).containsText("Huidige rollen: Inwoner");
        // Only an administrator appoints administrators.
        assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Benoemen tot beheerder")))
                .hasCount(0);
        checkAccessibility(griffier, "roles dialog, griffier, desktop");

        dialog.getByLabel("Fractie").click();
        griffier.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(PARTY))
                .click();
        assertThat(dialog.getByLabel("Fractie")).containsText(PARTY);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Benoemen tot raadslid"))
                .click();

        assertThat(dialogTitle).isHidden();
        // Shown, and announced: Vaadin's notification card is a live region.
        assertThat(griffier.getByRole(AriaRole.ALERT)
                        .filter(new Locator.FilterOptions()
                                .setHasText("De rollen van " + noor.name() + " zijn bijgewerkt.")))
                .isVisible();
        assertThat(row).hasAccessibleName(Pattern.compile(" Inwoner, Raadslid " + literal(PARTY) + " "));
        checkAccessibility(griffier, "accounts and roles, after the appointment, griffier, desktop");

        // Noor logs in on her phone and finds the council menu.
        logIn(page(), noor);
        checkAccessibility("agenda, councillor, phone");
        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"))
                .click();
        Locator council = page().locator(".councillor-menu");
        assertThat(council).isVisible();
        assertThat(council).containsText("Raad");
        Locator myParty = council.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mijn fractie"));
        assertThat(myParty).isVisible();
        checkAccessibility("agenda with the menu open, councillor, phone");

        myParty.click();
        assertThat(page()).hasURL(app().url("/raad/fractie"));
        assertThat(heading()).hasText("Mijn fractie");
        assertThat(page().locator("main .party-name")).hasText(PARTY);
        assertThat(page().locator("main li").filter(new Locator.FilterOptions().setHasText(noor.name())))
                .hasCount(1);
        // On a phone the menu folds away after choosing; until it has, the page behind it is hidden from
        // assistive technology as it should be while the menu is open.
        assertThat(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")))
                .hasAttribute("aria-expanded", "false");
        assertThat(page().locator(".site-header .header-tools")).not().hasAttribute("aria-hidden", "true");
        checkAccessibility("my party, councillor, phone");
    }

    @Test
    void visitor_opening_an_administration_page_is_asked_to_log_in() {
        open("/beheer/accounts");

        assertThat(page()).hasURL(app().url("/inloggen"));
        assertThat(heading()).hasText("Inloggen");
    }

    @Test
    void resident_opening_an_administration_page_sees_page_not_found_and_no_administration() {
        logIn(page(), AccountSteps.RESIDENT);

        Response response = page().navigate("/beheer/accounts");

        assertThat(heading()).hasText("Pagina niet gevonden");
        assertThat(page().getByText("Zoek een account en benoem het")).hasCount(0);
        assertThat(page().locator("nav")
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accounts en rollen")))
                .hasCount(0);
        assertThat(response.status()).as("HTTP status of the document").isEqualTo(404);
    }

    @Test
    void visitor_following_a_broken_link_sees_page_not_found_with_status_404_rather_than_the_login_page() {
        Response response = page().navigate("/deze-pagina-bestaat-niet");
        assertThat(heading()).isVisible();

        assertAll(
                () -> assertThat(heading().textContent()).as("heading").isEqualTo("Pagina niet gevonden"),
                () -> assertThat(page().url()).as("address").isEqualTo(app().url("/deze-pagina-bestaat-niet")),
                () -> assertThat(response.status())
                        .as("HTTP status of the document " + response.url())
                        .isEqualTo(404));
    }

    @Test
    void resident_following_a_broken_link_sees_page_not_found_with_status_404() {
        logIn(page(), AccountSteps.RESIDENT);

        // The document as the browser asks for it, with the resident's session cookie.
        APIResponse document = context()
                .request()
                .get(
                        "/deze-pagina-bestaat-niet",
                        RequestOptions.create().setHeader("Accept", "text/html").setMaxRedirects(0));

        assertAll(
                () -> assertThat(document.status())
                        .as("HTTP status of the document")
                        .isEqualTo(404),
                () -> assertThat(document.text()).as("the document").isNotEmpty(),
                () -> {
                    page().navigate("/deze-pagina-bestaat-niet");
                    assertThat(heading()).hasText("Pagina niet gevonden");
                });
    }

    private static Locator heading(Page page) {
        return AccountSteps.heading(page);
    }
}
