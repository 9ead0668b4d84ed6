package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.notification.FollowTarget;
import nl.raadsplein.notification.NotificationService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.CommentDraft;
import nl.raadsplein.proposal.CommentSubmission;
import nl.raadsplein.proposal.ProposalDraft;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalSubmission;
import nl.raadsplein.proposal.Redaction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActionsTest extends ModerationTestBase {

    @Autowired
    NotificationService notifications;

    @Test
    void hiding_a_comment_drops_it_from_the_counters_and_restoring_brings_it_back() {
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        long commentId = comment(id, author, Alignment.AGAINST, "Tegen, want het kost te veel.");
        assertThat(commentCounts(id)).containsExactly(1, 0, 1);
        AccountPrincipal griffier = griffier();
        ContentRef ref = ContentRef.comment(commentId);
        as(griffier, () -> actions.hide(ref, Decision.of(ModerationReason.OFFENSIVE, 0)));
        assertThat(commentState(commentId)).isEqualTo("HIDDEN");
        assertThat(commentCounts(id)).containsExactly(0, 0, 0);
        as(griffier, () -> actions.restore(ref, Decision.of(ModerationReason.NO_VIOLATION, 1)));
        assertThat(commentState(commentId)).isEqualTo("PUBLISHED");
        assertThat(commentCounts(id)).containsExactly(1, 0, 1);
        assertThat(notificationKinds(author.accountId())).containsSubsequence("MODERATION_HIDE", "MODERATION_RESTORE");
        assertRefused(
                () -> as(griffier, () -> actions.restore(ref, Decision.of(ModerationReason.NO_VIOLATION, 2))),
                "action",
                "proposal.error.not-hidden");
        assertThat(as(griffier, () -> moderationQueue.version(ref))).isEqualTo(2);
    }

    @Test
    void the_author_hears_the_action_and_reason_followers_hear_nothing_and_reporters_hear_the_outcome() {
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation(hiding(5, 7, false)), author);
        AccountPrincipal follower = fixtures.account();
        as(follower, () -> {
            notifications.follow(FollowTarget.PROPOSAL, id);
            return null;
        });
        List<AccountPrincipal> reporters = residents(2, 0, false);
        reporters.forEach(r -> report(r, ContentRef.proposal(id), ReportReason.PERSONAL_DATA));
        int followerBefore = notificationKinds(follower.accountId()).size();
        long actionId = as(
                griffier(),
                () -> actions.hide(
                        ContentRef.proposal(id), new Decision(ModerationReason.PRIVACY, "Er staat een adres in.", 0)));
        assertThat(proposalState(id)).isEqualTo("HIDDEN");
        assertThat(notificationKinds(author.accountId())).contains("MODERATION_HIDE");
        assertThat(notificationTitles(author.accountId()).getLast())
                .contains("voorstel")
                .contains("privacy");
        assertThat(notificationKinds(follower.accountId())).hasSize(followerBefore);
        for (AccountPrincipal reporter : reporters) {
            assertThat(notificationKinds(reporter.accountId())).containsExactly("MODERATION_REPORT_HANDLED");
            assertThat(notificationTitles(reporter.accountId()).getFirst()).doesNotContain(author.displayName());
        }
        AuthorDecision decision = as(author, () -> appeals.decision(actionId));
        assertThat(decision.action()).isEqualTo(ModerationAction.HIDE);
        assertThat(decision.reason()).isEqualTo(ModerationReason.PRIVACY);
        assertThat(decision.text()).isEqualTo("Er staat een adres in.");
        assertThat(decision.appealable()).isTrue();
        assertThat(as(griffier(), () -> moderationQueue.countQueue(null))).isNotNegative();
        assertThat(as(
                        griffier(),
                        () -> moderationQueue
                                .item(ContentRef.proposal(id))
                                .item()
                                .reportCount()))
                .isZero();
    }

    @Test
    void dismissing_reports_brings_back_what_they_hid_and_tells_the_reporters() {
        long id = proposal(consultation(hiding(3, 7, false)), fixtures.account());
        List<AccountPrincipal> reporters = residents(3, 30, true);
        reporters.forEach(r -> report(r, ContentRef.proposal(id), ReportReason.OFF_TOPIC));
        assertThat(proposalState(id)).isEqualTo("HIDDEN");
        AccountPrincipal griffier = griffier();
        as(
                griffier,
                () -> actions.dismiss(
                        ContentRef.proposal(id),
                        Decision.of(ModerationReason.NO_VIOLATION, version(griffier, ContentRef.proposal(id)))));
        assertThat(proposalState(id)).isEqualTo("PUBLISHED");
        assertThat(notificationKinds(reporters.getFirst().accountId())).containsExactly("MODERATION_REPORT_HANDLED");
        QueueItem row =
                as(griffier, () -> moderationQueue.item(ContentRef.proposal(id)).item());
        assertThat(row.hiddenByReports()).isFalse();
        assertThat(as(griffier, () -> moderationQueue.queue(QueueSort.OLDEST, null, 0, 500)))
                .noneMatch(q -> q.content().equals(ContentRef.proposal(id)));
    }

    @Test
    void redacting_replaces_a_fragment_or_a_range_and_keeps_the_rest() {
        AccountPrincipal author = fixtures.account();
        long consultation = consultation(hiding(5, 7, false));
        long id = as(
                author,
                () -> proposals.submit(new ProposalSubmission(
                        consultation,
                        new ProposalDraft(
                                "Camera bij Jan Jansen",
                                "Jan Jansen woont op Dorpsstraat 1 en ziet alles.",
                                List.of("personal-data"),
                                null,
                                null),
                        false)));
        AccountPrincipal griffier = griffier();
        as(
                griffier,
                () -> actions.redact(
                        ContentRef.proposal(id), Redaction.of("Jan Jansen"), Decision.of(ModerationReason.PRIVACY, 0)));
        var row = dsl().select(PROPOSAL.TITLE, PROPOSAL.BODY)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.eq(id))
                .fetchOne();
        assertThat(row.value1()).isEqualTo("Camera bij [verwijderd]");
        assertThat(row.value2()).isEqualTo("[verwijderd] woont op Dorpsstraat 1 en ziet alles.");
        int start = row.value2().indexOf("Dorpsstraat 1");
        as(
                griffier,
                () -> actions.redact(
                        ContentRef.proposal(id),
                        Redaction.between(start, start + "Dorpsstraat 1".length())
                                .withReplacement("[adres]"),
                        Decision.of(ModerationReason.PRIVACY, 1)));
        assertThat(dsl().select(PROPOSAL.BODY)
                        .from(PROPOSAL)
                        .where(PROPOSAL.ID.eq(id))
                        .fetchOne()
                        .value1())
                .isEqualTo("[verwijderd] woont op [adres] en ziet alles.");
        assertRefused(
                () -> as(
                        griffier,
                        () -> actions.redact(
                                ContentRef.proposal(id),
                                Redaction.of("Piet"),
                                Decision.of(ModerationReason.PRIVACY, 2))),
                "fragment",
                "proposal.error.fragment-not-found");
        assertRefused(
                () -> as(
                        griffier,
                        () -> actions.redact(
                                ContentRef.proposal(id),
                                Redaction.between(5, 500),
                                Decision.of(ModerationReason.PRIVACY, 2))),
                "fragment",
                "proposal.error.redaction-range");
        // Posted despite the personal-data warning, so it waits for the griffie, who takes the number out.
        long commentId = as(
                fixtures.account(),
                () -> comments.comment(new CommentSubmission(
                        id, null, new CommentDraft(Alignment.NEUTRAL, "Bel 06-12345678 maar.", null), true)));
        as(
                griffier,
                () -> actions.redact(
                        ContentRef.comment(commentId),
                        Redaction.of("06-12345678"),
                        Decision.of(ModerationReason.PRIVACY, 0)));
        assertThat(dsl().select(COMMENT.BODY)
                        .from(COMMENT)
                        .where(COMMENT.ID.eq(commentId))
                        .fetchOne()
                        .value1())
                .isEqualTo("Bel [verwijderd] maar.");
        AccountPrincipal rude = fixtures.account();
        dsl().update(ACCOUNT)
                .set(ACCOUNT.DISPLAY_NAME, "Piet Scheldwoord")
                .where(ACCOUNT.ID.eq(rude.accountId()))
                .execute();
        as(
                griffier,
                () -> actions.redact(
                        ContentRef.profile(rude.accountId()),
                        Redaction.of("Scheldwoord").withReplacement("B."),
                        Decision.of(ModerationReason.OFFENSIVE, 0)));
        assertThat(dsl().select(ACCOUNT.DISPLAY_NAME)
                        .from(ACCOUNT)
                        .where(ACCOUNT.ID.eq(rude.accountId()))
                        .fetchOne()
                        .value1())
                .isEqualTo("Piet B.");
    }

    @Test
    void pre_moderated_items_wait_in_the_queue_until_approved_and_count_from_then_on() {
        long consultation = consultation(hiding(5, 7, true));
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation, author);
        AccountPrincipal griffier = griffier();
        assertThat(proposalState(id)).isEqualTo("AWAITING_MODERATION");
        List<QueueItem> queue = as(griffier, () -> moderationQueue.queue(QueueSort.OLDEST, consultation, 0, 50));
        assertThat(queue).singleElement().satisfies(q -> {
            assertThat(q.content()).isEqualTo(ContentRef.proposal(id));
            assertThat(q.awaitingApproval()).isTrue();
            assertThat(q.reportCount()).isZero();
        });
        as(
                griffier,
                () -> actions.approve(
                        ContentRef.proposal(id),
                        Decision.of(
                                ModerationReason.NO_VIOLATION, queue.getFirst().version())));
        assertThat(proposalState(id)).isEqualTo("PUBLISHED");
        long commentId = comment(id, fixtures.account(), Alignment.FOR, "Goed plan.");
        assertThat(commentState(commentId)).isEqualTo("AWAITING_MODERATION");
        assertThat(commentCounts(id)).containsExactly(0, 0, 0);
        assertThat(as(griffier, () -> moderationQueue.countQueue(consultation))).isEqualTo(1);
        as(
                griffier,
                () -> actions.approve(ContentRef.comment(commentId), Decision.of(ModerationReason.NO_VIOLATION, 0)));
        assertThat(commentState(commentId)).isEqualTo("PUBLISHED");
        assertThat(commentCounts(id)).containsExactly(1, 1, 0);
        assertThat(as(griffier, () -> moderationQueue.countQueue(consultation))).isZero();
        assertRefused(
                () -> as(
                        griffier,
                        () -> actions.approve(
                                ContentRef.comment(commentId), Decision.of(ModerationReason.NO_VIOLATION, 1))),
                "action",
                "proposal.error.not-awaiting");
    }

    @Test
    void a_blocked_author_cannot_post_comment_support_or_report_until_unblocked() {
        long consultation = consultation(hiding(5, 7, false));
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation, author);
        long other = proposal(consultation, fixtures.account());
        long commentId = comment(other, author, Alignment.FOR, "Reactie van de schrijver.");
        AccountPrincipal griffier = griffier();
        assertRefused(
                () -> as(
                        griffier,
                        () -> actions.blockAuthor(
                                ContentRef.proposal(id), new Block(ModerationReason.SPAM, "te kort", false, 0))),
                "text",
                "moderation.error.justification-too-short");
        as(
                griffier,
                () -> actions.blockAuthor(
                        ContentRef.proposal(id),
                        new Block(ModerationReason.SPAM, "Plaatst telkens dezelfde reclame.", true, 0)));
        assertThat(proposalState(id)).isEqualTo("HIDDEN");
        assertThat(commentState(commentId)).isEqualTo("HIDDEN");
        assertThat(commentCounts(other)).containsExactly(0, 0, 0);
        assertRefused(
                () -> as(author, () -> proposals.submit(ProposalFixtures.submission(consultation, "Nog een"))),
                "title",
                "proposal.error.blocked");
        assertRefused(() -> comment(other, author, Alignment.FOR, "Nog een reactie"), "body", "proposal.error.blocked");
        assertRefused(() -> as(author, () -> supports.support(other)), "support", "proposal.error.blocked");
        assertRefused(
                () -> report(author, ContentRef.proposal(other), ReportReason.SPAM),
                "reason",
                "moderation.error.blocked");
        assertRefused(
                () -> as(
                        griffier,
                        () -> actions.blockAuthor(
                                ContentRef.proposal(id),
                                new Block(ModerationReason.SPAM, "Plaatst telkens dezelfde reclame.", false, 1))),
                "action",
                "moderation.error.already-blocked");
        int profileVersion = version(griffier, ContentRef.profile(author.accountId()));
        as(
                griffier,
                () -> actions.unblock(author.accountId(), Decision.of(ModerationReason.NO_VIOLATION, profileVersion)));
        assertThat(as(author, () -> supports.support(other))).isEqualTo(1);
        assertThat(notificationKinds(author.accountId())).contains("MODERATION_BLOCK_AUTHOR", "MODERATION_UNBLOCK");
    }

    @Test
    void a_griffier_cannot_block_another_griffier_or_an_administrator() {
        long consultation = consultation(hiding(5, 7, false));
        AccountPrincipal griffier = griffier();
        for (AccountPrincipal staff : List.of(griffier(), fixtures.account(Role.ADMIN))) {
            long id = proposal(consultation, staff);
            assertRefused(
                    () -> as(
                            griffier,
                            () -> actions.blockAuthor(
                                    ContentRef.proposal(id),
                                    new Block(ModerationReason.SPAM, "Plaatst telkens dezelfde reclame.", true, 0))),
                    "action",
                    "account.error.staff-not-blockable");
            assertThat(proposalState(id)).isEqualTo("PUBLISHED");
            assertThat(as(staff, () -> supports.support(proposal(consultation, fixtures.account()))))
                    .isEqualTo(1);
        }
    }

    @Test
    void a_profile_without_text_has_nothing_to_hide_restore_or_approve() {
        AccountPrincipal someone = fixtures.account();
        AccountPrincipal griffier = griffier();
        ContentRef profile = ContentRef.profile(someone.accountId());
        assertRefused(
                () -> as(griffier, () -> actions.hide(profile, Decision.of(ModerationReason.OFFENSIVE, 0))),
                "action",
                "account.error.no-profile-text");
        assertRefused(
                () -> as(griffier, () -> actions.restore(profile, Decision.of(ModerationReason.OFFENSIVE, 0))),
                "action",
                "account.error.no-profile-text");
        assertRefused(
                () -> as(griffier, () -> actions.approve(profile, Decision.of(ModerationReason.OFFENSIVE, 0))),
                "action",
                "account.error.no-profile-text");
        assertThat(version(griffier, profile)).isZero();
    }

    @Test
    void hostile_decision_texts_and_replacements_are_refused_or_stored_exactly() {
        AccountPrincipal griffier = griffier();
        long consultation = consultation(hiding(5, 7, false));
        for (String line : HostileInputs.lines()) {
            long id = proposal(consultation, fixtures.account());
            try {
                long actionId = as(
                        griffier,
                        () -> actions.hide(
                                ContentRef.proposal(id), new Decision(ModerationReason.VIOLATES_RULES, line, 0)));
                ActionView action = as(
                        griffier,
                        () -> moderationQueue
                                .item(ContentRef.proposal(id))
                                .actions()
                                .getLast());
                assertThat(action.id()).isEqualTo(actionId);
                assertThat(action.text())
                        .isEqualTo(nl.raadsplein.platform.TextInput.multiLine(
                                "text", line, ModerationActionService.DECISION_TEXT_LENGTH));
            } catch (InvalidInputException refused) {
                assertThat(refused.field()).isEqualTo("text");
                assertThat(proposalState(id)).isEqualTo("PUBLISHED");
            }
            try {
                as(
                        griffier,
                        () -> actions.redact(
                                ContentRef.proposal(id),
                                Redaction.of("cameras").withReplacement(line),
                                Decision.of(ModerationReason.PRIVACY, version(griffier, ContentRef.proposal(id)))));
            } catch (InvalidInputException refused) {
                assertThat(refused.field()).isIn("replacement", "fragment");
            }
        }
    }
}
