package nl.raadsplein.proposal;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.newComment;
import static nl.raadsplein.proposal.ProposalFixtures.settings;
import static nl.raadsplein.proposal.ProposalFixtures.submission;
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
    CommentService comments;

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
        return as(fixtures.account(), () -> proposals.submit(submission(consultation, "Om over te praten")));
    }

    @Test
    void comments_come_in_threads_parent_before_replies_oldest_first_with_counters_per_alignment() {
        long id = proposal();
        AccountPrincipal marco = fixtures.signInAs();
        long company = fixtures.organisation(marco.accountId(), true, true);
        long first = comments.comment(new CommentSubmission(
                id, null, new CommentDraft(Alignment.AGAINST, "Geen verbod op sterren.", company), false));
        long second = comments.comment(newComment(id, null, Alignment.FOR, "Wel een gedragscode."));
        long reply = comments.comment(newComment(id, first, Alignment.NEUTRAL, "Waarom niet?"));
        long replyToReply = comments.comment(newComment(id, reply, Alignment.AGAINST, "Daarom."));
        long laterReply = comments.comment(newComment(id, first, Alignment.FOR, "Eens."));

        List<CommentView> thread = comments.comments(id);
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
            comments.comment(newComment(small, null, Alignment.FOR, "Reactie " + i));
        }
        for (int i = 0; i < 30; i++) {
            if (i % 10 == 0) {
                fixtures.signInAs(); // 20 comments each, within the posting limit per account
            }
            long parent = comments.comment(newComment(large, null, Alignment.FOR, "Reactie " + i));
            comments.comment(newComment(large, parent, Alignment.AGAINST, "Antwoord " + i));
        }
        TestAccounts.signOut();
        var smallRead = StatementCounter.during(() -> comments.comments(small));
        var largeRead = StatementCounter.during(() -> comments.comments(large));
        assertThat(smallRead.result()).hasSize(3);
        assertThat(largeRead.result()).hasSize(60);
        assertThat(smallRead.statements()).hasSize(1);
        assertThat(largeRead.statements()).hasSize(1);
    }

    @Test
    void replies_go_at_most_three_deep_and_need_an_alignment() {
        long id = proposal();
        fixtures.signInAs();
        long one = comments.comment(newComment(id, null, Alignment.FOR, "1"));
        long two = comments.comment(newComment(id, one, Alignment.FOR, "2"));
        long three = comments.comment(newComment(id, two, Alignment.FOR, "3"));
        assertRefused(
                () -> comments.comment(newComment(id, three, Alignment.FOR, "4")),
                "body",
                "proposal.error.too-deep",
                3);
        assertRefused(
                () -> comments.comment(newComment(id, null, null, "Zonder kant")),
                "alignment",
                "proposal.error.alignment-required");
        assertRefused(() -> comments.comment(newComment(id, null, Alignment.FOR, " ")), "body", "error.required");
        assertRefused(
                () -> comments.comment(newComment(id, null, Alignment.FOR, "x".repeat(2001))),
                "body",
                "error.too-long",
                2000);
        assertRefused(
                () -> comments.comment(new CommentSubmission(
                        id, null, new CommentDraft(Alignment.FOR, "Namens", Long.MAX_VALUE), false)),
                "organisationId",
                "proposal.error.not-a-member");
        long other = proposal();
        assertThatThrownBy(() -> comments.comment(newComment(other, one, Alignment.FOR, "Verkeerde draad")))
                .isInstanceOf(NoSuchItemException.class);
        assertThat(comments.comments(id)).hasSize(3);
        assertThat(comments.comments(other)).isEmpty();
        assertThat(proposals.proposal(id).commentCount()).isEqualTo(3);
    }

    @Test
    void the_author_edits_and_removes_a_comment_replies_stay_and_the_counts_drop_it() {
        long id = proposal();
        AccountPrincipal author = fixtures.signInAs();
        long comment = comments.comment(newComment(id, null, Alignment.AGAINST, "Eerste gedachte"));
        long stranger =
                as(fixtures.account(), () -> comments.comment(newComment(id, comment, Alignment.FOR, "Antwoord")));

        CommentView before = comments.comments(id).getFirst();
        comments.editComment(new CommentEdit(comment, before.version(), "Betere gedachte", false));
        CommentView edited = comments.comments(id).getFirst();
        assertThat(edited.body()).isEqualTo("Betere gedachte");
        assertThat(edited.edited()).isTrue();
        assertThatThrownBy(() -> comments.editComment(new CommentEdit(comment, before.version(), "Oud", false)))
                .isInstanceOf(ConcurrentChangeException.class);

        fixtures.signInAs();
        assertThatThrownBy(
                        () -> comments.editComment(new CommentEdit(comment, edited.version(), "Van een ander", false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.removeComment(comment)).isInstanceOf(AccessDeniedException.class);
        assertThat(comments.comments(id).getFirst().body()).isEqualTo("Betere gedachte");

        TestAccounts.signIn(author);
        comments.removeComment(comment);
        comments.removeComment(comment);
        List<CommentView> thread = comments.comments(id);
        assertThat(thread).extracting(CommentView::id).containsExactly(comment, stranger);
        assertThat(thread.getFirst().body()).isNull();
        assertThat(thread.getFirst().state()).isEqualTo(ProposalCommentState.REMOVED_BY_AUTHOR);
        assertThat(thread.get(1).body()).isEqualTo("Antwoord");
        assertRefused(
                () -> comments.editComment(
                        new CommentEdit(comment, thread.getFirst().version(), "Terug", false)),
                "body",
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
        long withdrawn = proposals.submit(submission(consultation, "Ingetrokken"));
        proposals.withdraw(withdrawn, "Weg");
        long hidden = proposals.submit(submission(consultation, "Verborgen"));
        fixtures.setState(hidden, ProposalState.HIDDEN);
        fixtures.signInAs();
        assertRefused(
                () -> comments.comment(newComment(withdrawn, null, Alignment.FOR, "Toch")),
                "body",
                "proposal.error.comments-closed");
        assertThatThrownBy(() -> comments.comment(newComment(hidden, null, Alignment.FOR, "Toch")))
                .isInstanceOf(NoSuchItemException.class);
        fixtures.signInAs(Role.GRIFFIER);
        assertRefused(
                () -> comments.comment(newComment(hidden, null, Alignment.FOR, "Toch")),
                "body",
                "proposal.error.comments-closed");
        assertThat(comments.comments(withdrawn)).isEmpty();
        assertThat(author).isNotNull();
    }

    @Test
    void with_premoderation_a_comment_waits_seen_only_by_its_author_and_the_griffie_and_does_not_count_yet() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 3, 30, false, true));
        long id = as(fixtures.account(), () -> proposals.submit(submission(consultation, "Gemodereerd")));
        fixtures.setState(id, ProposalState.PUBLISHED);
        AccountPrincipal author = fixtures.signInAs();
        long comment = comments.comment(newComment(id, null, Alignment.FOR, "Wacht even"));
        assertThat(comments.comments(id))
                .extracting(CommentView::state)
                .containsExactly(ProposalCommentState.AWAITING_MODERATION);
        assertThat(proposals.proposal(id).commentCount()).isZero();

        fixtures.signInAs();
        assertThat(comments.comments(id)).isEmpty();
        assertThatThrownBy(() -> comments.comment(newComment(id, comment, Alignment.FOR, "Antwoord")))
                .isInstanceOf(NoSuchItemException.class);
        TestAccounts.signOut();
        assertThat(comments.comments(id)).isEmpty();
        fixtures.signInAs(Role.GRIFFIER);
        assertThat(comments.comments(id)).extracting(CommentView::body).containsExactly("Wacht even");

        TestAccounts.signIn(author);
        comments.removeComment(comment);
        assertThat(proposals.proposal(id).commentCount()).isZero();
    }
}
