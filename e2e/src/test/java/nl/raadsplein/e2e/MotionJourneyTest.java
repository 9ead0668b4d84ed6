package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.COUNCILLOR;
import static nl.raadsplein.e2e.AccountSteps.GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.RESIDENT;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.ParticipationSteps.RATINGS;
import static nl.raadsplein.e2e.ParticipationSteps.button;
import static nl.raadsplein.e2e.ParticipationSteps.choose;
import static nl.raadsplein.e2e.ParticipationSteps.openProposalOf;
import static nl.raadsplein.e2e.ParticipationSteps.textbox;
import static nl.raadsplein.e2e.SharedDemoData.Resource.COUNCILLOR_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.FATMA_BELL;
import static nl.raadsplein.e2e.SharedDemoData.Resource.GRIFFIER_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.RESIDENT_ACCOUNT;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * J4's second half and J5: a councillor drafts a motion citing a resident's proposal, a councillor of another party
 * co-signs, it is submitted to the next meeting; the griffier records the vote per party; the resident who supported
 * the proposal sees the outcome on it and has been notified. And the council's pages read in English.
 */
// A motion of its own; citing a proposal Fatma supports tells her.
@SharedDemoData.Uses(shared = {COUNCILLOR_ACCOUNT, GRIFFIER_ACCOUNT, RESIDENT_ACCOUNT, FATMA_BELL})
class MotionJourneyTest extends Journey {

    private static final String DISCUSSION =
            "Mensen beoordelen en rangschikken op lokale platforms: wat willen we in IJssellanden?";

    private static final AccountSteps.Person NOOR =
            new AccountSteps.Person("Noor Visser", "raadslid2@ijssellanden.example", "Raadslid-demo-2026");
    private static final String CITED = "Een gedragscode voor lokale platforms";
    private static final String DEMO_MOTION = "Geen ranglijsten van buren zonder spelregels";
    private static final Map<String, String> VOTES = Map.of(
            "IJssellands Belang (IB, 9 zetels)", "Voor",
            "Progressief IJssellanden (PIJ, 7 zetels)", "Voor",
            "Liberaal IJssellanden (LIJ, 6 zetels)", "Tegen",
            "Christelijk Verbond IJssellanden (CVIJ, 4 zetels)", "Tegen",
            "Groen Dorpsbelang IJssellanden (GDI, 3 zetels)", "Onthouden");

