package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.notification.FollowTarget;
import nl.raadsplein.notification.NotificationService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.CommentEdit;
import nl.raadsplein.proposal.ProposalDraft;
import nl.raadsplein.proposal.ProposalEdit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Editing gives personal data the same contract as posting: refused until the author confirms, then the item goes
 * (back) to waiting for moderation and into the griffie's queue; a published comment leaves the counters until it
 * is approved, and an approval does not announce it to followers a second time.
 */
class EditedPersonalDataTest extends ModerationTestBase {

    private static final String CONFIRM_NEEDED = "personaldata.error.confirm-needed";
    private static final String WITH_PHONE = "Bel mij gerust op 06-12345678 als u mee wilt doen.";

    @Autowired
    NotificationService notifications;

    private static ProposalDraft withBody(String title, String body) {
        return new ProposalDraft(title, body, List.of("personal-data"), null, null);
    }

    private int proposalVersion(long id) {
        return dsl().select(PROPOSAL.VERSION)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.eq(id))
                .fetchOne()
                .value1();
    }

    private int commentVersion(long id) {
        return dsl().select(COMMENT.VERSION)
                .from(COMMENT)
                .where(COMMENT.ID.eq(id))
                .fetchOne()
                .value1();
    }

    private String proposalBody(long id) {
        return dsl().select(PROPOSAL.BODY)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.eq(id))
                .fetchOne()
                .value1();
    }

    private String commentBody(long id) {
        return dsl().select(COMMENT.BODY)
                .from(COMMENT)
                .where(COMMENT.ID.eq(id))
                .fetchOne()
                .value1();
    }

    private List<QueueItem> queue(long consultation) {
        return as(griffier(), () -> moderationQueue.queue(QueueSort.OLDEST, consultation, 0, 50));
    }

    @Test
    void a_proposal_edited_with_personal_data_is_refused_until_confirmed_then_waits_in_the_queue() {
        long consultation = consultation(hiding(5, 7, false));
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation, author);
        String before = proposalBody(id);
        int version = proposalVersion(id);

        assertRefused(
                () -> as(author, () -> {
                    proposals.edit(new ProposalEdit(id, version, withBody("Voorstel over cameras", WITH_PHONE), false));
                    return null;
                }),
                "body",
                CONFIRM_NEEDED);
        assertRefused(
                () -> as(author, () -> {
                    proposals.edit(new ProposalEdit(id, version, withBody("Bel 06-12345678", "Tekst"), false));
                    return null;
                }),
                "title",
                CONFIRM_NEEDED);
        assertThat(proposalBody(id)).isEqualTo(before);
        assertThat(proposalState(id)).isEqualTo("PUBLISHED");
        assertThat(queue(consultation)).isEmpty();

        as(author, () -> {
            proposals.edit(new ProposalEdit(id, version, withBody("Voorstel over cameras", WITH_PHONE), true));
            return null;
        });
        assertThat(proposalBody(id)).isEqualTo(WITH_PHONE);
        assertThat(proposalState(id)).isEqualTo("AWAITING_MODERATION");
        assertThat(queue(consultation)).singleElement().satisfies(q -> {
            assertThat(q.content()).isEqualTo(ContentRef.proposal(id));
            assertThat(q.awaitingApproval()).isTrue();
            assertThat(q.text()).isEqualTo(WITH_PHONE);
        });
        assertThat(events.of(ModerationChanged.class)).anyMatch(e -> e.content().equals(ContentRef.proposal(id)));
        assertThat(as(
                        fixtures.account(),
                        () -> proposals.count(nl.raadsplein.proposal.ProposalQuery.of(consultation, 1))))
                .isZero();
    }

    @Test
    void a_published_comment_edited_with_personal_data_leaves_the_counts_and_comes_back_once_approved() {
        long consultation = consultation(hiding(5, 7, false));
        long id = proposal(consultation, fixtures.account());
        AccountPrincipal author = fixtures.account();
        long commentId = comment(id, author, Alignment.AGAINST, "Tegen, het kost te veel.");
        AccountPrincipal follower = fixtures.account();
        as(follower, () -> {
            notifications.follow(FollowTarget.PROPOSAL, id);
            return null;
        });
        int followerNews = notificationKinds(follower.accountId()).size();
        assertThat(commentCounts(id)).containsExactly(1, 0, 1);

        assertRefused(
                () -> as(author, () -> {
                    comments.editComment(new CommentEdit(commentId, commentVersion(commentId), WITH_PHONE, false));
                    return null;
                }),
                "body",
                CONFIRM_NEEDED);
        assertThat(commentBody(commentId)).isEqualTo("Tegen, het kost te veel.");
        assertThat(commentCounts(id)).containsExactly(1, 0, 1);

        as(author, () -> {
            comments.editComment(new CommentEdit(commentId, commentVersion(commentId), WITH_PHONE, true));
            return null;
        });
        assertThat(commentState(commentId)).isEqualTo("AWAITING_MODERATION");
        assertThat(commentCounts(id)).containsExactly(0, 0, 0);
        assertThat(as(fixtures.account(), () -> comments.comments(id))).isEmpty();
        List<QueueItem> queue = queue(consultation);
        assertThat(queue)
                .singleElement()
                .satisfies(q -> assertThat(q.content()).isEqualTo(ContentRef.comment(commentId)));

        // Editing it again while it waits keeps it waiting, and out of the counts.
        as(author, () -> {
            comments.editComment(
                    new CommentEdit(commentId, commentVersion(commentId), "Tegen. Bel 06-12345678.", true));
            return null;
        });
        assertThat(commentCounts(id)).containsExactly(0, 0, 0);

        AccountPrincipal griffier = griffier();
        as(
                griffier,
                () -> actions.approve(
                        ContentRef.comment(commentId),
                        Decision.of(ModerationReason.NO_VIOLATION, version(griffier, ContentRef.comment(commentId)))));
        assertThat(commentState(commentId)).isEqualTo("PUBLISHED");
        assertThat(commentCounts(id)).containsExactly(1, 0, 1);
        // Followers heard of this comment when it was first posted; its approval after an edit is no news to them.
        assertThat(notificationKinds(follower.accountId())).hasSize(followerNews);
        assertThat(notificationKinds(author.accountId())).contains("MODERATION_APPROVE");
    }

    @Test
    void an_edit_without_personal_data_changes_nothing_about_moderation_and_a_confirmation_without_any_publishes() {
        long consultation = consultation(hiding(5, 7, false));
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation, author);
        long commentId = comment(id, author, Alignment.FOR, "Voor.");
        as(author, () -> {
            proposals.edit(new ProposalEdit(
                    id,
                    proposalVersion(id),
                    withBody("Voorstel over cameras", "Bestelling 123456789 kwam nooit."),
                    true));
            comments.editComment(new CommentEdit(commentId, commentVersion(commentId), "Voor, want het helpt.", true));
            return null;
        });
        assertThat(proposalState(id)).isEqualTo("PUBLISHED");
        assertThat(commentState(commentId)).isEqualTo("PUBLISHED");
        assertThat(commentCounts(id)).containsExactly(1, 1, 0);
        assertThat(queue(consultation)).isEmpty();
    }

    @Test
    void a_waiting_comment_edited_stays_out_of_the_counts_until_approved() {
        long consultation = consultation(hiding(5, 7, true));
        long id = proposal(consultation, fixtures.account());
        AccountPrincipal griffier = griffier();
        as(
                griffier,
                () -> actions.approve(
                        ContentRef.proposal(id),
                        Decision.of(ModerationReason.NO_VIOLATION, version(griffier, ContentRef.proposal(id)))));
        AccountPrincipal author = fixtures.account();
        long commentId = comment(id, author, Alignment.FOR, "Voor.");
        as(author, () -> {
            comments.editComment(
                    new CommentEdit(commentId, commentVersion(commentId), "Voor! Mail me: jan@example.nl", true));
            return null;
        });
        assertThat(commentCounts(id)).containsExactly(0, 0, 0);
        as(
                griffier,
                () -> actions.approve(
                        ContentRef.comment(commentId),
                        Decision.of(ModerationReason.NO_VIOLATION, version(griffier, ContentRef.comment(commentId)))));
        assertThat(commentCounts(id)).containsExactly(1, 1, 0);
    }

    @Test
    void hostile_edits_are_refused_or_stored_exactly_and_never_skip_the_warning() {
        long consultation = consultation(hiding(5, 7, false));
        long id = proposal(consultation, fixtures.account());
        AccountPrincipal author = fixtures.account();
        long commentId = comment(id, author, Alignment.NEUTRAL, "Neutraal.");
        for (String line : HostileInputs.lines()) {
            String before = commentBody(commentId);
            String stateBefore = commentState(commentId);
            try {
                as(author, () -> {
                    comments.editComment(new CommentEdit(commentId, commentVersion(commentId), line, false));
                    return null;
                });
                assertThat(commentBody(commentId))
                        .isEqualTo(nl.raadsplein.platform.TextInput.multiLine(
                                "body", line, nl.raadsplein.proposal.CommentService.COMMENT_LENGTH));
                assertThat(commentState(commentId)).isEqualTo(stateBefore);
            } catch (InvalidInputException refused) {
                assertThat(refused.field()).isEqualTo("body");
                assertThat(commentBody(commentId)).isEqualTo(before);
                assertThat(commentState(commentId)).isEqualTo(stateBefore);
            }
        }
    }
}
