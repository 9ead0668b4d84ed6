package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.NOTIFICATION;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Mails;
import nl.raadsplein.account.Role;
import nl.raadsplein.notification.FollowTarget;
import nl.raadsplein.notification.NotificationService;
import nl.raadsplein.proposal.Alignment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What authors and followers hear besides the griffie's decisions: an item hidden pending review, an approved item
 * (announced as if it had been published directly), and an item back after the reports were dismissed.
 */
class AuthorNoticesTest extends ModerationTestBase {

    @Autowired
    NotificationService notifications;

    private static final int SMTP_PORT = Mails.freePort();

    private static GreenMail smtp;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = Mails.newServer(SMTP_PORT);
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    /** The bodies of the mails that reached the recipient, once the one expected has arrived. */
    private static List<String> mailBodies(String recipient) {
        return Mails.await(smtp, recipient, 1).stream().map(Mails.Mail::body).toList();
    }

    private List<String> links(long accountId) {
        return dsl().select(NOTIFICATION.LINK)
                .from(NOTIFICATION)
                .where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                .orderBy(NOTIFICATION.ID)
                .fetch(r -> r.value1());
    }

    private void follow(AccountPrincipal who, FollowTarget type, long id) {
        as(who, () -> {
            notifications.follow(type, id);
            return null;
        });
    }

    @Test
    void an_author_whose_comment_reports_hid_is_told_neutrally_in_the_app_and_by_mail_never_who_reported() {
        long consultation = consultation(hiding(3, 7, false));
        long id = proposal(consultation, fixtures.account());
        AccountPrincipal author = fixtures.account();
        long commentId = comment(id, author, Alignment.AGAINST, "Een scherpe reactie.");
        List<AccountPrincipal> reporters = residents(3, 30, true);
        report(reporters.get(0), ContentRef.comment(commentId), ReportReason.OFFENSIVE);
        report(reporters.get(1), ContentRef.comment(commentId), ReportReason.OFFENSIVE);
        assertThat(notificationKinds(author.accountId())).doesNotContain("MODERATION_HIDDEN_PENDING_REVIEW");

        report(reporters.get(2), ContentRef.comment(commentId), ReportReason.OFFENSIVE);

        assertThat(commentState(commentId)).isEqualTo("HIDDEN");
        assertThat(notificationKinds(author.accountId())).containsOnlyOnce("MODERATION_HIDDEN_PENDING_REVIEW");
        String title = notificationTitles(author.accountId()).getLast();
        assertThat(title).isEqualTo("Uw reactie is gemeld en is verborgen tot een griffier erover beslist.");
        assertThat(links(author.accountId()).getLast()).isEqualTo("/voorstellen/" + id);
        List<String> mails = mailBodies(author.email());
        assertThat(mails).singleElement().satisfies(body -> {
            assertThat(body).contains(title);
            reporters.forEach(r -> assertThat(body).doesNotContain(r.displayName()));
        });
        reporters.forEach(r -> assertThat(title).doesNotContain(r.displayName()));
        // The reporters are not told anything yet: nothing has been decided.
        reporters.forEach(r -> assertThat(notificationKinds(r.accountId())).isEmpty());
    }

    @Test
    void a_griffiers_report_hides_a_proposal_and_its_author_hears_so_in_english_with_a_link_they_can_open() {
        long consultation = consultation(hiding(5, 7, false));
        AccountPrincipal author = fixtures.account();
        dsl().update(nl.raadsplein.jooq.Tables.ACCOUNT)
                .set(nl.raadsplein.jooq.Tables.ACCOUNT.LANGUAGE, "en")
                .where(nl.raadsplein.jooq.Tables.ACCOUNT.ID.eq(author.accountId()))
                .execute();
        long id = proposal(consultation, author);
        report(fixtures.account(Role.GRIFFIER), ContentRef.proposal(id), ReportReason.SPAM);
        assertThat(proposalState(id)).isEqualTo("HIDDEN");
        assertThat(notificationTitles(author.accountId()).getLast())
                .isEqualTo("Your proposal has been reported and is hidden until a clerk decides on it.");
        // The hidden proposal is out of the author's sight: the link leads to its consultation.
        assertThat(links(author.accountId()).getLast()).isEqualTo("/raadplegingen/" + consultation);

        // The reports are dismissed: the proposal is back, and its author is told.
        AccountPrincipal griffier = griffier();
        as(
                griffier,
                () -> actions.dismiss(
                        ContentRef.proposal(id),
                        Decision.of(ModerationReason.NO_VIOLATION, version(griffier, ContentRef.proposal(id)))));
        assertThat(proposalState(id)).isEqualTo("PUBLISHED");
        assertThat(notificationKinds(author.accountId())).endsWith("MODERATION_DISMISS");
        assertThat(notificationTitles(author.accountId()).getLast())
                .isEqualTo("Your proposal is visible again: the clerk sees no reason to intervene.");
        assertThat(links(author.accountId()).getLast()).isEqualTo("/voorstellen/" + id);
    }

    @Test
    void approving_a_pre_moderated_proposal_and_comment_announces_them_to_followers_and_tells_the_author() {
        long consultation = consultation(hiding(5, 7, true));
        AccountPrincipal consultationFollower = fixtures.account();
        follow(consultationFollower, FollowTarget.CONSULTATION, consultation);
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation, author);
        assertThat(notificationKinds(consultationFollower.accountId())).isEmpty();

        AccountPrincipal griffier = griffier();
        as(
                griffier,
                () -> actions.approve(
                        ContentRef.proposal(id),
                        Decision.of(ModerationReason.NO_VIOLATION, version(griffier, ContentRef.proposal(id)))));

        assertThat(notificationKinds(consultationFollower.accountId())).containsExactly("CONSULTATION_PROPOSAL");
        assertThat(notificationTitles(consultationFollower.accountId()).getFirst())
                .contains("Voorstel over cameras");
        assertThat(notificationKinds(author.accountId())).containsExactly("MODERATION_APPROVE");
        assertThat(notificationTitles(author.accountId()).getFirst())
                .isEqualTo("Uw voorstel is goedgekeurd door de griffie en staat nu voor iedereen online.");
        assertThat(links(author.accountId()).getFirst()).isEqualTo("/voorstellen/" + id);
        assertThat(mailBodies(author.email()))
                .singleElement()
                .satisfies(body -> assertThat(body).contains("goedgekeurd"));

        AccountPrincipal commenter = fixtures.account();
        long commentId = comment(id, commenter, Alignment.FOR, "Goed plan.");
        // The proposal's author follows it; the waiting comment is no news to them yet.
        assertThat(notificationKinds(author.accountId())).doesNotContain("PROPOSAL_COMMENTED");
        as(
                griffier,
                () -> actions.approve(
                        ContentRef.comment(commentId),
                        Decision.of(ModerationReason.NO_VIOLATION, version(griffier, ContentRef.comment(commentId)))));
        assertThat(notificationKinds(author.accountId())).containsOnlyOnce("PROPOSAL_COMMENTED");
        assertThat(notificationKinds(commenter.accountId())).containsExactly("MODERATION_APPROVE");
        assertThat(notificationTitles(commenter.accountId()).getFirst()).startsWith("Uw reactie is goedgekeurd");
    }
}