    @Test
    void a_motion_citing_a_proposal_is_co_signed_submitted_voted_and_its_outcome_reaches_the_supporter()
            throws Exception {
        on(DESKTOP);
        String title = "Buren beoordelen met spelregels " + ParticipationSteps.mark();

        // Francis drafts the motion in the council's format and cites Sandra's supported proposal.
        logIn(page(), COUNCILLOR);
        open("/moties");
        checkAccessibility("motions, Francis");
        page().locator("main")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nieuwe motie schrijven"))
                .click();
        assertThat(heading()).hasText("Nieuwe motie");
        textbox(page(), "Titel").fill(title);
        textbox(page(), "Constaterende dat")
                .fill("inwoners elkaar op lokale platforms met naam en toenaam beoordelen\n"
                        + "inwoners in de raadpleging om een gedragscode vragen");
        textbox(page(), "Overwegende dat").fill("vertrouwen tussen buren een publieke waarde is");
        textbox(page(), "Verzoekt het college").fill("een gedragscode op te stellen met de platforms en inwoners");
        Locator proposal = page().getByRole(
                        AriaRole.COMBOBOX,
                        new Page.GetByRoleOptions()
                                .setName("Verwijs naar een voorstel")
                                .setExact(true));
        proposal.click();
        proposal.fill("gedragscode");
        page().getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(CITED))
                .first()
                .click();
        assertThat(page().locator("main .cited")).containsText(CITED);
        // And the report of the value discussion on rating platforms.
        Locator discussion = page().getByRole(
                        AriaRole.COMBOBOX,
                        new Page.GetByRoleOptions()
                                .setName("Verwijs naar het verslag van een waardendiscussie")
                                .setExact(true));
        discussion.click();
        discussion.fill("rangschikken");
        page().getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(DISCUSSION))
                .click();
        discussion.press("Escape");
        // The list closes with an animation; while it shows, it is an unnamed listbox of the field's own.
        assertThat(page().getByRole(AriaRole.LISTBOX)).hasCount(0);
        assertThat(page().locator("main .cited")).containsText("Waardendiscussie: " + DISCUSSION);
        checkAccessibility("motion editor filled in, Francis");
        choose(page(), "Agendathema’s", "3A.1", "3A.1 Impact van de informatiesamenleving op de democratie");
        button(page(), "Concept opslaan").click();
        assertThat(heading()).hasText(title);
        assertThat(page().locator("main .state")).hasText("Status: Concept");
        assertThat(page().locator("main .motion-document")).containsText("constaterende dat");
        assertThat(page().locator("main .motion-document")).containsText("en gaat over tot de orde van de dag.");
        String motionPath = java.net.URI.create(page().url()).getPath();
        checkAccessibility("draft motion, Francis");

        // She invites Noor of another party, who co-signs.
        Locator who = page().getByRole(
                        AriaRole.COMBOBOX,
                        new Page.GetByRoleOptions().setName("Raadslid").setExact(true));
        who.click();
        who.fill("Noor");
        page().getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Noor Visser (PIJ)"))
                .click();
        button(page(), "Uitnodigen").click();
        assertThat(page().locator("main")).containsText("Noor Visser (PIJ) · uitgenodigd");

        Page noor = signedIn(NOOR, motionPath, title);
        checkAccessibility(noor, "invited to co-sign, Noor");
        button(noor, "Mede indienen").click();
        assertThat(noor.locator("main")).containsText("Noor Visser (PIJ) · mede-indiener");

        // Francis submits it to the next meeting's agenda: from now on it is public.
        page().reload();
        assertThat(heading()).hasText(title);
        page().locator("main")
                .getByLabel("Agendapunt van een geplande vergadering", new Locator.GetByLabelOptions().setExact(true))
                .click();
        page().getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(Pattern.compile("Moties vreemd aan de orde")))
                .first()
                .click();
        button(page(), "Motie indienen").click();
        assertThat(page().locator("main .state")).hasText("Status: Ingediend");
        assertThat(page().locator("main .motion-submitters")).containsText("Francis Bakker (IB), Noor Visser (PIJ)");
        checkAccessibility("submitted motion, Francis");

        // The griffier records the vote per party; the result is computed from the seats.
        Page griffier = signedIn(GRIFFIER, motionPath, title);
        checkAccessibility(griffier, "motion with the vote form, griffier");
        VOTES.forEach((party, choice) -> {
            griffier.locator("main .vote-form")
                    .getByLabel(party, new Locator.GetByLabelOptions().setExact(true))
                    .click();
            griffier.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName(choice).setExact(true))
                    // Each select keeps its own list in the page: the open one is the visible one.
                    .filter(new Locator.FilterOptions().setVisible(true))
                    .click();
            // The list closes with an animation; the next party's list must not meet this one still showing.
            assertThat(griffier.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setVisible(true)))
                    .hasCount(0);
        });
        button(griffier, "Stemming vastleggen").click();
        assertThat(griffier.locator("main .state")).hasText("Status: Aangenomen");
        assertThat(griffier.locator("main .vote").first()).containsText("Per fractie: 16 voor, 10 tegen. Aangenomen");
        checkAccessibility(griffier, "voted motion, griffier");
        griffier.locator("main")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Raadsvergadering")))
                .first()
                .click();
        assertThat(griffier.locator("main .agenda-items")).containsText(title);
        checkAccessibility(griffier, "meeting with the motion, griffier");

        // Sandra, who supported the proposal, sees the outcome on it and has been told.
        Page sandra = anotherBrowser(DESKTOP).newPage();
        keepEvidenceOf(sandra);
        logIn(sandra, RESIDENT);
        openProposalOf(sandra, RATINGS, CITED);
        Locator citing = sandra.locator("main .citing-motions");
        assertThat(citing).containsText("Moties die hiernaar verwijzen");
        assertThat(citing.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(title)))
                .containsText("Aangenomen");
        checkAccessibility(sandra, "proposal with the motion's outcome, Sandra");
        sandra.navigate("/meldingen");
        assertThat(sandra.locator("main")).containsText("De raad heeft de motie ‘" + title + "’ aangenomen");
        assertThat(sandra.locator("main")).containsText("is opgenomen in de ingediende motie ‘" + title + "’");
        checkAccessibility(sandra, "notifications, Sandra");

        // The value discussion's report lists the motion that grew from it, with the council's result.
        ReportSteps.demoReportPath(sandra, DISCUSSION);
        Locator fromReport = sandra.locator("main .citing-motions");
        assertThat(fromReport.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(title)))
                .containsText("Aangenomen");
        checkAccessibility(sandra, "discussion report with the motion, Sandra");

        // The agenda theme the motion belongs to shows it with the council's result.
        sandra.navigate("/agenda/3A.1");
        Locator themeMotions = sandra.locator("main section")
                .filter(new Locator.FilterOptions()
                        .setHas(sandra.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName("Moties").setExact(true))));
        assertThat(themeMotions.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(title)))
                .containsText("Aangenomen");
        assertThat(sandra.locator("main .theme-figures")).containsText("Moties aangenomen");
        checkAccessibility(sandra, "theme page with the motion, Sandra");

        // The motion as a PDF for the council's papers, named by the version shown.
        sandra.navigate(motionPath);
        Download pdf = sandra.waitForDownload(
                () -> sandra.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF downloaden"))
                        .click());
        Assertions.assertThat(pdf.suggestedFilename())
                .isEqualTo("motie-" + motionPath.substring(motionPath.lastIndexOf('/') + 1) + "-v1.pdf");
        // Its text is drawn in an embedded font (the backend's test reads it); the title is also its metadata.
        String bytes = Files.readString(pdf.path(), StandardCharsets.ISO_8859_1);
        Assertions.assertThat(bytes).startsWith("%PDF-").contains(title);

        // The motion alone, for the council's papers.
        sandra.navigate(motionPath + "/afdruk");
        assertThat(sandra.locator("h1")).hasText(title);
        checkAccessibility(sandra, "printable motion, Sandra");
    }

    /** Another person's browser, logged in, on the motion's page. */
    private Page signedIn(AccountSteps.Person person, String path, String title) {
        Page other = anotherBrowser(DESKTOP).newPage();
        keepEvidenceOf(other);
        logIn(other, person);
        other.navigate(path);
        assertThat(AccountSteps.heading(other)).hasText(title);
        return other;
    }

    @Test
    void a_visitor_reads_the_councils_meetings_and_motions_in_english() {
        open("/vergaderingen");
        page().locator(".site-header .language-switch").click();
        assertThat(heading()).hasText("Meetings");
        checkAccessibility("meetings, English");
        open("/moties");
        assertThat(heading()).hasText("Motions");
        page().locator("main")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(DEMO_MOTION))
                .click();
        assertThat(heading()).hasText(DEMO_MOTION);
        assertThat(page().locator("main .state")).hasText("Status: Adopted");
        assertThat(page().locator("main .motion-document")).containsText("and proceeds to the order of the day.");
        assertThat(page().locator("main .vote").first()).containsText("Per party: 19 for, 10 against. Adopted");
        checkAccessibility("adopted motion, English");
    }
}
