package nl.raadsplein.motion.ui;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.motion.Citation;
import nl.raadsplein.motion.CitationKind;
import nl.raadsplein.motion.FollowUpChange;
import nl.raadsplein.motion.FollowUpFilter;
import nl.raadsplein.motion.FollowUpService;
import nl.raadsplein.motion.FollowUpStatus;
import nl.raadsplein.motion.FollowUpSummary;
import nl.raadsplein.motion.MotionFixtures;
import nl.raadsplein.motion.MotionLifecycle;
import nl.raadsplein.motion.MotionService;
import nl.raadsplein.motion.VoteChoice;
import nl.raadsplein.motion.VoteMethod;
import nl.raadsplein.motion.VoteRecording;
import nl.raadsplein.motion.VoteService;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ui.ProposalView;
import nl.raadsplein.ui.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(MotionFixtures.class)
class MotionViewsTest extends UiTest {

    @Autowired
    MotionFixtures council;

    @Autowired
    ProposalFixtures people;

    @Autowired
    MotionService motions;

    @Autowired
    MotionLifecycle lifecycle;

    @Autowired
    VoteService votes;

    @Autowired
    ProposalService proposals;

    @Autowired
    FollowUpService followUps;

    /** The file name the page's PDF link downloads as. */
    private String pdfLink() {
        return $(Anchor.class).withText("PDF downloaden").single().getElement().getAttribute("download");
    }

    private void visitAnonymously() {
        cleanVaadinEnvironment();
        TestAccounts.signInAnonymously();
        initVaadinEnvironment();
    }

    /** A motion submitted by the first party's councillor and voted on per party. */
    private long voted(MotionFixtures.Council c, String title, VoteChoice first, VoteChoice second) {
        long id = as(c.councillors()[0], () -> {
            long motion = motions.draft(MotionFixtures.motion(title));
            lifecycle.submit(motion, c.itemId());
            return motion;
        });
        as(
                c.griffier(),
                () -> votes.record(new VoteRecording(
                        id, VoteMethod.PARTY, Map.of(c.parties()[0], first, c.parties()[1], second), null)));
        return id;
    }

    private List<String> items() {
        return $(ListItem.class).all().stream()
                .map(i -> i.getElement().getTextRecursively())
                .toList();
    }

    @Test
    void a_councillor_drafts_a_motion_in_the_councils_format_and_nothing_typed_is_lost_when_refused() {
        MotionFixtures.Council c = council.council(10, 9);
        signInAs(c.councillors()[0]);
        navigate(MotionEditorView.class);
        test($(TextField.class).withLabel("Titel").single()).setValue("Geen sterren voor buren");
        test($(TextArea.class).withLabel("Constaterende dat").single())
                .setValue("platforms inwoners beoordelen\nburen elkaar sterren geven");

        click("Concept opslaan");

        TextArea requests = $(TextArea.class).withLabel("Verzoekt het college").single();
        assertThat(requests.isInvalid()).isTrue();
        assertThat(requests.getErrorMessage())
                .isEqualTo("Schrijf minstens één verzoek aan het college (verzoekt het college).");
        assertThat($(TextField.class).withLabel("Titel").single().getValue()).isEqualTo("Geen sterren voor buren");

        test(requests).setValue("geen platforms te gebruiken die inwoners rangschikken");
        click("Concept opslaan");

        assertThat(heading()).isEqualTo("Geen sterren voor buren");
        assertThat(paragraphs())
                .contains(
                        "Status: Concept",
                        "constaterende dat",
                        "verzoekt het college",
                        "en gaat over tot de orde van de dag.");
        assertThat(items()).contains("platforms inwoners beoordelen", "buren elkaar sterren geven");
        assertThat(saysSomewhere("De raad van de gemeente IJssellanden, in vergadering bijeen op"))
                .isTrue();
    }

