package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.ADMINISTRATOR;
import static nl.raadsplein.e2e.AccountSteps.GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.RESIDENT;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.ParticipationSteps.button;
import static nl.raadsplein.e2e.ParticipationSteps.notice;
import static nl.raadsplein.e2e.ParticipationSteps.saveConsultation;
import static nl.raadsplein.e2e.SharedDemoData.Resource.ADMINISTRATOR_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.AUDIT_TRAIL;
import static nl.raadsplein.e2e.SharedDemoData.Resource.GRIFFIER_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.RESIDENT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.raadsplein.e2e.ParticipationSteps.NewConsultation;
import org.junit.jupiter.api.Test;

/**
 * The rules of conduct (spelregels) of a consultation, from the griffier who writes them to the resident who reads
 * them where she posts, and the administrator's check of the audit chain in which the change was recorded.
 */
// Looks for its own change among the newest entries of the audit log.
@SharedDemoData.Uses(
        exclusive = AUDIT_TRAIL,
        shared = {ADMINISTRATOR_ACCOUNT, GRIFFIER_ACCOUNT, RESIDENT_ACCOUNT})
class ConductRulesJourneyTest extends Journey {

    private static final String RULES = "Praat over camera’s en algoritmes, niet over buren.\n"
            + "Noem geen namen van mensen die hier niet meedoen.\n\n"
            + "<b>Vet</b> wordt hier gewoon tekst.";

    @Test
    void
            the_griffier_writes_the_rules_a_resident_reads_them_on_the_proposal_form_and_the_administrator_checks_the_chain() {
        String mark = ParticipationSteps.mark();
        String title = "Slimme camera’s in de wijk " + mark;

        // The griffier sets up a consultation and writes its own rules of conduct.
        Page griffier = anotherBrowser(DESKTOP).newPage();
        logIn(griffier, GRIFFIER);
        griffier.navigate("/beheer/raadplegingen/bewerken/");
        String consultation = saveConsultation(
                griffier,
                new NewConsultation(
                        title,
                        "De gemeente denkt aan slimme camera’s. Wat vindt u daarvan?",
                        "## Waar gaat het over\n\nCamera’s die zelf herkennen wat er gebeurt.",
                        "3A.2",
                        "3A.2 Impact van de informatiesamenleving op de rechtsstaat",
                        "Camera's en toezicht",
                        10,
                        false));
        griffier.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Raadpleging wijzigen")
                                .setExact(true))
                .click();
        assertThat(AccountSteps.heading(griffier)).hasText("Raadpleging wijzigen: " + title);
        Locator rules = griffier.getByRole(
                AriaRole.TEXTBOX,
                new Page.GetByRoleOptions()
                        .setName("Eigen spelregels van deze raadpleging")
                        .setExact(true));
        assertThat(rules).hasValue("");
        griffier.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("De algemene spelregels van Raadsplein bekijken"))
                .click();
        assertThat(griffier.locator("main .conduct-rules")).containsText("Wees beleefd, ook als u het oneens bent.");
        checkAccessibility(griffier, "consultation editor with the rules of conduct, griffier");
        rules.fill(RULES);
        button(griffier, "Spelregels opslaan").click();
        assertThat(notice(griffier, "De spelregels zijn opgeslagen.")).isVisible();

        // Sandra opens the proposal form: the rules are folded above the form, and open on a click.
        logIn(page(), RESIDENT);
        page().navigate(consultation + "/voorstel-indienen");
        assertThat(heading()).hasText("Voorstel indienen");
        Locator folded = page().locator("main .conduct-rules");
        Locator summary = folded.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spelregels"));
        assertThat(summary).hasAttribute("aria-expanded", "false");
        checkAccessibility("proposal form with the rules folded, resident");
        summary.click();
        assertThat(summary).hasAttribute("aria-expanded", "true");
        assertThat(folded).containsText("Noem geen namen van mensen die hier niet meedoen.");
        assertThat(folded).containsText("<b>Vet</b> wordt hier gewoon tekst.");
        assertThat(folded.locator("b")).hasCount(0);
        checkAccessibility("proposal form with the rules open, resident");

        // She follows the link to the rules' own page.
        folded.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("De spelregels op een eigen pagina"))
                .click();
        assertThat(page()).hasURL(app().url(consultation + "/spelregels"));
        assertThat(heading()).hasText("Spelregels");
        Locator main = page().locator("main");
        assertThat(main).containsText("meedoet aan de raadpleging „" + title + "”");
        assertThat(main).containsText("Praat over camera’s en algoritmes, niet over buren.");
        assertThat(main).not().containsText("algemene spelregels");
        checkAccessibility("rules of conduct page, resident");

        // The consultation's page leads there too; a consultation that does not exist has no rules page.
        main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Raadpleging: " + title))
                .click();
        assertThat(heading()).hasText(title);
        main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Spelregels voor wie meedoet"))
                .click();
        assertThat(page()).hasURL(app().url(consultation + "/spelregels"));
        Response missing = page().navigate("/raadplegingen/999999999/spelregels");
        assertThat(heading()).hasText("Pagina niet gevonden");
        assertThat(missing.status())
                .as("HTTP status of an unknown consultation's rules")
                .isEqualTo(404);

        // The administrator checks the audit chain, among whose latest entries is the griffier's change.
        Page administrator = anotherBrowser(DESKTOP).newPage();
        logIn(administrator, ADMINISTRATOR);
        administrator
                .locator("nav")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Auditlog").setExact(true))
                .click();
        assertThat(administrator).hasURL(app().url("/beheer/audit"));
        assertThat(AccountSteps.heading(administrator)).hasText("Auditlog");
        Locator entries = administrator.locator("main .audit-entries");
        assertThat(entries).containsText("CONSULTATION_CONDUCT_RULES");
        assertThat(entries).containsText(GRIFFIER.name());
        checkAccessibility(administrator, "audit page, administrator");
        administrator
                .locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions()
                                .setName("Keten controleren")
                                .setExact(true))
                .click();
        assertThat(administrator.locator("main .audit-result"))
                .hasText(Pattern.compile("^Keten intact: [0-9.]+ regels gecontroleerd\\.$"));
        checkAccessibility(administrator, "audit page, chain checked, administrator");
        // The anchor it shows, filled in at the next check, still holds.
        Locator keep = administrator.locator("main .audit-anchor");
        assertThat(keep).hasText(Pattern.compile("^Bewaar dit ijkpunt .*: \\d+:[0-9a-f]{64}$"));
        String kept = keep.textContent().strip();
        String anchor = kept.substring(kept.lastIndexOf(' ') + 1);
        administrator
                .getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("IJkpunt van een eerdere controle (niet verplicht)"))
                .fill(anchor);
        administrator
                .locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions()
                                .setName("Keten controleren")
                                .setExact(true))
                .click();
        assertThat(administrator.locator("main .audit-result")).hasText(Pattern.compile("^Keten intact"));
    }
}
