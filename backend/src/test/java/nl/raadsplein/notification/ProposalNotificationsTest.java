package nl.raadsplein.notification;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.newComment;
import static nl.raadsplein.proposal.ProposalFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.Answer;
import nl.raadsplein.proposal.AnswerKind;
import nl.raadsplein.proposal.CommentService;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.SupportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Residents hear about the proposals they wrote, supported or discussed, and nobody else does. */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class ProposalNotificationsTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    SupportService supports;

    @Autowired
    CommentService comments;

    @Autowired
    NotificationService notifications;

    @Autowired
    ProposalFixtures fixtures;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void author_and_supporters_hear_when_the_threshold_is_reached_and_bystanders_do_not() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, ProposalFixtures.settings(2, 3, 30, false, false));
        AccountPrincipal sandra = fixtures.account();
        AccountPrincipal marco = fixtures.account();
        AccountPrincipal jamila = fixtures.account();
        AccountPrincipal bystander = fixtures.account();
        long id = as(sandra, () -> proposals.submit(submission(consultation, "Toon welke gegevens de gemeente deelt")));

        as(marco, () -> supports.support(id));
        assertThat(as(marco, () -> notifications.isFollowing(FollowTarget.PROPOSAL, id)))
                .isTrue();
        assertThat(as(sandra, () -> notifications.isFollowing(FollowTarget.PROPOSAL, id)))
                .isTrue();
        as(jamila, () -> supports.support(id));

        for (AccountPrincipal told : List.of(sandra, marco, jamila)) {
            assertThat(titles(told))
                    .as(told.displayName())
                    .contains(
                            "Het voorstel ‘Toon welke gegevens de gemeente deelt’ heeft genoeg steun en gaat naar de raad");
        }
        assertThat(titles(bystander)).isEmpty();
    }

    @Test
    void a_comment_tells_the_followers_but_not_its_writer_who_then_follows_too() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal author = fixtures.account();
        AccountPrincipal commenter = fixtures.account();
        long id = as(author, () -> proposals.submit(submission(consultation, "Sensoren zichtbaar maken")));
        as(commenter, () -> comments.comment(newComment(id, null, Alignment.AGAINST, "Dat kost te veel.")));

        assertThat(titles(author)).contains("Nieuwe reactie op het voorstel ‘Sensoren zichtbaar maken’");
        assertThat(titles(commenter)).isEmpty();
        assertThat(as(commenter, () -> notifications.isFollowing(FollowTarget.PROPOSAL, id)))
                .isTrue();
    }

    @Test
    void the_author_hears_the_official_answer() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal author = fixtures.account();
        long id = as(author, () -> proposals.submit(submission(consultation, "Algoritmeregister")));

        fixtures.asGriffier(() -> {
            proposals.answer(id, new Answer(AnswerKind.IN_MOTION, "Opgenomen in motie M-3."));
            return null;
        });

        assertThat(titles(author)).contains("De gemeente heeft het voorstel ‘Algoritmeregister’ beantwoord");
    }

    @Test
    void followers_of_a_consultation_hear_of_a_new_proposal_there() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal follower = fixtures.account();
        as(follower, () -> {
            notifications.follow(FollowTarget.CONSULTATION, consultation);
            return null;
        });

        as(fixtures.account(), () -> proposals.submit(submission(consultation, "Camera’s alleen waar nodig")));

        assertThat(titles(follower)).singleElement().asString().contains("‘Camera’s alleen waar nodig’");
    }

    @Test
    void nobody_but_the_author_hears_of_a_proposal_or_comment_that_waits_for_moderation() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, ProposalFixtures.settings(50, 3, 30, false, true));
        AccountPrincipal follower = fixtures.account();
        as(follower, () -> {
            notifications.follow(FollowTarget.CONSULTATION, consultation);
            return null;
        });
        AccountPrincipal author = fixtures.account();
        long id = as(author, () -> proposals.submit(submission(consultation, "Wacht op de griffie")));

        assertThat(titles(follower)).isEmpty();
        assertThat(as(author, () -> notifications.isFollowing(FollowTarget.PROPOSAL, id)))
                .isTrue();
    }

    private List<String> titles(AccountPrincipal account) {
        return as(account, () -> notifications.mine(0, 50)).stream()
                .map(Notification::title)
                .toList();
    }
}
