package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The number a consultation's list shows ("23 voorstellen") is read from counters per state (V26), so it must
 * follow every way a proposal comes, changes state or goes, and show each viewer exactly what their list holds.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class ProposalCountTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    ProposalFixtures fixtures;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static ProposalQuery query(long consultation, Set<ProposalState> states) {
        return new ProposalQuery(consultation, null, states, null, null, false, false, ProposalSort.NEWEST, 1);
    }

    /** What the viewer's list holds, page by page, against the count shown above it. */
    private void countMatchesTheList(String viewer, long consultation, Set<ProposalState> states, int expected) {
        ProposalQuery query = query(consultation, states);
        assertThat(proposals.find(query, 0, 500))
                .as(viewer + " list of " + states)
                .hasSize(expected);
        assertThat(proposals.count(query)).as(viewer + " count of " + states).isEqualTo(expected);
    }

    @Test
    void the_count_follows_submissions_and_every_change_of_state_for_each_viewer() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        long elsewhere = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal author = fixtures.account();
        List<Long> ids = fixtures.insertProposals(consultation, author.accountId(), 6);
        fixtures.insertProposals(elsewhere, author.accountId(), 4);
        long submitted =
                as(fixtures.account(), () -> proposals.submit(ProposalFixtures.submission(consultation, "Nog een")));
        as(author, () -> {
            proposals.withdraw(ids.get(0), "Het is al geregeld.");
            return null;
        });
        fixtures.setState(ids.get(1), ProposalState.HIDDEN);
        fixtures.setState(ids.get(2), ProposalState.AWAITING_MODERATION);
        fixtures.setState(ids.get(3), ProposalState.FOR_COUNCIL);
        fixtures.setState(ids.get(3), ProposalState.ANSWERED);
        fixtures.dsl().deleteFrom(PROPOSAL).where(PROPOSAL.ID.eq(ids.get(4))).execute();
        assertThat(submitted).isPositive();

        Set<ProposalState> all = EnumSet.allOf(ProposalState.class);
        TestAccounts.signInAnonymously();
        // Published: ids 5 and the submitted one; withdrawn 0; answered 3.
        countMatchesTheList("a visitor", consultation, ProposalQuery.PUBLIC_STATES, 4);
        countMatchesTheList("a visitor", consultation, all, 4);
        countMatchesTheList("a visitor", consultation, EnumSet.of(ProposalState.WITHDRAWN), 1);
        countMatchesTheList("a visitor", consultation, EnumSet.of(ProposalState.HIDDEN), 0);
        TestAccounts.signIn(author);
        countMatchesTheList("the author", consultation, all, 5);
        countMatchesTheList("the author", consultation, EnumSet.of(ProposalState.AWAITING_MODERATION), 1);
        TestAccounts.signIn(fixtures.account());
        countMatchesTheList("another resident", consultation, all, 4);
        TestAccounts.signIn(fixtures.account(Role.GRIFFIER));
        countMatchesTheList("the griffie", consultation, all, 6);
        countMatchesTheList("the griffie", consultation, ProposalQuery.PUBLIC_STATES, 4);
        countMatchesTheList("the griffie", elsewhere, all, 4);
    }

    @Test
    void a_count_with_other_filters_counts_the_matching_proposals() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        fixtures.insertProposals(consultation, fixtures.account().accountId(), 3);
        AccountPrincipal author = fixtures.account();
        long mine = as(
                author,
                () -> proposals.submit(ProposalFixtures.submission(consultation, "Lantaarnpalen met sensoren")));
        TestAccounts.signIn(author);

        ProposalQuery own =
                new ProposalQuery(consultation, null, null, null, null, false, true, ProposalSort.NEWEST, 1);
        assertThat(proposals.count(own)).isEqualTo(1);
        ProposalQuery text = new ProposalQuery(
                consultation, "lantaarnpalen", null, null, null, false, false, ProposalSort.NEWEST, 1);
        assertThat(proposals.find(text, 0, 20)).extracting(ProposalSummary::id).containsExactly(mine);
        assertThat(proposals.count(text)).isEqualTo(1);
    }
}
