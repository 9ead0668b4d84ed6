package nl.raadsplein.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.raadsplein.e2e.AccountSteps.ADMINISTRATOR;
import static nl.raadsplein.e2e.AccountSteps.GRIFFIER;
import static nl.raadsplein.e2e.AccountSteps.RESIDENT;
import static nl.raadsplein.e2e.AccountSteps.literal;
import static nl.raadsplein.e2e.AccountSteps.logIn;
import static nl.raadsplein.e2e.AccountSteps.registeredAndConfirmed;
import static nl.raadsplein.e2e.ParticipationSteps.AHMED;
import static nl.raadsplein.e2e.ParticipationSteps.DATA_LEAKS;
import static nl.raadsplein.e2e.ParticipationSteps.DEMOCRACY;
import static nl.raadsplein.e2e.ParticipationSteps.FATMA;
import static nl.raadsplein.e2e.ParticipationSteps.HANZEHOF;
import static nl.raadsplein.e2e.ParticipationSteps.MASTS;
import static nl.raadsplein.e2e.ParticipationSteps.RATINGS;
import static nl.raadsplein.e2e.ParticipationSteps.bell;
import static nl.raadsplein.e2e.ParticipationSteps.bellName;
import static nl.raadsplein.e2e.ParticipationSteps.button;
import static nl.raadsplein.e2e.ParticipationSteps.commentCounts;
import static nl.raadsplein.e2e.ParticipationSteps.commentCountsText;
import static nl.raadsplein.e2e.ParticipationSteps.notice;
import static nl.raadsplein.e2e.ParticipationSteps.openProposalOf;
import static nl.raadsplein.e2e.ParticipationSteps.proposalId;
import static nl.raadsplein.e2e.ParticipationSteps.saveConsultation;
import static nl.raadsplein.e2e.ParticipationSteps.similarSection;
import static nl.raadsplein.e2e.ParticipationSteps.submitProposal;
import static nl.raadsplein.e2e.ParticipationSteps.submitted;
import static nl.raadsplein.e2e.ParticipationSteps.support;
import static nl.raadsplein.e2e.ParticipationSteps.supportButton;
import static nl.raadsplein.e2e.ParticipationSteps.supportCount;
import static nl.raadsplein.e2e.ParticipationSteps.supportText;
import static nl.raadsplein.e2e.ParticipationSteps.supportWithADoubleClick;
import static nl.raadsplein.e2e.ParticipationSteps.supports;
import static nl.raadsplein.e2e.ParticipationSteps.textbox;
import static nl.raadsplein.e2e.ParticipationSteps.threshold;
import static nl.raadsplein.e2e.ParticipationSteps.unread;
import static nl.raadsplein.e2e.ParticipationSteps.writeProposal;
import static nl.raadsplein.e2e.SharedDemoData.Resource.ADMINISTRATOR_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.AUDIT_TRAIL;
import static nl.raadsplein.e2e.SharedDemoData.Resource.FATMA_BELL;
import static nl.raadsplein.e2e.SharedDemoData.Resource.GRIFFIER_ACCOUNT;
import static nl.raadsplein.e2e.SharedDemoData.Resource.RESIDENT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import nl.raadsplein.e2e.AccountSteps.Person;
import nl.raadsplein.e2e.ParticipationSteps.NewConsultation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The participation loop (J1, J2, J5, J7): the griffier sets up a consultation; residents support, submit and
 * follow proposals and hear when one goes to the council; an organisation argues against a proposal; the griffie
 * supports on behalf of a resident who is not online; a resident verifies that she lives in the municipality;
 * hostile text stays text. Each test makes the data it changes counts of, or reads the counts before it acts.
 */
// Counts Fatma's bell exactly; the supports and comments it counts are on items no other journey touches;
// residency and supports on behalf are audited.
@SharedDemoData.Uses(
        exclusive = FATMA_BELL,
        shared = {ADMINISTRATOR_ACCOUNT, GRIFFIER_ACCOUNT, RESIDENT_ACCOUNT, AUDIT_TRAIL})