    @Test
    void the_griffier_records_a_party_vote_and_the_cited_proposal_shows_the_result() {
        MotionFixtures.Council c = council.council(10, 9);
        long proposal =
                people.proposalIn(Phase.SUPPORTS, ProposalFixtures.settings(50, 3, 30, false, false), proposals);
        long id = as(c.councillors()[0], () -> {
            long motion = motions.draft(
                    MotionFixtures.motion("Neem het voorstel over", new Citation(CitationKind.PROPOSAL, proposal)));
            lifecycle.submit(motion, c.itemId());
            return motion;
        });

        signInAs(c.griffier());
        navigate("moties/" + id, MotionView.class);
        @SuppressWarnings("unchecked")
        List<Select<VoteChoice>> choices = $(Select.class).all().stream()
                .filter(s -> s.getLabel() != null && s.getLabel().contains("zetels"))
                .map(s -> (Select<VoteChoice>) s)
                .toList();
        assertThat(choices).hasSize(2);
        choices.forEach(s -> test(s).selectItem(s.getLabel().contains("10 zetels") ? "Voor" : "Tegen"));
        click("Stemming vastleggen");

        assertThat(paragraphs()).contains("Status: Aangenomen");
        assertThat(saysSomewhere("Per fractie: 10 voor, 9 tegen. Aangenomen")).isTrue();

        visitAnonymously();
        navigate("voorstellen/" + proposal, ProposalView.class);
        assertThat($(CitingMotions.class).single().isVisible()).isTrue();
        assertThat(items())
                .anySatisfy(
                        i -> assertThat(i).contains("Neem het voorstel over").endsWith("Aangenomen"));
        assertThat(saysSomewhere("Opgenomen in motie " + id)).isTrue();
    }

    @Test
    void the_griffie_records_a_promise_and_its_progress_and_a_clash_keeps_what_was_typed() {
        MotionFixtures.Council c = council.council(10, 9);
        long id = voted(c, "Voer het uit", VoteChoice.FOR, VoteChoice.FOR);
        LocalDate due = LocalDate.now().plusMonths(2);

        signInAs(c.griffier());
        navigate("moties/" + id, MotionView.class);
        assertThat(saysSomewhere("Er zijn nog geen toezeggingen vastgelegd bij deze motie."))
                .isTrue();
        test($(TextArea.class).withLabel("Toezegging").single()).setValue("Een gedragscode opstellen");
        $(DatePicker.class).withLabel("Klaar uiterlijk").single().setValue(due);
        click("Toezegging vastleggen");

        TextField owner = $(TextField.class).withLabel("Uitvoering door").single();
        assertThat(owner.isInvalid()).isTrue();
        assertThat($(TextArea.class).withLabel("Toezegging").single().getValue())
                .isEqualTo("Een gedragscode opstellen");
        test(owner).setValue("Wethouder Digitalisering");
        click("Toezegging vastleggen");

        assertThat(saysSomewhere("Uitvoering: Wethouder Digitalisering")).isTrue();
        assertThat(saysSomewhere("Stand: Open")).isTrue();
        long followUpId = followUps.forMotion(id).getFirst().id();

        as(c.griffier(), () -> {
            followUps.update(new FollowUpChange(followUpId, 0, FollowUpStatus.IN_PROGRESS, due, "Begonnen"));
            return null;
        });
        test($(TextArea.class).withLabel("Toelichting voor inwoners").single()).setValue("Klaar, zie de brief");
        @SuppressWarnings("unchecked")
        Select<FollowUpStatus> status =
                $(Select.class).withLabel("Nieuwe stand").single();
        test(status).selectItem("Uitgevoerd");
        click("Stand bijwerken");

        TextArea note = $(TextArea.class).withLabel("Toelichting voor inwoners").single();
        assertThat(note.getValue()).isEqualTo("Klaar, zie de brief");
        assertThat(note.getErrorMessage()).startsWith("Iemand anders heeft deze toezegging intussen bijgewerkt.");
        assertThat(saysSomewhere("Stand: In uitvoering")).isTrue();
        click("Stand bijwerken");

        assertThat(saysSomewhere("Stand: Uitgevoerd")).isTrue();

        visitAnonymously();
        navigate("moties/opvolging", FollowUpsView.class);
        @SuppressWarnings("unchecked")
        Select<FollowUpFilter> filter = $(Select.class).withLabel("Tonen").single();
        test(filter).selectItem("Uitgevoerd");
        @SuppressWarnings("unchecked")
        Grid<FollowUpSummary> grid = $(Grid.class).single();
        var rows = test(grid);
        assertThat(java.util.stream.IntStream.range(0, rows.size()).mapToObj(rows::getRow))
                .anySatisfy(f -> assertThat(f.id()).isEqualTo(followUpId));
    }

