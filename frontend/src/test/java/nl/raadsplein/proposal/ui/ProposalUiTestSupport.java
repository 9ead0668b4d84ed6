package nl.raadsplein.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.proposal.CommentService;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.SupportService;
import nl.raadsplein.ui.UiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** What the proposal view tests share: data made through the services, and reading the page as a visitor does. */
abstract class ProposalUiTestSupport extends UiTest {

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    SupportService supports;

    @Autowired
    CommentService comments;

    /** A published proposal by another resident, in a consultation open for proposals and supports. */
    long proposal() {
        return fixtures.proposalIn(Phase.PROPOSALS, ProposalFixtures.settings(50, 3, 30, false, false), proposals);
    }

    AccountPrincipal signInAsResident() {
        return signInAs(fixtures.account());
    }

    void visitAnonymously() {
        cleanVaadinEnvironment();
        TestAccounts.signInAnonymously();
        initVaadinEnvironment();
    }

    ProposalView open(long id) {
        return navigate("voorstellen/" + id, ProposalView.class);
    }

    String supportCount() {
        return $(Paragraph.class).withClassName("support-count").single().getText();
    }

    /**
     * Waits, up to five seconds, until the support count reads {@code expected}: the broadcaster hands committed
     * changes to the page on another thread, through ui.access.
     */
    void awaitSupportCount(String expected) {
        // The broadcaster hands a committed change to the page on another thread, through ui.access; the round trip
        // runs it here, in the thread that holds the session's lock.
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            roundTrip();
            assertThat(supportCount()).isEqualTo(expected);
        });
    }

    String commentCounts() {
        return $(Paragraph.class).withClassName("comment-counts").single().getText();
    }
}
