package nl.raadsplein.moderation.ui;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.Decision;
import nl.raadsplein.moderation.ModerationReason;
import nl.raadsplein.moderation.PublicLogEntry;
import nl.raadsplein.moderation.Report;
import nl.raadsplein.moderation.ReportReason;
import nl.raadsplein.ui.RouteExistence;
import org.junit.jupiter.api.Test;

class LogAndDecisionTest extends ModerationUiTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    @org.springframework.beans.factory.annotation.Qualifier("decisionExistence")
    RouteExistence existence;

    private static final String BODY = "Mijn buurvrouw Truus Bakker is een leugenaar.";

    private record Hidden(AccountPrincipal author, ContentRef ref, long actionId, String consultation) {}

    private Hidden hiddenComment() {
        long id = proposal();
        AccountPrincipal author = fixtures.account();
        ContentRef ref = ContentRef.comment(comment(id, author, BODY));
        as(fixtures.account(), () -> {
            reporting.report(new Report(ref, ReportReason.NAMES_PRIVATE_PERSON, null));
            return null;
        });
        long actionId = fixtures.asGriffier(() -> actions.hide(
                ref, new Decision(ModerationReason.PRIVACY, "U noemt iemand bij naam.", moderationQueue.version(ref))));
        String consultation =
                fixtures.asGriffier(() -> moderationQueue.item(ref)).item().consultationTitle();
        return new Hidden(author, ref, actionId, consultation);
    }

    @Test
    void the_public_log_shows_the_action_but_never_the_content_or_its_author() {
        Hidden hidden = hiddenComment();
        visitAnonymously();
        navigate(PublicLogView.class);
        assertThat(heading()).isEqualTo("Moderatielogboek");

        @SuppressWarnings("unchecked")
        Grid<PublicLogEntry> grid = $(Grid.class).withClassName("log-entries").single();
        var rows = test(grid);
        boolean found = false;
        for (int i = 0; i < rows.size(); i++) {
            if (hidden.consultation().equals(rows.getCellText(i, 2))) {
                assertThat(rows.getCellText(i, 1)).isEqualTo("reactie");
                assertThat(rows.getCellText(i, 3)).isEqualTo("verborgen");
                assertThat(rows.getCellText(i, 4)).isEqualTo("privacy");
                found = true;
            }
            for (int column = 0; column < 5; column++) {
                assertThat(rows.getCellText(i, column)).doesNotContain("Truus").doesNotContain("Bewoner");
            }
        }
        assertThat(found).isTrue();
        assertThat($(Grid.class).withClassName("log-monthly").exists()).isTrue();
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Truus");
    }

    @Test
    void the_author_sees_the_decision_and_appeals_once() {
        Hidden hidden = hiddenComment();
        signInAs(hidden.author());
        navigate("moderatie/besluiten/" + hidden.actionId(), DecisionView.class);

        assertThat(heading()).isEqualTo("Besluit over uw reactie");
        assertThat(paragraphs())
                .contains(
                        "Besluit van de griffie: verborgen.",
                        "Reden: privacy",
                        "Toelichting van de griffie: U noemt iemand bij naam.");
        assertThat(paragraphs()).anyMatch(p -> p.startsWith("U kunt bezwaar maken tot "));
        test($(TextArea.class).withLabel("Uw bezwaar").single()).setValue("Ik noemde geen achternaam van een buur.");
        click("Bezwaar maken");

        assertThat(notifications())
                .contains("Uw bezwaar is ontvangen. Een andere griffier beslist erover; u krijgt daarvan bericht.");
        assertThat(paragraphs())
                .contains(
                        "Uw bezwaar: Ik noemde geen achternaam van een buur.",
                        "Er is nog niet beslist over uw bezwaar.");
        assertThat($(TextArea.class).exists()).isFalse();
    }

    @Test
    void someone_elses_decision_does_not_exist() {
        Hidden hidden = hiddenComment();
        signInAs(fixtures.account());
        UI.getCurrent().navigate("moderatie/besluiten/" + hidden.actionId());
        assertThat($(DecisionView.class).exists()).isFalse();
    }

    @Test
    void the_decisions_address_exists_for_its_author_only_as_the_document_status_asks() {
        Hidden hidden = hiddenComment();
        java.util.function.Function<String, Boolean> exists =
                id -> existence.exists(new com.vaadin.flow.router.RouteParameters(DecisionView.ID, id));
        signInAs(hidden.author());
        assertThat(exists.apply(String.valueOf(hidden.actionId()))).isTrue();
        assertThat(exists.apply("99999999")).isFalse();
        assertThat(exists.apply("0")).isFalse();
        assertThat(exists.apply("abc")).isFalse();
        signInAs(fixtures.account());
        assertThat(exists.apply(String.valueOf(hidden.actionId()))).isFalse();
        assertThat(existence.view()).isEqualTo(DecisionView.class);
    }
}
