package nl.raadsplein.proposal;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.draft;
import static nl.raadsplein.proposal.ProposalFixtures.settings;
import static nl.raadsplein.proposal.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class CommentTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    ProposalEvents events;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long proposal() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        return as(fixtures.account(), () -> proposals.submit(draft(consultation, "Om over te praten")));
    }

    @Test
    void comments_come_in_threads_parent_before_replies_oldest_first_with_counters_per_alignment() {
        long id = proposal();
        AccountPrincipal marco = fixtures.signInAs();
        long company = fixtures.organisation(marco.accountId(), true, true);
        long first = proposals.comment(id, null, Alignment.AGAINST, "Geen verbod op sterren.", company);
        long second = proposals.comment(id, null, Alignment.FOR, "Wel een gedragscode.", null);
        long reply = proposals.comment(id, first, Alignment.NEUTRAL, "Waarom niet?", null);
        long replyToReply = proposals.comment(id, reply, Alignment.AGAINST, "Daarom.", null);
        long laterReply = proposals.comment(id, first, Alignment.FOR, "Eens.", null);

        List<CommentView> thread = proposals.comments(id);
        assertThat(thread).extracting(CommentView::id).containsExactly(first, reply, replyToReply, laterReply, second);
        assertThat(thread).extracting(CommentView::depth).containsExactly(1, 2, 3, 2, 1);
        CommentView top = thread.getFirst();
        assertThat(top.organisationName()).startsWith("Dierenoppas");
        assertThat(top.organisationVerified()).isTrue();
        assertThat(top.mine()).isTrue();
        assertThat(top.authorName()).isEqualTo(marco.displayName());
        assertThat(top.alignment()).isEqualTo(Alignment.AGAINST);

        ProposalDetails details = proposals.proposal(id);
        assertThat(details.commentCount()).isEqualTo(5);
        assertThat(details.commentsFor()).isEqualTo(2);
        assertThat(details.commentsAgainst()).isEqualTo(2);
        assertThat(events.of(CommentPosted.class)).contains(new CommentPosted(id, first, marco.accountId()));
    }

    @Test
    void a_thread_is_read_in_one_statement_whatever_its_length() {
        long small = proposal();
        long large = proposal();
        fixtures.signInAs();
        for (int i = 0; i < 3; i++) {
            proposals.comment(small, null, Alignment.FOR, "Reactie " + i, null);
        }
        for (int i = 0; i < 30; i++) {
            long parent = proposals.comment(large, null, Alignment.FOR, "Reactie " + i, null);
            proposals.comment(large, parent, Alignment.AGAINST, "Antwoord " + i, null);
        }
        TestAccounts.signOut();
        var smallRead = StatementCounter.during(() -> proposals.comments(small));
        var largeRead = StatementCounter.during(() -> proposals.comments(large));
        assertThat(smallRead.result()).hasSize(3);
        assertThat(largeRead.result()).hasSize(60);
        assertThat(smallRead.statements()).hasSize(1);
        assertThat(largeRead.statements()).hasSize(1);
    }

    @Test
    void replies_go_at_most_three_deep_and_need_an_alignment() {
        long id = proposal();
        fixtures.signInAs();
        long one = proposals.comment(id, null, Alignment.FOR, "1", null);
        long two = proposals.comment(id, one, Alignment.FOR, "2", null);
        long three = proposals.comment(id, two, Alignment.FOR, "3", null);
        assertRefused(() -> proposals.comment(id, three, Alignment.FOR, "4", null), "body", "proposal.error.too-deep", 3);
        assertRefused(() -> proposals.comment(id, null, null, "Zonder kant", null), "alignment",
                "proposal.error.alignment-required");
        assertRefused(() -> proposals.comment(id, null, Alignment.FOR, " ", null), "body", "error.required");
        assertRefused(() -> proposals.comment(id, null, Alignment.FOR, "x".repeat(2001), null), "body",
                "error.too-long", 2000);
        assertRefused(() -> proposals.comment(id, null, Alignment.FOR, "Namens", Long.MAX_VALUE), "organisation",
                "proposal.error.not-a-member");
        long other = proposal();
        assertThatThrownBy(() -> proposals.comment(other, one, Alignment.FOR, "Verkeerde draad", null))
                .isInstanceOf(NoSuchItemException.class);
        assertThat(proposals.comments(id)).hasSize(3);
        assertThat(proposals.comments(other)).isEmpty();
        assertThat(proposals.proposal(id).commentCount()).isEqualTo(3);
    }

    @Test
    void the_author_edits_and_removes_a_comment_replies_stay_and_the_counts_drop_it() {
        long id = proposal();
        AccountPrincipal author = fixtures.signInAs();
        long comment = proposals.comment(id, null, Alignment.AGAINST, "Eerste gedachte", null);
        long stranger = as(fixtures.account(), () -> proposals.comment(id, comment, Alignment.FOR, "Antwoord", null));

        CommentView before = proposals.comments(id).getFirst();
        proposals.editComment(comment, "Betere gedachte", before.version());
        CommentView edited = proposals.comments(id).getFirst();
        assertThat(edited.body()).isEqualTo("Betere gedachte");
        assertThat(edited.edited()).isTrue();
        assertThatThrownBy(() -> proposals.editComment(comment, "Oud", before.version()))
                .isInstanceOf(ConcurrentChangeException.class);

        fixtures.signInAs();
        assertThatThrownBy(() -> proposals.editComment(comment, "Van een ander", edited.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.removeComment(comment)).isInstanceOf(AccessDeniedException.class);
        assertThat(proposals.comments(id).getFirst().body()).isEqualTo("Betere gedachte");

        TestAccounts.signIn(author);
        proposals.removeComment(comment);
        proposals.removeComment(comment);
        List<CommentView> thread = proposals.comments(id);
        assertThat(thread).extracting(CommentView::id).containsExactly(comment, stranger);
        assertThat(thread.getFirst().body()).isNull();
        assertThat(thread.getFirst().state()).isEqualTo(ProposalCommentState.REMOVED_BY_AUTHOR);
        assertThat(thread.get(1).body()).isEqualTo("Antwoord");
        assertRefused(() -> proposals.editComment(comment, "Terug", thread.getFirst().version()), "body",
                "proposal.error.comment-closed");
        ProposalDetails details = proposals.proposal(id);
        assertThat(details.commentCount()).isEqualTo(1);
        assertThat(details.commentsAgainst()).isZero();
        assertThat(details.commentsFor()).isEqualTo(1);
    }

    @Test
    void withdrawn_and_hidden_proposals_take_no_comments() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal author = fixtures.signInAs();
        long withdrawn = proposals.submit(draft(consultation, "Ingetrokken"));
        proposals.withdraw(withdrawn, "Weg");
        long hidden = proposals.submit(draft(consultation, "Verborgen"));
        fixtures.setState(hidden, ProposalState.HIDDEN);
        fixtures.signInAs();
        assertRefused(() -> proposals.comment(withdrawn, null, Alignment.FOR, "Toch", null), "body",
                "proposal.error.comments-closed");
        assertThatThrownBy(() -> proposals.comment(hidden, null, Alignment.FOR, "Toch", null))
                .isInstanceOf(NoSuchItemException.class);
        fixtures.signInAs(Role.GRIFFIER);
        assertRefused(() -> proposals.comment(hidden, null, Alignment.FOR, "Toch", null), "body",
                "proposal.error.comments-closed");
        assertThat(proposals.comments(withdrawn)).isEmpty();
        assertThat(author).isNotNull();
    }

    @Test
    void with_premoderation_a_comment_waits_seen_only_by_its_author_and_the_griffie_and_does_not_count_yet() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 3, 30, false, true));
        long id = as(fixtures.account(), () -> proposals.submit(draft(consultation, "Gemodereerd")));
        fixtures.setState(id, ProposalState.PUBLISHED);
        AccountPrincipal author = fixtures.signInAs();
        long comment = proposals.comment(id, null, Alignment.FOR, "Wacht even", null);
        assertThat(proposals.comments(id)).extracting(CommentView::state)
                .containsExactly(ProposalCommentState.AWAITING_MODERATION);
        assertThat(proposals.proposal(id).commentCount()).isZero();

        fixtures.signInAs();
        assertThat(proposals.comments(id)).isEmpty();
        assertThatThrownBy(() -> proposals.comment(id, comment, Alignment.FOR, "Antwoord", null))
                .isInstanceOf(NoSuchItemException.class);
        TestAccounts.signOut();
        assertThat(proposals.comments(id)).isEmpty();
        fixtures.signInAs(Role.GRIFFIER);
        assertThat(proposals.comments(id)).extracting(CommentView::body).containsExactly("Wacht even");

        TestAccounts.signIn(author);
        proposals.removeComment(comment);
        assertThat(proposals.proposal(id).commentCount()).isZero();
    }
}
