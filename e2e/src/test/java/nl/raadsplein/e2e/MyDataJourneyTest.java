package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.ADMINISTRATOR;
import static nl.raadsplein.e2e.AccountSteps.WRONG_CREDENTIALS;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.AccountSteps.passwordField;
import static nl.raadsplein.e2e.AccountSteps.registeredAndConfirmed;
import static nl.raadsplein.e2e.AccountSteps.submitLogin;
import static nl.raadsplein.e2e.ParticipationSteps.DATA_LEAKS;
import static nl.raadsplein.e2e.ParticipationSteps.submitProposal;
import static nl.raadsplein.e2e.SharedDemoData.Resource.ADMINISTRATOR_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.AUDIT_TRAIL;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.raadsplein.e2e.AccountSteps.Person;
import org.junit.jupiter.api.Test;

/**
 * J8: a resident exercises her privacy rights. She downloads her data (prepared in the background, with progress),
 * opens the ZIP and finds her proposal; then deletes her account, after a wrong password is refused. Her proposal
 * stays, shown as by "een oud-deelnemer", and her old login fails. A fresh resident, so that no demo account other
 * journeys use goes. Axe on each page.
 */
// A fresh account, deleted (audited); its proposal is one more in a list others search by name.
@SharedDemoData.Uses(shared = {ADMINISTRATOR_ACCOUNT, AUDIT_TRAIL})
class MyDataJourneyTest extends Journey {

    @Test
    void a_resident_downloads_her_data_finds_her_proposal_deletes_her_account_and_is_a_former_participant()
            throws IOException {
        String mark = ParticipationSteps.mark();
        Page administrator = anotherBrowser(DESKTOP).newPage();
        logIn(administrator, ADMINISTRATOR);
        Person sanne = registeredAndConfirmed(page(), administrator, "Sanne Oudejans");
        logIn(page(), sanne);

        page().navigate("/raadplegingen");
        page().locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(DATA_LEAKS).setExact(true))
                .click();
        assertThat(heading()).hasText(DATA_LEAKS);
        String consultation = URI.create(page().url()).getPath();
        String title = "Een jaarlijks overzicht van datalekken " + mark;
        String proposal = submitProposal(
                page(),
                consultation,
                title,
                "Laat elk jaar zien welke datalekken er waren en wat de gemeente eraan deed.",
                "Persoonsgegevens",
                "Persoonsgegevens en privacy");

        // Under Mijn account she asks for her data; it is put together in the background.
        open("/account");
        page().locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Uw gegevens downloaden of uw account verwijderen"))
                .click();
        assertThat(heading()).hasText("Mijn gegevens");
        assertThat(page().locator("main .export-status")).hasText("U heeft uw gegevens nog niet opgevraagd.");
        checkAccessibility("my data, nothing asked yet");
        page().locator("main")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mijn gegevens opvragen"))
                .click();
        Locator download = page().locator("main")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download mijn gegevens (ZIP)"));
        assertThat(download).isVisible();
        assertThat(page().locator("main .export-status")).containsText("Uw gegevens staan klaar.");
        checkAccessibility("my data, download ready");

        Download zip = page().waitForDownload(download::click);
        Map<String, String> files = unzip(zip.createReadStream());
        assertThat(files).containsKeys("data.json", "proposals.csv", "account.csv");
        assertThat(files.get("data.json")).contains(title).contains(sanne.email());
        assertThat(files.get("proposals.csv")).contains(title);
        assertThat(page().locator("main .export-status")).containsText("U heeft uw gegevens gedownload.");
        assertThat(download).hasCount(0);
        checkAccessibility("my data, downloaded");

        // A wrong password is refused on the field; the right one deletes the account and ends the session.
        Locator password = passwordField(page(), "Uw wachtwoord");
        Locator delete = page().locator("main")
                .getByRole(
                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mijn account definitief verwijderen"));
        password.fill("Niet-mijn-wachtwoord-1");
        delete.click();
        assertThat(page().locator("main vaadin-password-field[invalid]"))
                .containsText("Uw huidige wachtwoord klopt niet.");
        checkAccessibility("my data, wrong password");
        password.fill(sanne.password());
        delete.click();
        assertThat(page().locator(".site-header")
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inloggen")))
                .isVisible();

        // Her proposal stays, by a former participant.
        page().navigate(proposal);
        assertThat(heading()).hasText(title);
        assertThat(page().locator("main .byline").first()).containsText("een oud-deelnemer");
        assertThat(page().locator("main")).not().containsText(sanne.name());
        checkAccessibility("proposal of a former participant");

        // Her old login fails as any wrong one does.
        open("/inloggen");
        submitLogin(page(), sanne.email(), sanne.password());
        assertThat(page()).hasURL(app().url("/inloggen?error"));
        assertThat(page().getByText(WRONG_CREDENTIALS)).isVisible();
        checkAccessibility("login of a deleted account");
    }

    private static Map<String, String> unzip(InputStream bytes) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(bytes, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
