package nl.raadsplein.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Mails;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.notification.internal.Notice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A follower who asked for mail right away gets at most one mail an hour about comments on one proposal (ADR 24);
 * what comes in meanwhile is listed in the app at once and goes with the next mail about it, or the daily digest.
 */
class CommentMailTest extends NotificationTestBase {

    @Autowired
    DailyDigest digest;

    private void commentedOn(long proposal) {
        notifyAbout(proposal, ProposalNotifications.COMMENTED, "notification.title.proposal-commented");
    }

    private void notifyAbout(long proposal, String kind, String titleKey) {
        testAccounts.signInAs();
        notifier.notify(
                FollowTarget.PROPOSAL,
                proposal,
                new Notice(kind, titleKey, List.of("Meer bomen"), "/voorstellen/" + proposal),
                List.of(),
                null);
        TestAccounts.signOut();
    }

    @Test
    void comments_within_the_hour_make_one_mail_and_the_next_mail_says_how_many_waited() {
        long proposal = proposal();
        AccountPrincipal follower = account("nl", NotificationFrequency.IMMEDIATE);
        follow(FollowTarget.PROPOSAL, proposal, follower);

        commentedOn(proposal);
        Mails.awaitOne(smtp, follower.email());
        clock.advance(Duration.ofMinutes(20));
        commentedOn(proposal);
        clock.advance(Duration.ofMinutes(20));
        commentedOn(proposal);
        awaitTheOutboxSender();
        assertThat(Mails.to(smtp, follower.email())).hasSize(1);
        assertThat(mineAs(follower))
                .extracting(Notification::title)
                .containsOnly("Nieuwe reactie op het voorstel ‘Meer bomen’")
                .hasSize(3);

        // other news about the proposal, and comments on another proposal, are not held back
        notifyAbout(proposal, "PROPOSAL_ANSWERED", "notification.title.proposal-answered");
        long other = proposal();
        follow(FollowTarget.PROPOSAL, other, follower);
        commentedOn(other);
        Mails.await(smtp, follower.email(), 3);

        clock.advance(Duration.ofMinutes(20));
        commentedOn(proposal);
        List<Mails.Mail> mails = Mails.await(smtp, follower.email(), 4);
        assertThat(mails.getLast().body())
                .contains("Nieuwe reactie op het voorstel ‘Meer bomen’")
                .contains("kwamen er nog 2 meldingen over hetzelfde binnen")
                .contains("http://localhost:8080/voorstellen/" + proposal);
        // told once: the digest has nothing left of it
        digest.run();
        awaitTheOutboxSender();
        assertThat(Mails.to(smtp, follower.email())).hasSize(4);
    }

    @Test
    void what_waited_when_no_later_mail_came_goes_in_the_daily_digest() {
        long proposal = proposal();
        AccountPrincipal follower = account("en", NotificationFrequency.IMMEDIATE);
        follow(FollowTarget.PROPOSAL, proposal, follower);
        commentedOn(proposal);
        clock.advance(Duration.ofMinutes(5));
        commentedOn(proposal);

        digest.run();

        List<Mails.Mail> mails = Mails.await(smtp, follower.email(), 2);
        assertThat(mails.getFirst().subject()).isEqualTo("New notification on Raadsplein");
        assertThat(mails.getLast().subject()).isEqualTo("Your daily Raadsplein summary");
        assertThat(mails.getLast().body())
                .contains("there is one new notification")
                .contains("New comment on the proposal ‘Meer bomen’");
        digest.run();
        clock.advance(Duration.ofHours(2));
        commentedOn(proposal);
        List<Mails.Mail> after = Mails.await(smtp, follower.email(), 3);
        assertThat(after.getLast().body()).doesNotContain("more notification");
    }
}
