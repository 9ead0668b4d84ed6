package nl.raadsplein.moderation.ui;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.newComment;

import com.vaadin.flow.component.dialog.Dialog;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.moderation.AppealService;
import nl.raadsplein.moderation.ModerationActionService;
import nl.raadsplein.moderation.ModerationQueueService;
import nl.raadsplein.moderation.ReportService;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.CommentService;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.ui.UiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** What the moderation view tests share: a proposal with a comment by someone, made through the services. */
abstract class ModerationUiTestSupport extends UiTest {

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    ReportService reporting;

    @Autowired
    ModerationQueueService moderationQueue;

    @Autowired
    ModerationActionService actions;

    @Autowired
    AppealService appeals;

    /** A published proposal by another resident, in a consultation open for proposals and supports. */
    long proposal() {
        return fixtures.proposalIn(Phase.PROPOSALS, ProposalFixtures.settings(50, 3, 30, false, false), proposals);
    }

    long comment(long proposalId, AccountPrincipal author, String body) {
        return as(author, () -> comments.comment(newComment(proposalId, null, Alignment.AGAINST, body)));
    }

    void visitAnonymously() {
        cleanVaadinEnvironment();
        TestAccounts.signInAnonymously();
        initVaadinEnvironment();
    }

    Dialog dialog() {
        return $(Dialog.class).single();
    }
}
