package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.html.Paragraph;
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

    String commentCounts() {
        return $(Paragraph.class).withClassName("comment-counts").single().getText();
    }
}
