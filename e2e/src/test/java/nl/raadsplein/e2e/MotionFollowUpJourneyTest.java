package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.RESIDENT;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.ParticipationSteps.button;
import static nl.raadsplein.e2e.ParticipationSteps.textbox;
import static nl.raadsplein.e2e.SharedDemoData.Resource.GRIFFIER_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.RESIDENT_ACCOUNT;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The end of J5: after the council adopted the demo motion, the griffie records what the executive promised and how
 * it goes; Sandra follows the motion and is told; anyone finds the overdue promises in the monitor.
 */
// Adds a promise of its own to the demo motion, found by its mark.
@SharedDemoData.Uses(shared = {GRIFFIER_ACCOUNT, RESIDENT_ACCOUNT})
class MotionFollowUpJourneyTest extends Journey {

    private static final String DEMO_MOTION = "Geen ranglijsten van buren zonder spelregels";
    private static final String DEMO_OVERDUE = "De raad per brief informeren over de gemaakte afspraken";

    @Test
    void the_griffie_records_a_promise_and_its_progress_and_the_resident_following_the_motion_is_told() {
        on(DESKTOP);
        String promise = "Een meldpunt voor onterechte beoordelingen openen " + ParticipationSteps.mark();

        // Sandra reads the adopted motion's follow-up and follows the motion.
        logIn(page(), RESIDENT);
        openDemoMotion(page());
        Locator followUps = page().locator("main .follow-ups");
        assertThat(followUps).containsText("Opvolging door het college");
        assertThat(followUps.locator(".follow-up").filter(new Locator.FilterOptions().setHasText(DEMO_OVERDUE)))
                .containsText("Over tijd");
        button(page(), "Deze motie volgen").click();
        assertThat(page().getByRole(
                                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deze motie niet meer volgen")))
                .isVisible();
        checkAccessibility("adopted motion with its follow-up, Sandra");

        // The griffier records a new promise, then marks it carried out.
        Page griffier = anotherBrowser(DESKTOP).newPage();
        keepEvidenceOf(griffier);
        logIn(griffier, GRIFFIER);
        openDemoMotion(griffier);
        Locator form = griffier.locator("main .promise-form");
        textbox(griffier, "Toezegging").fill(promise);
        textbox(griffier, "Uitvoering door").fill("Wethouder Digitalisering");
        ParticipationSteps.datePicker(
                form, "Klaar uiterlijk", LocalDate.now().plusMonths(2).format(ParticipationSteps.DUTCH_DATE));
        checkAccessibility(griffier, "promise form filled in, griffier");
        button(griffier, "Toezegging vastleggen").click();
        Locator recorded = griffier.locator("main .follow-up").filter(new Locator.FilterOptions().setHasText(promise));
        assertThat(recorded).containsText("Stand: Open");

        recorded.getByLabel("Nieuwe stand", new Locator.GetByLabelOptions().setExact(true))
                .click();
        griffier.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("Uitgevoerd").setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true))
                .click();
        assertThat(griffier.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setVisible(true)))
                .hasCount(0);
        recorded.getByLabel("Toelichting voor inwoners", new Locator.GetByLabelOptions().setExact(true))
                .fill("Het meldpunt is open op het loket van de gemeente.");
        recorded.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stand bijwerken van: " + promise))
                .click();
        Locator done = griffier.locator("main .follow-up").filter(new Locator.FilterOptions().setHasText(promise));
        assertThat(done).containsText("Stand: Uitgevoerd");
        assertThat(done).containsText("Het meldpunt is open op het loket van de gemeente.");
        checkAccessibility(griffier, "motion with an updated promise, griffier");

        // Sandra has been told of both.
        page().navigate("/meldingen");
        assertThat(page().locator("main"))
                .containsText("Er is een toezegging vastgelegd bij de motie ‘" + DEMO_MOTION + "’");
        assertThat(page().locator("main"))
                .containsText("Een toezegging bij de motie ‘" + DEMO_MOTION + "’ is uitgevoerd");
        checkAccessibility("notifications of the follow-up, Sandra");

        // Anyone finds the overdue promises in the monitor, reached from the motions.
        Page visitor = anotherBrowser(DESKTOP).newPage();
        keepEvidenceOf(visitor);
        visitor.navigate("/moties");
        visitor.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Opvolging van aangenomen moties")
                                .setExact(true))
                .click();
        assertThat(AccountSteps.heading(visitor)).hasText("Opvolging van aangenomen moties");
        visitor.locator("main")
                .getByLabel("Tonen", new Locator.GetByLabelOptions().setExact(true))
                .click();
        visitor.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("Over tijd").setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true))
                .click();
        assertThat(visitor.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setVisible(true)))
                .hasCount(0);
        Locator list = visitor.locator("main .follow-up-list");
        assertThat(list).containsText(DEMO_OVERDUE);
        assertThat(list).not().containsText(promise);
        checkAccessibility(visitor, "follow-up monitor, overdue, visitor");
    }

    private static void openDemoMotion(Page page) {
        page.navigate("/moties");
        page.locator("main")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(DEMO_MOTION))
                .click();
        assertThat(AccountSteps.heading(page)).hasText(DEMO_MOTION);
    }
}
