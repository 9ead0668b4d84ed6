package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DiscussionClosingTest extends ReportTestBase {

    @Autowired
    OpinionRunRepository runs;

    @Test
    void when_a_discussion_closes_its_final_report_is_published_and_councillors_and_participants_are_told_once() {
        AccountPrincipal councillor = accounts.account(Role.COUNCILLOR);
        AccountPrincipal sandra = accounts.account();
        AccountPrincipal bystander = accounts.account();
        long id = discussions.discussion(accounts.account().accountId(), "Sluit <b>straks</b>", Duration.ofHours(1));
        List<Long> statements = discussions.statements(id, 5);
        List<Long> participants = new java.util.ArrayList<>(discussions.participants(id, 9));
        participants.add(discussions.participant(id, sandra.accountId()));
        discussions.twoCamps(id, participants, statements);

        closing.sweep();
        assertThat(discussions.finalReportAt(id)).as("still open").isNull();

        clock.advance(Duration.ofHours(2));
        closing.sweep();
        closing.sweep();

        assertThat(discussions.finalReportAt(id)).isNotNull();
        assertThat(notificationKinds(councillor.accountId()))
                .filteredOn(DiscussionClosing.NOTICE_KIND::equals)
                .hasSizeGreaterThanOrEqualTo(1);
        assertThat(notificationKinds(sandra.accountId())).containsExactly(DiscussionClosing.NOTICE_KIND);
        assertThat(notificationKinds(bystander.accountId())).isEmpty();
        TestAccounts.signInAnonymously();
        DiscussionReport report = reports.report(id);
        assertThat(report.finalReportAt()).isNotNull();
        assertThat(report.closed()).isTrue();
        assertThat(report.model()).isNotNull();
        assertThat(report.model().votes()).isEqualTo(50);
    }

    @Test
    void votes_after_the_final_report_do_not_change_it() {
        long id = discussions.discussion(accounts.account().accountId(), "Definitief", Duration.ofHours(1));
        List<Long> statements = discussions.statements(id, 5);
        List<Long> participants = discussions.participants(id, 10);
        discussions.twoCamps(id, participants, statements);
        clock.advance(Duration.ofHours(2));
        assertThat(closing.close(id)).isTrue();
        assertThat(closing.close(id)).as("once").isFalse();

        clock.advance(Duration.ofMinutes(1));
        discussions.vote(id, discussions.participant(id, null), statements.getFirst(), Stance.AGREE);
        recomputation.sweep();

        TestAccounts.signInAnonymously();
        assertThat(reports.report(id).model().votes()).isEqualTo(50);
    }

    @Test
    void a_discussion_without_votes_closes_with_an_empty_report() {
        long id = discussions.discussion(accounts.account().accountId(), "Stil", Duration.ofHours(1));
        discussions.statements(id, 3);
        clock.advance(Duration.ofHours(2));

        assertThat(closing.close(id)).isTrue();

        TestAccounts.signInAnonymously();
        DiscussionReport report = reports.report(id);
        assertThat(report.finalReportAt()).isNotNull();
        assertThat(report.model()).isNotNull();
        assertThat(report.model().groups()).isEmpty();
    }

    @Test
    void the_final_report_of_an_imported_conversation_is_no_news_for_the_councillors() {
        AccountPrincipal councillor = accounts.account(Role.COUNCILLOR);
        AccountPrincipal author = accounts.account();
        long held = discussions.discussion(author.accountId(), "Hier gehouden", Duration.ofHours(1));
        long imported = discussions.discussion(author.accountId(), "Elders gehouden", Duration.ofHours(1));
        discussions
                .dsl()
                .update(DISCUSSION)
                .set(DISCUSSION.IMPORTED, true)
                .where(DISCUSSION.ID.eq(imported))
                .execute();

        assertThat(runs.closingRecipients(held)).contains(councillor.accountId());
        assertThat(runs.closingRecipients(imported)).doesNotContain(councillor.accountId());
    }
}
