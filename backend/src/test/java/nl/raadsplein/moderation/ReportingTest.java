package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.MODERATION_REPORT;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.CommentView;
import nl.raadsplein.proposal.ProposalCommentState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ReportingTest extends ModerationTestBase {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void three_fresh_accounts_reporting_together_hide_nothing_but_reach_the_queue() throws Exception {
        long consultation = consultation(hiding(3, 7, false));
        long id = proposal(consultation, fixtures.account());
        List<AccountPrincipal> fresh = residents(3, 0, true);
        List<Object> outcomes = race(3, i -> () -> {
            report(fresh.get(i), ContentRef.proposal(id), ReportReason.SPAM);
            return "ok";
        });
        assertThat(outcomes).containsOnly("ok");
        assertThat(proposalState(id)).isEqualTo("PUBLISHED");
        QueueItem row = as(
                griffier(), () -> moderationQueue.item(ContentRef.proposal(id)).item());
        assertThat(row.reportCount()).isEqualTo(3);
        assertThat(row.hiddenByReports()).isFalse();
        assertThat(row.reasons()).containsExactly(ReportReason.SPAM);
    }

    @Test
    void unverified_or_young_accounts_never_hide_and_n_verified_old_accounts_do() throws Exception {
        long consultation = consultation(hiding(3, 7, false));
        long id = proposal(consultation, fixtures.account());
        ContentRef ref = ContentRef.proposal(id);
        for (AccountPrincipal unverifiedOld : residents(4, 30, false)) {
            report(unverifiedOld, ref, ReportReason.OFFENSIVE);
        }
        for (AccountPrincipal verifiedYoung : residents(4, 6, true)) {
            report(verifiedYoung, ref, ReportReason.OFFENSIVE);
        }
        assertThat(proposalState(id)).isEqualTo("PUBLISHED");
        List<AccountPrincipal> qualified = residents(3, 7, true);
        report(qualified.get(0), ref, ReportReason.PERSONAL_DATA);
        report(qualified.get(1), ref, ReportReason.PERSONAL_DATA);
        assertThat(proposalState(id)).isEqualTo("PUBLISHED");
        report(qualified.get(2), ref, ReportReason.PERSONAL_DATA);
        assertThat(proposalState(id)).isEqualTo("HIDDEN");
        QueueItem row = as(griffier(), () -> moderationQueue.item(ref).item());
        assertThat(row.reportCount()).isEqualTo(11);
        assertThat(row.hiddenByReports()).isTrue();
        assertThat(row.reasons()).containsExactly(ReportReason.OFFENSIVE, ReportReason.PERSONAL_DATA);
    }

    @Test
    void an_item_the_griffie_restored_is_not_hidden_again_by_one_more_report() {
        long consultation = consultation(hiding(3, 7, false));
        long id = proposal(consultation, fixtures.account());
        ContentRef ref = ContentRef.proposal(id);
        List<AccountPrincipal> qualified = residents(4, 10, true);
        for (AccountPrincipal reporter : qualified.subList(0, 3)) {
            report(reporter, ref, ReportReason.OFFENSIVE);
        }
        assertThat(proposalState(id)).isEqualTo("HIDDEN");
        AccountPrincipal griffier = griffier();
        as(griffier, () -> actions.restore(ref, Decision.of(ModerationReason.NO_VIOLATION, version(griffier, ref))));
        assertThat(proposalState(id)).isEqualTo("PUBLISHED");

        report(qualified.get(3), ref, ReportReason.OFFENSIVE);

        assertThat(proposalState(id)).isEqualTo("PUBLISHED");
        assertThat(as(griffier, () -> moderationQueue.item(ref).item()).reportCount())
                .isEqualTo(1);
    }

    @Test
    void n_verified_old_accounts_reporting_at_once_hide_the_item_exactly_once() throws Exception {
        long consultation = consultation(hiding(5, 7, false));
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation, author);
        long commentId = comment(id, author, Alignment.FOR, "Een reactie met een naam erin.");
        List<AccountPrincipal> qualified = residents(5, 10, true);
        List<Object> outcomes = race(5, i -> () -> {
            report(qualified.get(i), ContentRef.comment(commentId), ReportReason.NAMES_PRIVATE_PERSON);
            return "ok";
        });
        assertThat(outcomes).containsOnly("ok");
        assertThat(commentState(commentId)).isEqualTo("HIDDEN");
        assertThat(commentCounts(id)).containsExactly(0, 0, 0);
        assertThat(events.of(ReportReceived.class).stream()
                        .filter(e -> e.content().equals(ContentRef.comment(commentId))))
                .hasSize(5);
    }

    @Test
    void a_griffier_confirms_a_hide_that_reports_started_and_the_author_may_appeal_it() throws Exception {
        long consultation = consultation(hiding(3, 7, false));
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation, author);
        ContentRef ref = ContentRef.proposal(id);
        for (AccountPrincipal qualified : residents(3, 7, true)) {
            report(qualified, ref, ReportReason.OFFENSIVE);
        }
        assertThat(proposalState(id)).isEqualTo("HIDDEN");
        AccountPrincipal griffier = griffier();

        long actionId = as(
                griffier,
                () -> actions.hide(ref, Decision.of(ModerationReason.OFFENSIVE, moderationQueue.version(ref))));

        assertThat(proposalState(id)).isEqualTo("HIDDEN");
        QueueItem row = as(griffier, () -> moderationQueue.item(ref).item());
        assertThat(row.hiddenByReports()).isFalse();
        assertThat(as(author, () -> appeals.decision(actionId)).action()).isEqualTo(ModerationAction.HIDE);
    }

    @Test
    void an_item_hidden_by_reports_shows_a_neutral_placeholder_until_the_griffier_decides() {
        long consultation = consultation(hiding(3, 7, false));
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation, author);
        long commentId = comment(id, author, Alignment.AGAINST, "Mijn buurvrouw Gerda is een heks.");
        long otherId = proposal(consultation, author);
        for (AccountPrincipal qualified : residents(3, 7, true)) {
            report(qualified, ContentRef.comment(commentId), ReportReason.NAMES_PRIVATE_PERSON);
            report(qualified, ContentRef.proposal(otherId), ReportReason.SPAM);
        }
        AccountPrincipal visitor = fixtures.account();
        CommentView pending = as(visitor, () -> comments.comments(id)).getFirst();
        assertThat(pending.underReview()).isTrue();
        assertThat(pending.body()).isNull();
        assertThat(as(visitor, () -> proposals.underReview(otherId))).isTrue();
        assertThatThrownBy(() -> as(visitor, () -> proposals.proposal(otherId)))
                .isInstanceOf(NoSuchItemException.class);
        assertThat(as(visitor, () -> proposals.hasPage(otherId)))
                .as("the placeholder's page")
                .isTrue();

        AccountPrincipal griffier = griffier();
        ContentRef comment = ContentRef.comment(commentId);
        ContentRef proposal = ContentRef.proposal(otherId);
        as(
                griffier,
                () -> actions.hide(comment, Decision.of(ModerationReason.PRIVACY, moderationQueue.version(comment))));
        as(
                griffier,
                () -> actions.hide(proposal, Decision.of(ModerationReason.SPAM, moderationQueue.version(proposal))));

        CommentView decided = as(visitor, () -> comments.comments(id)).getFirst();
        assertThat(decided.state()).isEqualTo(ProposalCommentState.HIDDEN);
        assertThat(decided.underReview()).isFalse();
        assertThat(as(visitor, () -> proposals.underReview(otherId))).isFalse();
        assertThat(as(visitor, () -> proposals.underReview(id))).isFalse();
        assertThat(as(visitor, () -> proposals.hasPage(otherId)))
                .as("hidden by decision")
                .isFalse();
        assertThat(as(griffier, () -> proposals.hasPage(otherId))).isTrue();
        assertThat(as(visitor, () -> proposals.hasPage(id))).isTrue();
    }

    @Test
    void a_griffiers_report_hides_at_once() {
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        report(griffier(), ContentRef.proposal(id), ReportReason.DISCRIMINATION);
        assertThat(proposalState(id)).isEqualTo("HIDDEN");
    }

    @Test
    void each_person_reports_an_item_once_even_from_many_tabs_at_once() throws Exception {
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        AccountPrincipal reporter = fixtures.account();
        List<Object> outcomes = race(10, i -> () -> {
            report(reporter, ContentRef.proposal(id), ReportReason.SPAM);
            return "ok";
        });
        assertThat(outcomes.stream().filter("ok"::equals)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !"ok".equals(o)))
                .allSatisfy(o -> assertThat(((InvalidInputException) o).messageKey())
                        .isEqualTo("moderation.error.already-reported"));
        assertThat(dsl().fetchCount(MODERATION_REPORT, MODERATION_REPORT.REPORTER_ID.eq(reporter.accountId())))
                .isEqualTo(1);
        assertThat(as(reporter, () -> reporting.hasReported(ContentRef.proposal(id))))
                .isTrue();
    }

    @Test
    void other_needs_a_text_and_own_hidden_or_unknown_items_cannot_be_reported() {
        AccountPrincipal author = fixtures.account();
        long consultation = consultation(hiding(5, 7, false));
        long id = proposal(consultation, author);
        AccountPrincipal reporter = fixtures.account();
        assertRefused(() -> report(reporter, ContentRef.proposal(id), ReportReason.OTHER), "text", "error.required");
        assertRefused(() -> report(reporter, ContentRef.proposal(id), null), "reason", "error.required");
        assertRefused(
                () -> report(author, ContentRef.proposal(id), ReportReason.SPAM),
                "reason",
                "moderation.error.own-content");
        assertRefused(
                () -> report(author, ContentRef.profile(author.accountId()), ReportReason.SPAM),
                "reason",
                "moderation.error.own-content");
        assertThatThrownBy(() -> report(reporter, ContentRef.proposal(Long.MAX_VALUE), ReportReason.SPAM))
                .isInstanceOf(NoSuchItemException.class);
        long commentId = comment(id, author, Alignment.FOR, "Eens.");
        long stillPublished = comment(id, author, Alignment.AGAINST, "Oneens.");
        report(griffier(), ContentRef.comment(commentId), ReportReason.SPAM);
        assertRefused(
                () -> report(reporter, ContentRef.comment(commentId), ReportReason.SPAM),
                "reason",
                "moderation.error.already-hidden");
        report(griffier(), ContentRef.proposal(id), ReportReason.SPAM);
        assertRefused(
                () -> report(reporter, ContentRef.proposal(id), ReportReason.SPAM),
                "reason",
                "moderation.error.already-hidden");
        assertThatThrownBy(() -> report(reporter, ContentRef.comment(stillPublished), ReportReason.SPAM))
                .as("a comment under a hidden proposal is not there for the reporter")
                .isInstanceOf(NoSuchItemException.class);
        as(reporter, () -> {
            reporting.report(
                    new Report(ContentRef.profile(author.accountId()), ReportReason.OTHER, "Naam is een scheldwoord"));
            return null;
        });
    }

    @Test
    void hostile_report_texts_are_refused_or_stored_exactly_never_a_database_error() {
        long id = proposal(consultation(hiding(1000, 7, false)), fixtures.account());
        int stored = 0;
        for (String line : HostileInputs.lines()) {
            AccountPrincipal reporter = fixtures.account();
            try {
                as(reporter, () -> {
                    reporting.report(new Report(ContentRef.proposal(id), ReportReason.OTHER, line));
                    return null;
                });
            } catch (InvalidInputException refused) {
                assertThat(refused.field()).isEqualTo("text");
                continue;
            }
            String text = dsl().select(MODERATION_REPORT.TEXT)
                    .from(MODERATION_REPORT)
                    .where(MODERATION_REPORT.REPORTER_ID.eq(reporter.accountId()))
                    .fetchOne()
                    .value1();
            assertThat(text).isEqualTo(TextInput.multiLine("text", line, ReportService.REPORT_TEXT_LENGTH));
            stored++;
        }
        assertThat(stored).isPositive();
        List<ReportView> reports = as(
                griffier(), () -> moderationQueue.item(ContentRef.proposal(id)).reports());
        assertThat(reports).hasSize(stored);
    }

    @Test
    void the_live_event_comes_after_commit_and_never_for_a_rolled_back_report() {
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        AccountPrincipal reporter = fixtures.account();
        int before = events.of(ReportReceived.class).size();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            report(reporter, ContentRef.proposal(id), ReportReason.SPAM);
            assertThat(events.of(ReportReceived.class)).hasSize(before);
            status.setRollbackOnly();
        });
        assertThat(events.of(ReportReceived.class)).hasSize(before);
        report(reporter, ContentRef.proposal(id), ReportReason.SPAM);
        assertThat(events.of(ReportReceived.class)).hasSize(before + 1);
        assertThat(events.of(ReportReceived.class).getLast().openReports()).isEqualTo(1);
    }
}