class ParticipationJourneyTest extends Journey {

    private final List<String> accessibilityViolations = new CopyOnWriteArrayList<>();

    @Test
    void griffier_sets_up_a_consultation_open_for_proposals_that_shows_in_the_list_and_on_the_agenda_theme() {
        logIn(page(), GRIFFIER);
        page().locator("nav")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nieuwe raadpleging"))
                .click();
        assertThat(page()).hasURL(Pattern.compile("/beheer/raadplegingen/bewerken/?$"));
        assertThat(heading()).hasText("Nieuwe raadpleging");
        accessible("consultation editor, new, griffier, desktop");

        NewConsultation consultation = new NewConsultation(
                "Algoritmes in de wijk " + ParticipationSteps.mark(),
                "De gemeente wil slimme camera's en algoritmes gebruiken. Wat vindt u daarvan?",
                """
                        ## Waarom wij het u vragen

                        Algoritmes helpen de gemeente, maar kunnen ook **fouten** maken.

                        - Dien een voorstel in.
                        - Steun voorstellen van anderen.
                        """,
                "3A.1",
                DEMOCRACY,
                "Algoritmen en geautomatiseerde besluiten",
                2,
                false);
        String path = saveConsultation(page(), consultation);

        assertThat(notice(page(), "De raadpleging is opgeslagen.")).isVisible();
        Locator main = page().locator("main");
        assertThat(main.locator(".badge")).hasText("Voorstellen indienen");
        assertThat(main.locator(".timeline li[aria-current=step]"))
                .hasText(Pattern.compile("^Voorstellen indienen: vanaf .+ \\(nu\\)$"));
        // The Markdown is rendered: a heading, bold text and a list, no markup characters.
        assertThat(main.getByRole(
                        AriaRole.HEADING,
                        new Locator.GetByRoleOptions()
                                .setName("Waarom wij het u vragen")
                                .setLevel(2)))
                .isVisible();
        assertThat(main.locator("strong")).hasText("fouten");
        assertThat(main.getByRole(AriaRole.LISTITEM)
                        .filter(new Locator.FilterOptions().setHasText("Dien een voorstel in.")))
                .hasCount(1);
        assertThat(main).not().containsText("##");
        assertThat(main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(DEMOCRACY)))
                .isVisible();
        assertThat(main).containsText("Algoritmen en geautomatiseerde besluiten");
        assertThat(main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Voorstel indienen")))
                .isVisible();
        accessible("consultation page, new, griffier, desktop");

        page().locator("nav")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Raadplegingen").setExact(true))
                .click();
        assertThat(heading()).hasText("Raadplegingen");
        Locator card = main.locator(".card")
                .filter(new Locator.FilterOptions()
                        .setHas(page().getByRole(
                                        AriaRole.LINK,
                                        new Page.GetByRoleOptions()
                                                .setName(consultation.title())
                                                .setExact(true))));
        assertThat(card).hasCount(1);
        assertThat(card.locator(".badge")).hasText("Voorstellen indienen");
        assertThat(card.getByRole(AriaRole.LINK)).hasAttribute("href", path.substring(1));
        accessible("consultations, griffier, desktop");

        page().navigate(path);
        main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(DEMOCRACY))
                .click();
        assertThat(page()).hasURL(app().url("/agenda/3A.1"));
        assertThat(heading()).hasText(DEMOCRACY);
        Locator linked = main.getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions()
                        .setHas(page().getByRole(
                                        AriaRole.LINK, new Page.GetByRoleOptions().setName(consultation.title()))));
        assertThat(linked).hasText(consultation.title() + " (Voorstellen indienen)");
        accessible("theme 3A.1, griffier, desktop");
        noAccessibilityViolations();
    }

    @Test
    void
            resident_on_a_phone_supports_a_proposal_submits_her_own_despite_a_similar_one_follows_it_and_hears_it_goes_to_the_council() {
        on(PHONE);
        String mark = ParticipationSteps.mark();

        // The griffier has set up a consultation with a threshold of 2; Ahmed has put two proposals in it.
        Page griffier = anotherBrowser(DESKTOP).newPage();
        logIn(griffier, GRIFFIER);
        griffier.navigate("/beheer/raadplegingen/bewerken/");
        String consultationTitle = "Apps van de gemeente en uw gegevens " + mark;
        String consultation = saveConsultation(
                griffier,
                new NewConsultation(
                        consultationTitle,
                        "De gemeente werkt met apps voor parkeren en afval. Wat mag zij met uw gegevens doen?",
                        "## Waar gaat het over\n\nApps van de gemeente verzamelen gegevens.",
                        "3A.2",
                        "3A.2 Impact van de informatiesamenleving op de rechtsstaat",
                        "Persoonsgegevens en privacy",
                        2,
                        false));
        Page ahmed = anotherBrowser(DESKTOP).newPage();
        logIn(ahmed, AHMED);
        String paperTitle = "Papieren formulieren blijven bestaan " + mark;
        String paper = submitProposal(
                ahmed,
                consultation,
                paperTitle,
                "Niet iedereen heeft een smartphone. Houd formulieren op papier beschikbaar bij het loket.",
                "Digitale inclusie",
                "Digitale inclusie en vaardigheden");
        String sharingTitle = "Toon welke gegevens worden gedeeld " + mark;
        submitProposal(
                ahmed,
                consultation,
                sharingTitle,
                "De gemeente moet laten zien welke gegevens zij deelt met de bedrijven achter haar apps.",
                "Persoonsgegevens",
                "Persoonsgegevens en privacy");

        // Fatma, on her phone, logs in and opens the consultation.
        logIn(page(), FATMA);
        int unreadBefore = unread(page());
        accessible("agenda, Fatma, phone");
        page().navigate(consultation);
        assertThat(heading()).hasText(consultationTitle);
        accessible("consultation page, Fatma, phone");

        // She supports Ahmed's proposal on paper forms, with a double click.
        page().locator("main .consultation-proposals")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(paperTitle).setExact(true))
                .click();
        assertThat(page()).hasURL(app().url(paper));
        assertThat(supportCount(page())).hasText(supportText(0, 2));
        accessible("proposal page, before supporting, Fatma, phone");
        supportWithADoubleClick(page());
        assertThat(supportCount(page())).hasText(supportText(1, 2));
        accessible("proposal page, supported, Fatma, phone");

        // She writes her own; the check shows Ahmed's proposal on sharing data as alike.
        page().locator("main")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Raadpleging: " + consultationTitle))
                .click();
        assertThat(heading()).hasText(consultationTitle);
        page().locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName("Voorstel indienen")
                                .setExact(true))
                .click();
        assertThat(page()).hasURL(app().url(consultation + "/voorstel-indienen"));
        assertThat(heading()).hasText("Voorstel indienen");
        accessible("submit proposal, Fatma, phone");
        String title = "Laat zien met wie de gemeente mijn gegevens deelt " + mark;
        writeProposal(
                page(),
                title,
                "Ik wil in de app kunnen zien welke gegevens de gemeente over mij deelt, met wie en waarom.",
                "Persoonsgegevens",
                "Persoonsgegevens en privacy");
        Locator alike = similarSection(page())
                .locator("li")
                .filter(new Locator.FilterOptions()
                        .setHas(page().getByRole(
                                        AriaRole.LINK,
                                        new Page.GetByRoleOptions()
                                                .setName(sharingTitle)
                                                .setExact(true))));
        assertThat(alike).hasCount(1);
        assertThat(alike.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Steun dit voorstel")))
                .isVisible();
        accessible("submit proposal, similar proposals shown, Fatma, phone");
        similarSection(page())
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Toch indienen").setExact(true))
                .click();

        String mine = submitted(page(), title);
        assertThat(page().locator("main .byline")).hasText("Door " + FATMA.name());
        assertThat(supportCount(page())).hasText(supportText(0, 2));
        // The author follows her proposal from the start; she can stop and start again.
        Locator follow = page().locator("main .follow");
        assertThat(follow).hasText("Niet meer volgen");
        follow.click();
        assertThat(follow).hasText("Volgen");
        assertThat(notice(page(), "U volgt dit voorstel niet meer.")).isVisible();
        follow.click();
        assertThat(follow).hasText("Niet meer volgen");
        assertThat(notice(page(), "U volgt dit voorstel. U krijgt bericht als er iets verandert."))
                .isVisible();
        accessible("own proposal, submitted and followed, Fatma, phone");

        // While her page stays open, Sandra supports it: Fatma's count changes without a reload.
        page().evaluate("() => { window.raadspleinSamePage = true; }");
        Page sandra = anotherBrowser(DESKTOP).newPage();
        logIn(sandra, RESIDENT);
        sandra.navigate(mine);
        assertThat(AccountSteps.heading(sandra)).hasText(title);
        accessible(sandra, "Fatma's proposal, Sandra, desktop");
        support(sandra);
        assertThat(supportCount(page())).hasText(supportText(1, 2));
        assertThat(bell(page())).hasAttribute("aria-label", bellName(unreadBefore));

        // Ahmed's support reaches the threshold: her count and her bell change, still without a reload.
        ahmed.navigate(mine);
        assertThat(AccountSteps.heading(ahmed)).hasText(title);
        support(ahmed);
        assertThat(supportCount(ahmed)).hasText(supportText(2, 2));
        accessible(ahmed, "Fatma's proposal, supported, Ahmed, desktop");
        assertThat(supportCount(page())).hasText(supportText(2, 2));
        assertThat(bell(page())).hasAttribute("aria-label", bellName(unreadBefore + 1));
        assertThat((Boolean) page().evaluate("() => window.raadspleinSamePage === true"))
                .as("Fatma's page was not reloaded")
                .isTrue();
        accessible("own proposal, threshold reached, Fatma, phone");

        // The bell leads to the notification.
        bell(page()).click();
        assertThat(page()).hasURL(app().url("/meldingen"));
        assertThat(heading()).hasText("Meldingen");
        String news = "Het voorstel ‘" + title + "’ heeft genoeg steun en gaat naar de raad";
        Locator row = page().getByRole(
                        AriaRole.ROW,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^" + literal(news) + " .* Ongelezen$")));
        assertThat(row).hasCount(1);
        accessible("notifications, Fatma, phone");
        // The grid's cells are slotted into its shadow rows: the link is found on the page, not in the row.
        page().locator("main")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(news))
                .click();
        assertThat(page()).hasURL(app().url(mine));
        assertThat(heading()).hasText(title);
        assertThat(page().locator("main .state")).hasText("Status: Naar de raad");
        assertThat(bell(page())).hasAttribute("aria-label", bellName(unreadBefore));
        accessible("own proposal, for the council, Fatma, phone");
        noAccessibilityViolations();
    }

    @Test
    void member_of_a_verified_organisation_argues_against_a_proposal_on_its_behalf() {
        logIn(page(), AHMED);
        openProposalOf(page(), RATINGS, "Geen sterren meer voor privépersonen");
        int[] before = commentCounts(page());
        accessible("proposal page, Ahmed, desktop");

        Locator form = page().locator("main .comment-form");
        form.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName("Tegen").setExact(true))
                .check();
        String text = "Een verbod raakt ook de oppassers die het goed doen. Wij zijn voor een gedragscode. "
                + ParticipationSteps.mark();
        form.getByRole(
                        AriaRole.TEXTBOX,
                        new Locator.GetByRoleOptions().setName("Uw reactie").setExact(true))
                .fill(text);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Plaatsen als")))
                .click();
        page().getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(HANZEHOF))
                .click();
        assertThat(form.getByRole(
                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Plaatsen als"))))
                .hasText(HANZEHOF);
        assertThat(page().getByRole(AriaRole.LISTBOX)).hasCount(0);
        accessible("comment form filled in, Ahmed, desktop");
        form.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Plaatsen").setExact(true))
                .click();

        assertThat(notice(page(), "Uw reactie is geplaatst.")).isVisible();
        assertThat(page().locator("main .comment-counts"))
                .hasText(commentCountsText(before[0], before[1] + 1, before[2] + 1));
        Locator comment = page().locator("main li.comment")
                .filter(new Locator.FilterOptions()
                        .setHas(page().locator(".comment-body").filter(new Locator.FilterOptions().setHasText(text))));
        assertThat(comment).hasCount(1);
        Locator byline = comment.locator(".meta").first();
        assertThat(byline.locator(".byline"))
                .hasText(Pattern.compile(
                        "^Door " + literal(AHMED.name()) + " namens " + literal(HANZEHOF) + "\\s*geverifieerd$"));
        assertThat(byline.locator(".verified")).hasText("geverifieerd");
        assertThat(byline.locator(".alignment")).hasText("Tegen");
        accessible("proposal page, commented on behalf of an organisation, Ahmed, desktop");
        noAccessibilityViolations();
    }

    @Test
    void griffier_supports_a_proposal_by_number_for_a_resident_who_phoned_in() {
        logIn(page(), GRIFFIER);
        openProposalOf(page(), MASTS, "Een kaart met alle antennes");
        String proposal = URI.create(page().url()).getPath();
        int before = supports(page());
        int threshold = threshold(page());

        page().locator("nav")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Namens een inwoner"))
                .click();
        assertThat(page()).hasURL(app().url("/beheer/namens-inwoner"));
        assertThat(heading()).hasText("Namens een inwoner");
        accessible("on behalf of a resident, griffier, desktop");

        // A census line that no demo account uses: a resident without an account.
        textbox(page(), "Postcode").fill("8265 GH");
        textbox(page(), "Huisnummer").fill("1");
        typeDateOfBirth(LocalDate.of(1995, 11, 30), false);
        textbox(page(), "Naam").fill("Willem de Boer");
        page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hoe kwam het verzoek binnen?"))
                .click();
        page().getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("Telefoon").setExact(true))
                .click();
        button(page(), "Inwoner opzoeken").click();
        assertThat(page().locator("main .confirmation").first())
                .hasText("Inwoner gevonden: Willem de Boer. Kanaal: Telefoon.");
        accessible("on behalf of a resident, resident found, griffier, desktop");

        textbox(page(), "Of: voorstelnummer").fill(Long.toString(proposalId(proposal)));
        button(page(), "Steun namens deze inwoner").click();
        Locator result = page().locator("main .confirmation")
                .filter(new Locator.FilterOptions().setHasText("De steun van Willem de Boer"));
        assertThat(result)
                .containsText("De steun van Willem de Boer voor ‘Een kaart met alle antennes’ is "
                        + "geregistreerd, binnengekomen via telefoon. Het voorstel heeft nu " + (before + 1) + " van "
                        + threshold + " steunbetuigingen.");
        accessible("on behalf of a resident, supported, griffier, desktop");

        result.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Voorstel bekijken"))
                .click();
        assertThat(page()).hasURL(app().url(proposal));
        assertThat(supportCount(page())).hasText(supportText(before + 1, threshold));
        // A support on behalf counts like any other; only proposals entered by the griffie say so.
        assertThat(page().locator("main")).not().containsText("Ingediend door de griffie");
        accessible("proposal page after a support on behalf, griffier, desktop");
        noAccessibilityViolations();
    }

    @Test
    void resident_verifies_with_census_data_after_a_wrong_try_and_may_then_support_where_verification_is_required() {
        on(PHONE);
        Page administrator = anotherBrowser(DESKTOP).newPage();
        logIn(administrator, ADMINISTRATOR);
        Person noor = registeredAndConfirmed(page(), administrator, "Noor Bakker");
        logIn(page(), noor);

        openProposalOf(page(), DATA_LEAKS, "Een overzicht van wie mijn gegevens krijgt");
        String proposal = URI.create(page().url()).getPath();
        int before = supports(page());
        int threshold = threshold(page());
        String mustVerify = "Om te steunen moet eerst worden bevestigd dat u in de gemeente woont.";
        assertThat(supportButton(page(), "Steunen")).isDisabled();
        assertThat(page().locator("main .support .hint")).containsText(mustVerify);
        accessible("proposal needing verification, not verified, phone");

        page().locator("main .support")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bevestig dat u in de gemeente woont"))
                .click();
        assertThat(page()).hasURL(app().url("/account/verifieren"));
        assertThat(heading()).hasText("Verifiëren als inwoner");
        accessible("verify residency, phone");

        // A wrong date of birth: not found, and nothing changes.
        fillInCensusData("8264 EF", "33", LocalDate.of(1950, 8, 9));
        button(page(), "Verifiëren").click();
        assertThat(page().locator("main")).containsText("Wij kunnen u met deze gegevens niet vinden.");
        assertThat(page().locator("main .residency-verified")).hasCount(0);
        accessible("verify residency, no match, phone");
        page().navigate(proposal);
        assertThat(supportCount(page())).hasText(supportText(before, threshold));
        assertThat(supportButton(page(), "Steunen")).isDisabled();
        assertThat(page().locator("main .support .hint")).containsText(mustVerify);

        // The right combination: verified.
        page().navigate("/account/verifieren");
        assertThat(heading()).hasText("Verifiëren als inwoner");
        fillInCensusData("8264 EF", "33", LocalDate.of(1950, 8, 8));
        button(page(), "Verifiëren").click();
        assertThat(page().locator("main").getByRole(AriaRole.STATUS)).hasText("U bent geverifieerd als inwoner.");
        accessible("verify residency, verified, phone");

        // Now her support counts where verification is required.
        page().navigate(proposal);
        assertThat(supportButton(page(), "Steunen")).isEnabled();
        support(page());
        assertThat(supportCount(page())).hasText(supportText(before + 1, threshold));
        accessible("proposal needing verification, supported, phone");
        noAccessibilityViolations();
    }

    @Test
    void script_in_a_proposal_title_and_markup_in_a_comment_are_shown_as_text_and_never_run() {
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page().onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        logIn(page(), RESIDENT);
        String consultation = consultationPath(RATINGS);

        String title = "<script>alert(1)</script>";
        String proposal = submitProposal(
                page(),
                consultation,
                title,
                "Een voorstel met opmaak die niet mag werken: <img src=x onerror=alert(2)> en <b>vet</b>. "
                        + ParticipationSteps.mark(),
                "Beoordelings",
                "Beoordelings- en deelplatforms");
        assertThat(heading()).hasText(title);
        assertThat(page()).hasTitle(title + " | Raadsplein");
        assertThat(page().locator("main script")).hasCount(0);
        assertThat(page().locator("img[src='x']")).hasCount(0);
        accessible("proposal with a script as its title, desktop");

        Locator form = page().locator("main .comment-form");
        form.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName("Neutraal").setExact(true))
                .check();
        String comment = "\"><img src=x onerror=alert(1)>";
        form.getByRole(
                        AriaRole.TEXTBOX,
                        new Locator.GetByRoleOptions().setName("Uw reactie").setExact(true))
                .fill(comment);
        form.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Plaatsen").setExact(true))
                .click();
        assertThat(notice(page(), "Uw reactie is geplaatst.")).isVisible();
        assertThat(page().locator("main .comment-body")).hasText(new String[] {comment});
        assertThat(page().locator("img[src='x']")).hasCount(0);
        accessible("proposal with a hostile comment, desktop");

        // Where others meet the title: the consultation's list of proposals.
        page().navigate(consultation);
        assertThat(page().locator("main .consultation-proposals")
                        .getByRole(
                                AriaRole.LINK,
                                new Locator.GetByRoleOptions().setName(title).setExact(true)))
                .hasAttribute("href", proposal.substring(1));
        assertThat(page().locator("main script")).hasCount(0);
        page().navigate(proposal);
        assertThat(heading()).hasText(title);
        assertThat(page().locator("main .comment-body")).hasText(new String[] {comment});
        assertThat(dialogs).as("dialogs opened by the page").isEmpty();
        noAccessibilityViolations();
    }

    /**
     * Runs axe on the page as it is now and notes any violation; the journey goes on, so that one violation does
     * not hide what the rest of it would show. It fails on them at its end ({@link #noAccessibilityViolations()}),
     * or, when it failed earlier, after it.
     */
    private void accessible(String pageName) {
        accessible(page(), pageName);
    }

    private void accessible(Page page, String pageName) {
        List<Axe.Violation> violations = Axe.violations(page);
        if (!violations.isEmpty()) {
            accessibilityViolations.add(Axe.describe(pageName, page.url(), violations));
        }
    }

    /** The last step of each journey: no page it visited had an accessibility violation. */
    private void noAccessibilityViolations() {
        List<String> noted = List.copyOf(accessibilityViolations);
        accessibilityViolations.clear();
        assertThat(noted)
                .as("accessibility violations on the pages this journey visited")
                .isEmpty();
    }

    @AfterEach
    void no_accessibility_violation_was_noted_by_a_journey_that_failed_before_its_end() {
        noAccessibilityViolations();
    }

    /** The path of a consultation, found through the list as a resident does. */
    private String consultationPath(String title) {
        page().navigate("/raadplegingen");
        assertThat(heading()).hasText("Raadplegingen");
        page().locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(title).setExact(true))
                .click();
        assertThat(heading()).hasText(title);
        return URI.create(page().url()).getPath();
    }

    /** On the verification page, on a phone. */
    private void fillInCensusData(String postcode, String houseNumber, LocalDate dateOfBirth) {
        textbox(page(), "Postcode").fill(postcode);
        textbox(page(), "Huisnummer").fill(houseNumber);
        typeDateOfBirth(dateOfBirth, true);
    }

    /**
     * Types a date of birth as dd-MM-yyyy into the date picker. On a desktop Enter takes it. On a phone the picker
     * covers the screen with its calendar as soon as the field is touched, at the typed date; the resident taps
     * that date. Either way the field then shows the date as typed.
     */
    private void typeDateOfBirth(LocalDate date, boolean phone) {
        String text = date.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        Locator born = page().getByLabel("Geboortedatum", new Page.GetByLabelOptions().setExact(true));
        born.fill(text);
        if (phone) {
            String day = date.getDayOfMonth() + " "
                    + date.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl")) + " "
                    + date.getYear();
            Locator cell = page().getByRole(
                            AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName(Pattern.compile("^" + day + "\\b")));
            Locator calendar = page().locator("vaadin-date-picker-overlay[opened]");
            // On a busy machine the calendar may still be scrolling to the date when it is tapped, and the tap is
            // lost; a resident would tap again.
            for (int tap = 1; tap <= 3; tap++) {
                cell.click();
                try {
                    calendar.waitFor(new Locator.WaitForOptions()
                            .setState(WaitForSelectorState.HIDDEN)
                            .setTimeout(3_000));
                    break;
                } catch (TimeoutError stillOpen) {
                    if (tap == 3) {
                        throw stillOpen;
                    }
                }
            }
        } else {
            born.press("Enter");
        }
        assertThat(page().getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Geboortedatum")))
                .hasValue(text);
    }
}
