package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.ADMINISTRATOR;
import static nl.raadsplein.e2e.AccountSteps.confirm;
import static nl.raadsplein.e2e.AccountSteps.confirmationLink;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.AccountSteps.newcomer;
import static nl.raadsplein.e2e.AccountSteps.register;
import static nl.raadsplein.e2e.AccountSteps.registeredAndConfirmed;
import static nl.raadsplein.e2e.SharedDemoData.Resource.ADMINISTRATOR_ACCOUNT;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.raadsplein.e2e.AccountSteps.Person;
import org.junit.jupiter.api.Test;

/**
 * An owner invites an address that has no account yet: the page answers as for any address and lists the open
 * invitation by that address; the mail goes anyway. The invitee registers with that address, confirms it, finds the
 * invitation and accepts it. Axe on each page.
 */
// Fresh accounts and an organisation of its own.
@SharedDemoData.Uses(shared = ADMINISTRATOR_ACCOUNT)
class OrganisationInvitationJourneyTest extends Journey {

    @Test
    void an_owner_invites_an_address_without_an_account_which_registers_and_accepts() {
        Page administrator = anotherBrowser(DESKTOP).newPage();
        logIn(administrator, ADMINISTRATOR);
        Person olaf = registeredAndConfirmed(page(), administrator, "Olaf Eigenaar");
        logIn(page(), olaf);

        // Olaf registers an organisation and invites Ineke, who has no account yet.
        String name = "Buurtmoestuin " + ParticipationSteps.mark();
        open("/organisaties");
        assertThat(heading()).hasText("Organisaties");
        page().getByLabel("Naam van de organisatie").fill(name);
        page().getByLabel("KvK-nummer", new Page.GetByLabelOptions().setExact(true))
                .fill(String.format("%08d", System.nanoTime() % 100_000_000));
        button(page(), "Organisatie aanmelden").click();
        Person ineke = newcomer("Ineke Later");
        page().getByLabel("E-mailadres van een nieuw lid van " + name).fill(ineke.email());
        button(page(), "Uitnodigen voor " + name).click();
        assertThat(page().getByText("De uitnodiging is verstuurd naar " + ineke.email() + "."))
                .isVisible();
        Locator organisation =
                page().locator("main .organisation").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(organisation).containsText("Uitgenodigd, nog niet aangenomen:");
        assertThat(organisation).containsText(ineke.email());
        checkAccessibility("organisations, invitation open, owner");

        // Ineke registers with that address and confirms it; the invitation mail had already gone to her.
        Page inekesPhone = anotherBrowser(PHONE).newPage();
        register(inekesPhone, ineke);
        confirm(inekesPhone, confirmationLink(administrator, ineke.email()), ineke);
        assertThat(administrator
                        .locator("article.mail")
                        .filter(new Locator.FilterOptions().setHasText(ineke.email()))
                        .filter(new Locator.FilterOptions().setHasText(name)))
                .hasCount(1);

        // She finds the invitation and accepts it.
        logIn(inekesPhone, ineke);
        inekesPhone.navigate("/organisaties");
        assertThat(inekesPhone.locator("main")).containsText("Uitnodigingen");
        checkAccessibility(inekesPhone, "organisations, invited, phone");
        button(inekesPhone, "Uitnodiging aannemen van " + name).click();
        assertThat(inekesPhone.getByText("U bent nu lid van " + name + ".")).isVisible();
        assertThat(inekesPhone.locator("main")).containsText("Ineke Later (lid)");
        checkAccessibility(inekesPhone, "organisations, member, phone");

        // Olaf sees her as a member, and no open invitation any more.
        open("/organisaties");
        assertThat(organisation).containsText("Ineke Later (lid)");
        assertThat(organisation).not().containsText(ineke.email());
    }

    private static Locator button(Page page, String name) {
        return page.locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
