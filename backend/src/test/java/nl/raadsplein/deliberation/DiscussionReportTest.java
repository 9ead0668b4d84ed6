package nl.raadsplein.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.deliberation.DiscussionReport.GroupWeights;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.Test;

class DiscussionReportTest extends ReportTestBase {

    @Test
    void a_visitor_sees_the_groups_counts_and_when_they_were_computed() {
        long id = computedTwoCamps(accounts.account().accountId());
        TestAccounts.signInAnonymously();

        DiscussionReport report = reports.report(id);

        assertThat(report.participantCount()).isEqualTo(20);
        assertThat(report.voteCount()).isEqualTo(140);
        assertThat(report.computedAt()).isNotNull();
        assertThat(report.model()).isNotNull();
        assertThat(report.model().groups()).hasSize(2);
        assertThat(report.model().groups()).extracting(g -> g.size()).containsOnly(10);
        assertThat(report.viewerParticipant()).isNull();
        assertThat(report.closed()).isFalse();
    }

    @Test
    void before_the_first_run_the_report_says_nothing_is_computed_yet() {
        long id = discussions.discussion(accounts.account().accountId(), "Nieuw", Duration.ofDays(3));
        TestAccounts.signInAnonymously();

        DiscussionReport report = reports.report(id);

        assertThat(report.computedAt()).isNull();
        assertThat(report.model()).isNull();
    }

    @Test
    void a_logged_in_participant_finds_their_own_position() {
        AccountPrincipal sandra = accounts.account();
        long id = discussions.discussion(accounts.account().accountId(), "Wie ben ik?", Duration.ofDays(3));
        List<Long> statements = discussions.statements(id, 5);
        List<Long> others = discussions.participants(id, 9);
        long own = discussions.participant(id, sandra.accountId());
        List<Long> everyone = new java.util.ArrayList<>(others);
        everyone.add(own);
        discussions.twoCamps(id, everyone, statements);
        recomputation.recompute(id);
        TestAccounts.signIn(sandra);

        DiscussionReport report = reports.report(id);

        assertThat(report.viewerParticipant()).isEqualTo(own);
        assertThat(report.model().placements()).anyMatch(p -> p.participant() == own && p.group() >= 0);
    }

    @Test
    void value_weights_are_averaged_per_group_and_for_everyone() {
        long id = discussions.discussion(accounts.account().accountId(), "Waarden", Duration.ofDays(3));
        List<Long> participants = discussions.participants(id, 20);
        List<Long> statements = discussions.statements(id, 7);
        discussions.twoCamps(id, participants, statements);
        for (int i = 0; i < 10; i++) {
            discussions.weigh(participants.get(i), 80, 10, 10);
            discussions.weigh(participants.get(10 + i), 20, 20, 60);
        }
        recomputation.recompute(id);
        TestAccounts.signInAnonymously();

        DiscussionReport report = reports.report(id);

        assertThat(report.values())
                .extracting(DiscussionReport.ValueName::code)
                .containsExactly("privacy", "autonomy", "transparency");
        GroupWeights everyone = report.valueWeights().getFirst();
        assertThat(everyone.group()).isEqualTo(-1);
        assertThat(everyone.weighed()).isEqualTo(20);
        assertThat(everyone.averages()).containsExactly(50.0, 15.0, 35.0);
        assertThat(report.valueWeights().subList(1, 3))
                .extracting(GroupWeights::averages)
                .containsExactlyInAnyOrder(List.of(80.0, 10.0, 10.0), List.of(20.0, 20.0, 60.0));
    }

    @Test
    void hidden_statements_are_not_in_the_report() {
        long id = discussions.discussion(accounts.account().accountId(), "Verborgen", Duration.ofDays(3));
        long hidden = discussions.statement(id, "Weg ermee");
        long kept = discussions.statement(id, "Blijft");
        discussions.hide(hidden);
        TestAccounts.signInAnonymously();

        DiscussionReport report = reports.report(id);

        assertThat(report.statements()).containsOnlyKeys(kept);
    }

    @Test
    void an_unpublished_discussion_has_a_report_only_for_the_griffie_and_its_author() {
        AccountPrincipal author = accounts.account(Role.COUNCILLOR);
        long id = discussions.discussion(author.accountId(), "Concept", Duration.ofDays(3));
        discussions.setState(id, DiscussionState.DRAFT);

        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> reports.report(id)).isInstanceOf(NoSuchItemException.class);
        assertThat(reports.exists(id)).isFalse();
        for (Role role : List.of(Role.RESIDENT, Role.COUNCILLOR)) {
            signInAs(role);
            assertThatThrownBy(() -> reports.report(id)).as(role.name()).isInstanceOf(NoSuchItemException.class);
            assertThat(reports.exists(id)).as(role.name()).isFalse();
        }
        for (Role role : List.of(Role.GRIFFIER, Role.ADMIN)) {
            signInAs(role);
            assertThat(reports.report(id).question()).as(role.name()).isEqualTo("Concept");
            assertThat(reports.exists(id)).as(role.name()).isTrue();
        }
        TestAccounts.signIn(author);
        assertThat(reports.report(id).question()).isEqualTo("Concept");
        assertThat(reports.exists(id)).isTrue();
    }

    @Test
    void every_role_sees_a_published_report() {
        long id = computedTwoCamps(accounts.account().accountId());
        for (Role role : Role.values()) {
            signInAs(role);
            assertThat(reports.report(id).participantCount()).as(role.name()).isEqualTo(20);
        }
    }

    @Test
    void a_report_of_no_discussion_is_not_found() {
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> reports.report(Long.MAX_VALUE)).isInstanceOf(NoSuchItemException.class);
    }
}
