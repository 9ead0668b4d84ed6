package nl.raadsplein.deliberation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.deliberation.DiscussionFixtures;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.ui.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(DiscussionFixtures.class)
class DiscussionReportViewTest extends UiTest {

    static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";

    @Autowired
    DiscussionFixtures discussions;

    @Autowired
    ProposalFixtures accounts;

    private void visitAnonymously() {
        cleanVaadinEnvironment();
        TestAccounts.signInAnonymously();
        initVaadinEnvironment();
    }

    /** Two camps of ten (one of them the given account, when not null), the first statement hostile. */
    private long twoCamps(AccountPrincipal participant) {
        long id = discussions.discussion(
                accounts.account().accountId(), "Camera's <b>in</b> de straat?", Duration.ofDays(5));
        List<Long> statements = new ArrayList<>();
        statements.add(discussions.statement(id, HOSTILE));
        statements.addAll(discussions.statements(id, 6));
        List<Long> participants = new ArrayList<>(discussions.participants(id, 19));
        participants.add(
                participant == null
                        ? discussions.participant(id, null)
                        : discussions.participant(id, participant.accountId()));
        discussions.twoCamps(id, participants, statements);
        discussions.compute(id);
        return id;
    }

    private String page() {
        return $(DiscussionReportView.class).single().getElement().getTextRecursively();
    }

    private List<String> svgs() {
        return $(Div.class).withClassName("chart").all().stream()
                .map(h -> h.getElement().getProperty("innerHTML", ""))
                .toList();
    }

    @Test
    void a_visitor_sees_the_map_with_its_table_the_groups_and_the_downloads() {
        long id = twoCamps(null);
        visitAnonymously();

        navigate("waardendiscussies/" + id + "/verslag", DiscussionReportView.class);

        assertThat(heading()).isEqualTo("Verslag: Camera's <b>in</b> de straat?");
        assertThat(page()).contains("20 deelnemers", "140 stemmen", "Groepen het laatst berekend op");
        assertThat(svgs())
                .anySatisfy(svg ->
                        assertThat(svg).contains("<svg", "role=\"img\"", "Groep A: 10 deelnemers", "fill=\"#0072B2\""));
        NativeTable map =
                $(NativeTable.class).withClassName("opinion-map-table").single();
        assertThat(map.getElement().getTextRecursively()).contains("De groepen op de kaart", "Groep A", "Groep B");
        assertThat($(NativeTableRow.class).all().stream()
                        .filter(r -> r.getParent()
                                .flatMap(p -> p.getParent())
                                .filter(map::equals)
                                .isPresent())
                        .count())
                .isEqualTo(3);
        assertThat($(H3.class).all())
                .extracting(H3::getText)
                .containsExactlyInAnyOrder("Groep A (10 deelnemers)", "Groep B (10 deelnemers)");
        assertThat($(Anchor.class).all())
                .extracting(Anchor::getText)
                .contains(
                        "Leesstuk voor de raad (PDF)",
                        "Cijfers per stelling (CSV)",
                        "Alle stellingen en stemmen in Pol.is-formaat (zip)");
    }

    @Test
    void hostile_statement_texts_are_shown_as_text_and_never_as_markup() {
        long id = twoCamps(null);
        visitAnonymously();

        navigate("waardendiscussies/" + id + "/verslag", DiscussionReportView.class);

        assertThat(page()).contains(HOSTILE);
        assertThat(svgs()).allSatisfy(svg -> assertThat(svg).doesNotContain("<script", "<img", "<b>"));
    }

    @Test
    void a_participant_finds_their_own_position_ringed_and_named() {
        AccountPrincipal sandra = accounts.account();
        long id = twoCamps(sandra);
        signInAs(sandra);

        navigate("waardendiscussies/" + id + "/verslag", DiscussionReportView.class);

        assertThat(svgs()).anySatisfy(svg -> assertThat(svg).contains("opinion-map-viewer", "Uw positie is omcirkeld"));
        assertThat($(NativeTable.class)
                        .withClassName("opinion-map-table")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Hier staat u");
    }

    @Test
    void before_the_first_run_the_page_says_the_groups_are_not_computed_yet() {
        long id = discussions.discussion(accounts.account().accountId(), "Leeg", Duration.ofDays(5));
        visitAnonymously();

        navigate("waardendiscussies/" + id + "/verslag", DiscussionReportView.class);

        assertThat(page()).contains("De groepen zijn nog niet berekend", "Er zijn nog geen meningsgroepen");
    }
}
