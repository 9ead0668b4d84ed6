package nl.raadsplein.moderation.ui;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import nl.raadsplein.account.Role;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.ContentState;
import nl.raadsplein.moderation.Decision;
import nl.raadsplein.moderation.ItemDetails;
import nl.raadsplein.moderation.ModerationAction;
import nl.raadsplein.moderation.ModerationReason;
import nl.raadsplein.moderation.QueueItem;
import nl.raadsplein.moderation.Report;
import nl.raadsplein.moderation.ReportReason;
import org.junit.jupiter.api.Test;

class ModerationQueueTest extends ModerationUiTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    ModerationBroadcaster broadcaster;

    private ContentRef reportedComment() {
        long id = proposal();
        long comment = comment(id, fixtures.account(), "Mijn buurman Jan de Vries is een idioot.");
        ContentRef ref = ContentRef.comment(comment);
        as(fixtures.account(), () -> {
            reporting.report(new Report(ref, ReportReason.OFFENSIVE, null));
            return null;
        });
        return ref;
    }

    @SuppressWarnings("unchecked")
    private Grid<QueueItem> grid() {
        return $(Grid.class).withClassName("queue").single();
    }

    private int row(ContentRef ref) {
        var grid = test(grid());
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).content().equals(ref)) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private void choose(Dialog dialog, String label, String item) {
        test((Select<Object>) $(Select.class, dialog).withLabel(label).single()).selectItem(item);
    }

    @Test
    void the_griffier_hides_a_reported_comment_with_a_reason() {
        ContentRef ref = reportedComment();
        signInAs(Role.GRIFFIER);
        navigate(ModerationQueueView.class);
        assertThat(heading()).isEqualTo("Moderatie");

        int row = row(ref);
        assertThat(row).isNotNegative();
        assertThat(test(grid()).getCellText(row, 3)).isEqualTo("Beledigend of kwetsend");
        test(grid()).clickRow(row);
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Gemelde reactie");
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Jan de Vries is een idioot")
                .contains("Beledigend of kwetsend");
        choose(dialog, "Wat doet u?", "Verbergen");
        choose(dialog, "Reden", "beledigend");
        test($(TextArea.class, dialog).single()).setValue("Schelden mag niet.");
        test($(Button.class, dialog).withText("Besluit uitvoeren").single()).click();

        assertThat(notifications()).contains("Het besluit is uitgevoerd: verborgen.");
        ItemDetails details = fixtures.asGriffier(() -> moderationQueue.item(ref));
        assertThat(details.item().contentState()).isEqualTo(ContentState.HIDDEN);
        assertThat(details.actions().getLast().action()).isEqualTo(ModerationAction.HIDE);
        assertThat(details.actions().getLast().reason()).isEqualTo(ModerationReason.OFFENSIVE);
        assertThat(row(ref)).isNegative();
    }

    @Test
    void when_another_griffier_acted_first_nothing_is_applied_and_the_current_state_is_shown() {
        ContentRef ref = reportedComment();
        signInAs(Role.GRIFFIER);
        navigate(ModerationQueueView.class);
        test(grid()).clickRow(row(ref));
        Dialog dialog = $(Dialog.class).single();

        fixtures.asGriffier(
                () -> actions.hide(ref, Decision.of(ModerationReason.PRIVACY, moderationQueue.version(ref))));

        choose(dialog, "Wat doet u?", "Geen actie nodig (meldingen sluiten)");
        choose(dialog, "Reden", "geen overtreding");
        test($(Button.class, dialog).withText("Besluit uitvoeren").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        String message =
                $(Paragraph.class, dialog).withClassName("error-text").single().getText();
        assertThat(message)
                .contains("Een andere griffier")
                .contains("status verborgen")
                .contains("privacy");
        assertThat(fixtures.asGriffier(() -> moderationQueue.item(ref)).actions())
                .hasSize(1);
    }

    @Test
    void a_new_report_appears_without_reloading() throws InterruptedException {
        signInAs(Role.GRIFFIER);
        navigate(ModerationQueueView.class);
        Paragraph live = $(Paragraph.class).withClassName("live-status").single();

        java.util.concurrent.CountDownLatch broadcast = new java.util.concurrent.CountDownLatch(1);
        var registration = broadcaster.register(message -> broadcast.countDown());
        ContentRef ref = reportedComment();
        // The broadcaster hands the committed report to the page on another thread, through ui.access.
        assertThat(broadcast.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        registration.remove();
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        // In this thread, which holds the session's lock.
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
            session.getService().runPendingAccessTasks(session);
            return !live.getText().isEmpty();
        });
        assertThat(live.getText()).isEqualTo("Er is een nieuwe melding binnengekomen. De lijst is bijgewerkt.");
        assertThat(row(ref)).isNotNegative();
    }
}
