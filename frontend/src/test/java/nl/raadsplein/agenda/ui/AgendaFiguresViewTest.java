package nl.raadsplein.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.deliberation.DiscussionFixtures;
import nl.raadsplein.motion.CouncilTerm;
import nl.raadsplein.motion.MotionFixtures;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.ui.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import({DiscussionFixtures.class, MotionFixtures.class})
class AgendaFiguresViewTest extends UiTest {

    @Autowired
    DiscussionFixtures discussions;

    @Autowired
    MotionFixtures council;

    @Autowired
    ProposalFixtures people;

    private void visitAnonymously() {
        cleanVaadinEnvironment();
        TestAccounts.signInAnonymously();
        initVaadinEnvironment();
    }

    /** The page at an address with these query parameters, as a shared link opens it. */
    private void visit(QueryParameters parameters) {
        UI.getCurrent().navigate(AgendaFiguresView.class, parameters);
        assertThat(getCurrentView()).isInstanceOf(AgendaFiguresView.class);
    }

    private List<Section> themes() {
        return $(Section.class).withClassName("agenda-figures-theme").all();
    }

    private String period() {
        return $(Paragraph.class)
                .withClassName("agenda-figures-period")
                .single()
                .getText();
    }

    @Test
    void a_visitor_sees_every_theme_with_a_chart_and_its_table_democracy_first() {
        discussions.discussion(people.account().accountId(), "Cijfers per thema?", Duration.ofDays(3));
        visitAnonymously();

        navigate("agenda/overzicht", AgendaFiguresView.class);

        assertThat(heading()).isEqualTo("De agenda in cijfers");
        assertThat(period()).isEqualTo("Cijfers over de hele looptijd.");
        List<Section> themes = themes();
        assertThat(themes)
                .extracting(s -> s.getElement().getAttribute("data-theme"))
                .startsWith("3A.1", "3A.2");
        String democracy = themes.getFirst().getElement().getTextRecursively();
        assertThat(democracy).contains("3A.1", "Voorrang");
        String svg = $(Div.class, themes.getFirst())
                .withClassName("chart")
                .single()
                .getElement()
                .getProperty("innerHTML", "");
        assertThat(svg)
                .contains(
                        "role=\"img\"",
                        "aria-labelledby=\"figures-3A-1-title\"",
                        "<title id=\"figures-3A-1-title\">Cijfers van 3A.1",
                        "<desc id=\"figures-3A-1-desc\">Raadplegingen: ",
                        "Waardendiscussies: ",
                        "Toezeggingen te laat: ");
        NativeTable table = $(NativeTable.class, themes.getFirst()).single();
        assertThat(table.getElement().getTextRecursively())
                .startsWith("Cijfers van 3A.1")
                .contains("Moties aangenomen", "Toezeggingen lopend");
        Anchor download = $(Anchor.class).withText("Download CSV").single();
        assertThat(download.getElement().getAttribute("download")).isEqualTo("agenda-in-cijfers.csv");
    }

    @Test
    void the_period_comes_from_the_address_and_a_choice_puts_it_there() {
        int thisYear = Year.now(ZoneId.of("Europe/Amsterdam")).getValue();
        discussions.discussion(people.account().accountId(), "Cijfers van dit jaar?", Duration.ofDays(3));
        MotionFixtures.Council term = council.council(10, 9);
        visitAnonymously();

        visit(QueryParameters.of("jaar", String.valueOf(thisYear)));

        assertThat(period()).isEqualTo("Cijfers over " + thisYear + ".");
        assertThat($(Select.class).withLabel("Jaar").single().getValue()).isEqualTo(thisYear);
        assertThat($(Anchor.class)
                        .withText("Download CSV")
                        .single()
                        .getElement()
                        .getAttribute("download"))
                .isEqualTo("agenda-in-cijfers-" + thisYear + ".csv");

        @SuppressWarnings("unchecked")
        Select<CouncilTerm> termSelect =
                $(Select.class).withLabel("Raadsperiode").single();
        String termName = termSelect
                .getListDataView()
                .getItems()
                .filter(t -> t.id() == term.termId())
                .map(termSelect.getItemLabelGenerator())
                .findFirst()
                .orElseThrow();
        test(termSelect).selectItem(termName);

        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getQueryString())
                .isEqualTo("raadsperiode=" + term.termId());
        assertThat(period()).startsWith("Cijfers over Raadsperiode ");
        assertThat($(Select.class).withLabel("Jaar").single().getValue()).isNull();

        visit(QueryParameters.simple(Map.of("jaar", "onzin", "raadsperiode", "-1")));
        assertThat(period()).isEqualTo("Cijfers over de hele looptijd.");
    }
}
