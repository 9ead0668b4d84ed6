package nl.raadsplein.deliberation.ui;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.agenda.ui.ThemeView;
import nl.raadsplein.deliberation.DiscussionDraft;
import nl.raadsplein.deliberation.DiscussionService;
import nl.raadsplein.deliberation.Eligibility;
import nl.raadsplein.deliberation.FramingService;
import nl.raadsplein.deliberation.StatementView;
import nl.raadsplein.deliberation.Tradeoff;
import nl.raadsplein.deliberation.VotingService;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.ModerationQueueService;
import nl.raadsplein.moderation.ReportReason;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.ui.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeliberationViewTest extends UiTest {

    @Autowired
    FramingService framing;

    @Autowired
    DiscussionService discussions;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    Clock clock;

    @Autowired
    VotingService voting;

    @Autowired
    ModerationQueueService moderationQueue;

    private long published(String question) {
        AccountPrincipal griffier = fixtures.account(Role.GRIFFIER);
        return as(griffier, () -> {
            long id = framing.create(draft(question));
            framing.publish(id);
            return id;
        });
    }

    private DiscussionDraft draft(String question) {
        return new DiscussionDraft(
                question,
                "Platforms laten mensen elkaar **beoordelen**.",
                List.of("3A.1"),
                null,
                List.of("privacy", "neighbourliness"),
                List.of(new Tradeoff(
                        "neighbourliness", "privacy", "Sterren helpen buren, maar iedereen wordt bekeken.")),
                List.of(
                        "Sterren voor schoonmakers zijn eerlijk",
                        "Een platform mag geen lijst van slechte buren maken",
                        "Ik lees beoordelingen voordat ik iemand inhuur",
                        "Wie een slechte score krijgt, moet kunnen reageren",
                        "De gemeente moet hier regels voor maken"),
                clock.instant().minus(Duration.ofHours(1)),
                clock.instant().plus(Duration.ofDays(10)),
                true,
                false,
                Eligibility.LOGGED_IN);
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<String> multi(String label) {
        return $(MultiSelectComboBox.class).withLabel(label).single();
    }

    @Test
    void a_councillor_frames_a_draft_offers_it_and_a_griffier_approves_it_from_the_overview() {
        AccountPrincipal francis = signInAs(Role.COUNCILLOR);
        navigate("waardendiscussies/nieuw", FramingView.class);
        assertThat(heading()).isEqualTo("Nieuwe waardendiscussie");
        test($(TextField.class).withLabel("Vraag").single()).setValue("Buren beoordelen: wat willen we?");
        test($(TextArea.class).withLabel("Achtergrond (Markdown)").single()).setValue("Over **sterren** voor buren.");
        multi("Thema’s van de agenda").setValue(Set.of("3A.2"));
        multi("Publieke waarden (minstens twee)").setValue(Set.of("privacy", "autonomy"));
        test($(TextArea.class)
                        .withLabel("Stellingen om mee te beginnen, één per regel")
                        .single())
                .setValue("Een\nTwee\nDrie\nVier");
        click("Opslaan als concept");
        assertThat(saysSomewhere("Beschrijf minstens één afweging")).isTrue();

        test($(TextField.class)
                        .withLabel("Autonomie tegenover Privacy: de afweging in één zin")
                        .single())
                .setValue("Wie zelf kiest, geeft soms privacy op.");
        click("Opslaan als concept");
        TextArea seeds = $(TextArea.class)
                .withLabel("Stellingen om mee te beginnen, één per regel")
                .single();
        assertThat(seeds.isInvalid()).isTrue();
        assertThat(seeds.getErrorMessage()).isEqualTo("Geef minstens 5 stellingen om mee te beginnen.");
        assertThat($(TextField.class).withLabel("Vraag").single().getValue())
                .isEqualTo("Buren beoordelen: wat willen we?");

        test(seeds).setValue("Een stelling\nTwee stellingen\nDrie stellingen\nVier stellingen\nVijf stellingen");
        click("Opslaan als concept");
        assertThat(heading()).isEqualTo("Buren beoordelen: wat willen we?");
        assertThat(saysSomewhere("Concept (alleen zichtbaar voor u en de griffie)"))
                .isTrue();
        long id = discussions.mineUnpublished(10).getFirst().id();
        click("Aanbieden aan de griffie");
        assertThat(saysSomewhere("Aangeboden aan de griffie")).isTrue();
        assertThat(francis).isNotNull();

        signInAs(Role.GRIFFIER);
        navigate("beheer/waardendiscussies", OfferedDiscussionsView.class);
        assertThat($(RouterLink.class)
                        .withText("Buren beoordelen: wat willen we?")
                        .single()
                        .getHref())
                .isEqualTo("waardendiscussies/" + id);
        navigate("waardendiscussies/" + id, DiscussionView.class);
        click("Goedkeuren en publiceren");
        assertThat(saysSomewhere("Open")).isTrue();
    }

    @Test
    void a_resident_answers_statements_one_at_a_time_adds_one_and_weighs_the_values() {
        long id = published("Sterren voor mensen: ja of nee?");
        signInAs(fixtures.account());
        navigate("waardendiscussies/" + id, DiscussionView.class);
        assertThat(saysSomewhere("0 van 5")).isTrue();
        click("Eens");
        assertThat(saysSomewhere("1 van 5")).isTrue();
        click("Oneens");
        click("Overslaan");
        assertThat(saysSomewhere("3 van 5")).isTrue();
        assertThat($(com.vaadin.flow.component.select.Select.class).all()).hasSize(3);

        test($(TextArea.class).withLabel("Uw stelling").single()).setValue("Sterren voor schoonmakers zijn oneerlijk");
        click("Controleren");
        assertThat(saysSomewhere("Deze stellingen lijken op de uwe")).isTrue();
        click("Toch plaatsen");
        assertThat(saysSomewhere("Uw stelling is geplaatst.")).isTrue();
        assertThat(saysSomewhere("4 van 6")).isTrue();

        test($(IntegerField.class).withLabel("Privacy").single()).setValue(70);
        test($(IntegerField.class).withLabel("Nabuurschap").single()).setValue(20);
        click("Weging opslaan");
        assertThat(saysSomewhere("De punten moeten samen 100 zijn; nu zijn het er 90."))
                .isTrue();
        test($(IntegerField.class).withLabel("Nabuurschap").single()).setValue(30);
        click("Weging opslaan");
        assertThat(saysSomewhere("Uw weging is opgeslagen.")).isTrue();
        assertThat($(Anchor.class).withText("Verslag voor de raad").single().getHref())
                .isEqualTo("waardendiscussies/" + id + "/verslag");
    }

    @Test
    void a_resident_reports_the_statement_in_front_of_them_to_the_griffie() {
        long id = published("Camera's in de winkelstraat?");
        AccountPrincipal resident = fixtures.account();
        signInAs(resident);
        navigate("waardendiscussies/" + id, DiscussionView.class);
        StatementView shown = as(resident, () -> voting.next(id)).statement();
        assertThat($(Paragraph.class).withClassName("statement-text").single().getText())
                .isEqualTo(shown.text());

        click("Deze stelling melden");
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Stelling melden");
        test($(RadioButtonGroup.class, dialog).withLabel("Waarom meldt u dit?").single())
                .selectItem("Spam of reclame");
        test($(Button.class, dialog).withText("Melden").single()).click();

        assertThat(dialog.getHeaderTitle()).isEqualTo("Bedankt voor uw melding");
        assertThat(fixtures.asGriffier(() -> moderationQueue.item(ContentRef.statement(shown.id())))
                        .item()
                        .reasons())
                .containsExactly(ReportReason.SPAM);
    }

    @Test
    void a_visitor_reads_the_list_the_page_and_the_theme_page_and_is_asked_to_log_in_to_take_part() {
        long id = published("Beoordelen in de buurt?");
        navigate("waardendiscussies", DiscussionsView.class);
        assertThat(heading()).isEqualTo("Waardendiscussies");
        navigate("waardendiscussies/" + id, DiscussionView.class);
        assertThat(saysSomewhere("Log in om mee te doen.")).isTrue();
        assertThat($(Button.class).withText("Eens").all()).isEmpty();
        navigate("agenda/3A.1", ThemeView.class);
        assertThat($(RouterLink.class)
                        .withText("Beoordelen in de buurt?")
                        .single()
                        .getHref())
                .isEqualTo("waardendiscussies/" + id);
        assertThat($(DescriptionList.class)
                        .withClassName("theme-figures")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Waardendiscussies", "Moties aangenomen");
        assertThat($(RouterLink.class).withClassName("report-link").all())
                .extracting(RouterLink::getHref)
                .contains("waardendiscussies/" + id + "/verslag");
    }

    @Test
    void a_rejection_without_a_reason_is_refused_on_the_reason_and_the_discussion_stays_offered() {
        AccountPrincipal councillor = fixtures.account(Role.COUNCILLOR);
        long id = as(councillor, () -> {
            long draft = framing.create(draft("Afwijzen zonder reden?"));
            framing.offer(draft);
            return draft;
        });
        signInAs(Role.GRIFFIER);
        navigate("waardendiscussies/" + id, DiscussionView.class);
        click("Afwijzen");

        TextArea reason = $(TextArea.class).withLabel("Reden van afwijzing").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(saysSomewhere("Aangeboden aan de griffie")).isTrue();
    }
}