    @Test
    void a_tie_is_shown_as_rejected_with_the_rule_and_the_print_page_has_the_text_alone() {
        MotionFixtures.Council c = council.council(5, 5);
        long id = voted(c, "Staking van stemmen", VoteChoice.FOR, VoteChoice.AGAINST);

        visitAnonymously();
        navigate("moties/" + id, MotionView.class);
        assertThat(paragraphs()).contains("Status: Verworpen (de stemmen staakten)");
        assertThat(saysSomewhere("bij staking van stemmen niet aangenomen")).isTrue();
        assertThat($(RouterLink.class).withText("Afdrukversie").single().getHref())
                .isEqualTo("moties/" + id + "/afdruk");
        assertThat(pdfLink()).isEqualTo("motie-" + id + "-v1.pdf");

        navigate("moties/" + id + "/afdruk", MotionPrintView.class);
        assertThat(heading()).isEqualTo("Staking van stemmen");
        assertThat(pdfLink()).isEqualTo("motie-" + id + "-v1.pdf");
        assertThat($(RouterLink.class).withText("Vergaderingen").exists()).isFalse();

        navigate("vergaderingen/" + c.meetingId(), MeetingView.class);
        assertThat(items()).anySatisfy(i -> assertThat(i).contains("Staking van stemmen"));
        assertThat($(TextField.class).withLabel("Nieuw agendapunt").exists()).isFalse();
    }

    @Test
    void a_draft_is_not_found_for_a_visitor_and_the_editor_is_for_councillors() {
        MotionFixtures.Council c = council.council(5, 4);
        long id = as(c.councillors()[0], () -> motions.draft(MotionFixtures.motion("Nog geheim")));

        visitAnonymously();
        navigate(MotionsView.class);
        assertThat(items()).noneSatisfy(i -> assertThat(i).contains("Nog geheim"));
        assertThat($(RouterLink.class).withText("Nieuwe motie schrijven").exists())
                .isFalse();
        navigate("moties/" + id, com.vaadin.flow.component.Component.class);
        assertThat(heading()).isEqualTo("Pagina niet gevonden");
        navigate("moties/" + id + "/afdruk", com.vaadin.flow.component.Component.class);
        assertThat(heading()).isEqualTo("Pagina niet gevonden");
    }

    @Test
    void a_meeting_the_service_refuses_shows_the_refusal_on_its_field_and_keeps_what_was_typed() {
        MotionFixtures.Council c = council.council(5, 4);
        signInAs(c.griffier());
        navigate(MeetingsView.class);
        TextField title =
                $(TextField.class).withLabel("Naam van de vergadering").single();
        DateTimePicker startsAt =
                $(DateTimePicker.class).withLabel("Datum en tijd").single();
        test($(TextField.class).withLabel("Plaats").single()).setValue("Raadzaal");
        click("Vergadering plannen");

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(startsAt.isInvalid()).isFalse();

        test(title).setValue("Extra raadsvergadering");
        click("Vergadering plannen");
        assertThat(title.isInvalid()).isFalse();
        assertThat(startsAt.isInvalid()).isTrue();
        assertThat(startsAt.getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat($(TextField.class).withLabel("Plaats").single().getValue()).isEqualTo("Raadzaal");
        assertThat(getCurrentView()).isInstanceOf(MeetingsView.class);
    }

    @Test
    void an_agenda_item_without_a_title_is_refused_on_the_title() {
        MotionFixtures.Council c = council.council(5, 4);
        signInAs(c.griffier());
        navigate("vergaderingen/" + c.meetingId(), MeetingView.class);
        click("Agendapunt toevoegen");

        TextField title = $(TextField.class).withLabel("Nieuw agendapunt").single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Vul dit veld in.");
    }

    @Test
    void a_vote_correction_without_a_reason_is_refused_on_the_reason() {
        MotionFixtures.Council c = council.council(10, 9);
        long id = voted(c, "Tel opnieuw", VoteChoice.FOR, VoteChoice.AGAINST);
        signInAs(c.griffier());
        navigate("moties/" + id, MotionView.class);
        click("Correctie vastleggen");

        TextArea reason = $(TextArea.class).withLabel("Reden van de correctie").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(saysSomewhere("Per fractie: 10 voor, 9 tegen. Aangenomen")).isTrue();
    }
}
