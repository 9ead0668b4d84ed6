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
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The service looks for personal data itself, whatever a form did: unconfirmed it refuses, confirmed it holds the
 * proposal or comment for moderation, even where the consultation does not pre-moderate.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class PersonalDataTest {

    private static final String CONFIRM_NEEDED = "personaldata.error.confirm-needed";
    private static final String WITH_BSN = "Mijn buurman (BSN 111222333) parkeert altijd op de stoep.";
    private static final String NEAR_MISS = "Mijn bestelling 123456789 voor een bankje is nooit aangekomen.";

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    ProposalFixtures fixtures;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static ProposalDraft withBody(String body) {
        return new ProposalDraft("Parkeren op de stoep", body, List.of("cameras"), null, null);
    }

    @Test
    void a_proposal_with_a_bsn_is_refused_until_confirmed_and_nothing_is_stored() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        fixtures.signInAs();
        int before = fixtures.proposalCount();

        assertRefused(
                () -> proposals.submit(new ProposalSubmission(consultation, withBody(WITH_BSN), false)),
                "body",
                CONFIRM_NEEDED);
        assertRefused(
                () -> proposals.submit(new ProposalSubmission(
                        consultation,
                        new ProposalDraft("Bel mij: 06-12345678", "Tekst", List.of("cameras"), null, null),
                        false)),
                "title",
                CONFIRM_NEEDED);

        assertThat(fixtures.proposalCount()).isEqualTo(before);
    }

    @Test
    void a_confirmed_proposal_with_personal_data_waits_for_moderation_though_the_consultation_does_not_premoderate() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 3, 30, false, false));
        fixtures.signInAs();

        long id = proposals.submit(new ProposalSubmission(consultation, withBody(WITH_BSN), true));

        ProposalDetails mine = proposals.proposal(id);
        assertThat(mine.state()).isEqualTo(ProposalState.AWAITING_MODERATION);
        assertThat(mine.body()).isEqualTo(WITH_BSN);
        assertThat(mine.mine()).isTrue();
        as(
                fixtures.account(),
                () -> assertThatThrownBy(() -> proposals.proposal(id)).isInstanceOf(NoSuchItemException.class));
        TestAccounts.signOut();
        assertThatThrownBy(() -> proposals.proposal(id)).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void a_near_miss_number_is_published_as_usual() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        fixtures.signInAs();

        long plain = proposals.submit(new ProposalSubmission(consultation, withBody(NEAR_MISS), false));
        long confirmedAnyway =
                proposals.submit(new ProposalSubmission(consultation, withBody("Geen persoonsgegevens hier."), true));

        assertThat(proposals.proposal(plain).state()).isEqualTo(ProposalState.PUBLISHED);
        assertThat(proposals.proposal(confirmedAnyway).state()).isEqualTo(ProposalState.PUBLISHED);
    }

    @Test
    void a_comment_with_an_email_address_is_refused_until_confirmed_then_held_and_not_counted() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        long id = as(fixtures.account(), () -> proposals.submit(submission(consultation, "Om over te praten")));
        AccountPrincipal author = fixtures.signInAs();
        String body = "Mail me op jan.jansen@example.nl, dan help ik mee.";
        assertRefused(() -> comments.comment(newComment(id, null, Alignment.FOR, body)), "body", CONFIRM_NEEDED);
        assertThat(comments.comments(id)).isEmpty();

        long held =
                comments.comment(new CommentSubmission(id, null, new CommentDraft(Alignment.FOR, body, null), true));
        long nearMiss = comments.comment(newComment(id, null, Alignment.AGAINST, NEAR_MISS));

        List<CommentView> mine = comments.comments(id);
        assertThat(mine).extracting(CommentView::id).containsExactly(held, nearMiss);
        assertThat(mine)
                .extracting(CommentView::state)
                .containsExactly(ProposalCommentState.AWAITING_MODERATION, ProposalCommentState.PUBLISHED);
        assertThat(mine.getFirst().authorId()).isEqualTo(author.accountId());
        ProposalDetails details = proposals.proposal(id);
        assertThat(details.commentCount()).isEqualTo(1);
        assertThat(details.commentsFor()).isZero();
        assertThat(details.commentsAgainst()).isEqualTo(1);
        assertThat(as(fixtures.account(), () -> comments.comments(id)))
                .extracting(CommentView::id)
                .containsExactly(nearMiss);
    }

    @Test
    void the_griffie_entering_what_a_resident_handed_in_is_not_asked() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal resident = fixtures.account();
        fixtures.signInAs(Role.GRIFFIER);

        long id = proposals.submitOnBehalf(new ProposalOnBehalf(
                resident.accountId(), EntryChannel.DESK, consultation, withBody("Bel mevrouw terug op 010-1234567.")));

        assertThat(proposals.proposal(id).state()).isEqualTo(ProposalState.PUBLISHED);
    }
}
