package nl.raadsplein.proposal;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.settings;
import static nl.raadsplein.proposal.ProposalFixtures.submission;
import static nl.raadsplein.proposal.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class SupportTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    SupportService supports;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    ProposalEvents events;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long proposal(long consultation) {
        return as(fixtures.account(), () -> proposals.submit(submission(consultation, "Steun mij")));
    }

    @Test
    void a_support_counts_once_however_often_it_is_given_and_can_be_withdrawn_once() {
        long id = proposal(fixtures.consultation(Phase.PROPOSALS));
        AccountPrincipal sandra = fixtures.signInAs();
        assertThat(supports.support(id)).isEqualTo(1);
        assertThat(supports.support(id)).isEqualTo(1);
        assertThat(proposals.proposal(id).supportedByMe()).isTrue();
        assertThat(fixtures.supportRows(id)).isEqualTo(1);
        assertThat(events.of(SupportChanged.class).stream().filter(e -> e.proposalId() == id))
                .containsExactly(new SupportChanged(id, sandra.accountId(), true, 1));

        assertThat(supports.withdrawSupport(id)).isZero();
        assertThat(supports.withdrawSupport(id)).isZero();
        assertThat(fixtures.supportRows(id)).isZero();
        assertThat(fixtures.supportCount(id)).isZero();
        assertThat(proposals.proposal(id).supportedByMe()).isFalse();
        assertThat(events.of(SupportChanged.class).stream().filter(e -> e.proposalId() == id))
                .hasSize(2);
    }

    @Test
    void residents_may_support_their_own_proposal() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        fixtures.signInAs();
        long id = proposals.submit(submission(consultation, "Van mij"));
        assertThat(supports.support(id)).isEqualTo(1);
    }

    @Test
    void supports_are_accepted_only_while_the_phase_allows() {
        long open = fixtures.proposalIn(Phase.SUPPORTS, settings(50, 3, 30, false, false), proposals);
        long late = fixtures.proposalIn(Phase.DELIBERATION, settings(50, 3, 30, false, false), proposals);
        fixtures.signInAs();
        assertRefused(() -> supports.support(late), "support", "proposal.error.supports-closed");
        assertRefused(() -> supports.withdrawSupport(late), "support", "proposal.error.supports-closed");
        assertThat(fixtures.supportCount(late)).isZero();
        assertThat(proposals.proposal(late).supportable()).isFalse();
        assertThat(proposals.proposal(open).supportable()).isTrue();
        assertThat(supports.support(open)).isEqualTo(1);
    }

    @Test
    void with_verification_required_only_verified_residents_support() {
        long id = fixtures.proposalIn(Phase.SUPPORTS, settings(50, 3, 30, true, false), proposals);
        AccountPrincipal unverified = fixtures.signInAs();
        assertRefused(() -> supports.support(id), "support", "proposal.error.verification-required");
        assertThat(fixtures.supportRows(id)).isZero();
        fixtures.verify(unverified.accountId());
        assertThat(supports.support(id)).isEqualTo(1);
    }

    @Test
    void withdrawn_hidden_and_answered_proposals_take_no_supports() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal author = fixtures.account();
        long withdrawn = as(author, () -> proposals.submit(submission(consultation, "Weg")));
        as(author, () -> {
            proposals.withdraw(withdrawn, "Weg");
            return null;
        });
        long answered = proposal(consultation);
        fixtures.asGriffier(() -> {
            proposals.answer(answered, new Answer(AnswerKind.REJECTED, "Nee."));
            return null;
        });
        fixtures.signInAs();
        assertRefused(() -> supports.support(withdrawn), "support", "proposal.error.not-supportable");
        assertRefused(() -> supports.support(answered), "support", "proposal.error.not-supportable");
        assertThat(fixtures.supportCount(withdrawn) + fixtures.supportCount(answered))
                .isZero();
    }

    @Test
    void reaching_the_threshold_sends_the_proposal_to_the_council_once_and_withdrawing_does_not_undo_it() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(2, 3, 30, false, false));
        long id = proposal(consultation);
        var residents = fixtures.accounts(3);
        as(residents.get(0), () -> supports.support(id));
        assertThat(proposals.proposal(id).state()).isEqualTo(ProposalState.PUBLISHED);
        as(residents.get(1), () -> supports.support(id));
        assertThat(proposals.proposal(id).state()).isEqualTo(ProposalState.FOR_COUNCIL);
        as(residents.get(1), () -> supports.withdrawSupport(id));
        as(residents.get(1), () -> supports.support(id));
        as(residents.get(2), () -> supports.support(id));
        ProposalDetails details = proposals.proposal(id);
        assertThat(details.state()).isEqualTo(ProposalState.FOR_COUNCIL);
        assertThat(details.supportCount()).isEqualTo(3);
        assertThat(details.supportable()).isTrue();
        assertThat(events.of(ProposalReachedThreshold.class).stream().filter(e -> e.proposalId() == id))
                .hasSize(1);
    }

    @Test
    void the_griffie_records_a_support_given_at_the_desk_and_it_counts_like_any_other() {
        long id = fixtures.proposalIn(Phase.SUPPORTS, settings(50, 3, 30, true, false), proposals);
        AccountPrincipal caller = fixtures.account();
        AccountPrincipal griffier = fixtures.signInAs(Role.GRIFFIER);
        assertRefused(
                () -> supports.supportOnBehalf(id, caller.accountId(), EntryChannel.DESK),
                "support",
                "proposal.error.verification-required");
        assertRefused(() -> supports.supportOnBehalf(id, caller.accountId(), null), "channel", "error.required");
        fixtures.verify(caller.accountId());
        assertThat(supports.supportOnBehalf(id, caller.accountId(), EntryChannel.DESK))
                .isEqualTo(1);
        assertThat(supports.supportOnBehalf(id, caller.accountId(), EntryChannel.LETTER))
                .isEqualTo(1);
        var row = fixtures.dsl()
                .selectFrom(nl.raadsplein.jooq.Tables.SUPPORT)
                .where(nl.raadsplein.jooq.Tables.SUPPORT.PROPOSAL_ID.eq(id))
                .fetchSingle();
        assertThat(row.getAccountId()).isEqualTo(caller.accountId());
        assertThat(row.getEnteredBy()).isEqualTo(griffier.accountId());
        assertThat(row.getEntryChannel()).isEqualTo(EntryChannel.DESK);
        TestAccounts.signIn(caller);
        assertThat(proposals.proposal(id).supportedByMe()).isTrue();
        assertThat(supports.withdrawSupport(id)).isZero();
    }

    @Test
    void a_support_recorded_for_an_account_that_does_not_exist_is_refused_and_counts_nothing() {
        long id = fixtures.proposalIn(Phase.SUPPORTS, settings(50, 3, 30, false, false), proposals);
        fixtures.signInAs(Role.GRIFFIER);
        assertThatThrownBy(() -> supports.supportOnBehalf(id, Long.MAX_VALUE, EntryChannel.PHONE))
                .isInstanceOf(NoSuchItemException.class);
        assertThat(proposals.proposal(id).supportCount()).isZero();
        assertThat(fixtures.dsl()
                        .fetchCount(
                                nl.raadsplein.jooq.Tables.SUPPORT,
                                nl.raadsplein.jooq.Tables.SUPPORT.PROPOSAL_ID.eq(id)))
                .isZero();
    }
}
