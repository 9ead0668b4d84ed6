package nl.raadsplein.proposal;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.draft;
import static nl.raadsplein.proposal.ProposalFixtures.newComment;
import static nl.raadsplein.proposal.ProposalFixtures.settings;
import static nl.raadsplein.proposal.ProposalFixtures.submission;
import static nl.raadsplein.proposal.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.platform.internal.LimitProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;

/**
 * Posting is limited per account (ADR 24): beyond the limit a proposal or comment is refused on its field with the
 * minutes to wait, and nothing is stored; others post on, and the griffie is not limited.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class PostingLimitsTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    LimitProperties limits;

    @Autowired
    MessageSource messages;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_sixth_proposal_within_the_hour_is_refused_with_the_minutes_to_wait_and_stores_nothing() {
        assertThat(limits.proposals()).isEqualTo(5);
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 10, 30, false, false));
        AccountPrincipal sandra = fixtures.account();
        for (int i = 1; i <= 5; i++) {
            String title = "Voorstel nummer " + i;
            as(sandra, () -> proposals.submit(submission(consultation, title)));
        }
        int before = fixtures.proposalCount();

        // five an hour refill one every twelve minutes
        assertRefused(
                () -> as(sandra, () -> proposals.submit(submission(consultation, "Voorstel nummer 6"))),
                "title",
                "error.posting-limit.proposal",
                12L);
        assertThat(fixtures.proposalCount()).isEqualTo(before);

        as(fixtures.account(), () -> proposals.submit(submission(consultation, "Van iemand anders")));
        // the griffie entering a letter from her is not held up by what she posted herself
        fixtures.asGriffier(() -> proposals.submitOnBehalf(
                new ProposalOnBehalf(sandra.accountId(), EntryChannel.LETTER, consultation, draft("Per brief"))));
        assertThat(fixtures.proposalCount()).isEqualTo(before + 2);

        clock.advance(Duration.ofMinutes(12));
        as(sandra, () -> proposals.submit(submission(consultation, "Voorstel nummer 6")));
        assertRefused(
                () -> as(sandra, () -> proposals.submit(submission(consultation, "Voorstel nummer 7"))),
                "title",
                "error.posting-limit.proposal",
                12L);
    }

    @Test
    void the_thirty_first_comment_within_the_hour_is_refused_and_another_account_still_comments() {
        assertThat(limits.comments()).isEqualTo(30);
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        long id = as(fixtures.account(), () -> proposals.submit(submission(consultation, "Om over te praten")));
        AccountPrincipal marco = fixtures.account();
        for (int i = 0; i < 30; i++) {
            String body = "Reactie " + i;
            as(marco, () -> comments.comment(newComment(id, null, Alignment.FOR, body)));
        }

        assertRefused(
                () -> as(marco, () -> comments.comment(newComment(id, null, Alignment.AGAINST, "Nog één"))),
                "body",
                "error.posting-limit.comment",
                2L);
        assertThat(proposals.proposal(id).commentCount()).isEqualTo(30);
        as(fixtures.account(), () -> comments.comment(newComment(id, null, Alignment.AGAINST, "Ik wel")));
        assertThat(proposals.proposal(id).commentCount()).isEqualTo(31);
    }

    @Test
    void the_refusal_says_when_to_try_again_in_the_users_language() {
        Locale dutch = Locale.forLanguageTag("nl");
        Locale english = Locale.forLanguageTag("en");
        assertThat(messages.getMessage("error.posting-limit.proposal", new Object[] {12L}, dutch))
                .isEqualTo("U hebt in korte tijd veel voorstellen ingediend. Probeer het over 12 minuten opnieuw; uw"
                        + " tekst blijft staan.");
        assertThat(messages.getMessage("error.posting-limit.comment", new Object[] {1L}, dutch))
                .contains("over een minuut opnieuw");
        assertThat(messages.getMessage("error.posting-limit.comment", new Object[] {2L}, english))
                .isEqualTo("You have posted many comments in a short time. Please try again in 2 minutes; your text"
                        + " stays here.");
        assertThat(messages.getMessage("error.posting-limit.report", new Object[] {1L}, english))
                .contains("try again in a minute");
    }
}
