package nl.raadsplein.notification;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Mails;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.notification.internal.Notice;
import org.junit.jupiter.api.Test;

class NotifyTest extends NotificationTestBase {

    private static final String KEY = "notification.title.proposal-commented";

    @Test
    void followers_except_the_actor_are_told_in_their_own_language_and_as_often_as_they_chose() {
        long proposal = proposal();
        AccountPrincipal actor = account("nl", NotificationFrequency.IMMEDIATE);
        AccountPrincipal dutch = account("nl", NotificationFrequency.IMMEDIATE);
        AccountPrincipal english = account("en", NotificationFrequency.IMMEDIATE);
        AccountPrincipal daily = account("nl", NotificationFrequency.DAILY);
        AccountPrincipal off = account("en", NotificationFrequency.OFF);
        AccountPrincipal extra = account("nl", NotificationFrequency.IMMEDIATE);
        AccountPrincipal outsider = account("nl", NotificationFrequency.IMMEDIATE);
        follow(FollowTarget.PROPOSAL, proposal, actor, dutch, english, daily, off);
        follow(FollowTarget.PROPOSAL, proposal(), outsider);
        events.received.clear();

        TestAccounts.signIn(actor);
        notifier.notify(
                FollowTarget.PROPOSAL,
                proposal,
                new Notice("PROPOSAL_COMMENTED", KEY, List.of("Meer bomen"), "/voorstellen/" + proposal),
                List.of(extra.accountId(), dutch.accountId()),
                actor.accountId());
        TestAccounts.signOut();

        String link = "http://localhost:8080/voorstellen/" + proposal;
        Mails.Mail toDutch = Mails.awaitOne(smtp, dutch.email());
        assertThat(toDutch.subject()).isEqualTo("Nieuwe melding op Raadsplein");
        assertThat(toDutch.body())
                .contains("Beste " + dutch.displayName() + ",")
                .contains("Nieuwe reactie op het voorstel ‘Meer bomen’")
                .contains(link)
                .contains("http://localhost:8080/meldingen")
                .contains("Een antwoord erop leest niemand");
        Mails.Mail toEnglish = Mails.awaitOne(smtp, english.email());
        assertThat(toEnglish.subject()).isEqualTo("New notification on Raadsplein");
        assertThat(toEnglish.body())
                .contains("New comment on the proposal ‘Meer bomen’")
                .contains(link);
        assertThat(Mails.awaitOne(smtp, extra.email()).body()).contains("Meer bomen");
        awaitTheOutboxSender();
        assertThat(Mails.to(smtp, dutch.email())).hasSize(1);
        assertThat(outboxRows(daily.email())).isZero();
        assertThat(outboxRows(off.email())).isZero();
        assertThat(outboxRows(actor.email())).isZero();

        assertThat(mineAs(dutch)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("PROPOSAL_COMMENTED");
            assertThat(n.title()).isEqualTo("Nieuwe reactie op het voorstel ‘Meer bomen’");
            assertThat(n.link()).isEqualTo("/voorstellen/" + proposal);
            assertThat(n.read()).isFalse();
            assertThat(n.createdAt()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        });
        assertThat(mineAs(english))
                .extracting(Notification::title)
                .containsExactly("New comment on the proposal ‘Meer bomen’");
        assertThat(mineAs(daily)).hasSize(1);
        assertThat(mineAs(off))
                .extracting(Notification::title)
                .containsExactly("New comment on the proposal ‘Meer bomen’");
        assertThat(mineAs(extra)).hasSize(1);
        assertThat(mineAs(actor)).isEmpty();
        assertThat(mineAs(outsider)).isEmpty();

        assertThat(events.received)
                .singleElement()
                .satisfies(event -> assertThat(event.accountIds())
                        .containsExactlyInAnyOrder(
                                dutch.accountId(),
                                english.accountId(),
                                daily.accountId(),
                                off.accountId(),
                                extra.accountId()));
    }

    @Test
    void a_consultation_notifies_its_own_followers_only() {
        long consultation = consultation();
        AccountPrincipal follower = account("nl", NotificationFrequency.OFF);
        AccountPrincipal proposalFollower = account("nl", NotificationFrequency.OFF);
        follow(FollowTarget.CONSULTATION, consultation, follower);
        follow(FollowTarget.PROPOSAL, proposal(), proposalFollower);

        testAccounts.signInAs();
        notifier.notify(
                FollowTarget.CONSULTATION,
                consultation,
                new Notice(
                        "CONSULTATION_PHASE",
                        "notification.title.consultation-phase",
                        List.of("Groen in de wijk", "steunen"),
                        "/raadplegingen/" + consultation),
                null,
                null);

        assertThat(mineAs(follower))
                .extracting(Notification::title)
                .containsExactly("De raadpleging ‘Groen in de wijk’ is in een nieuwe fase: steunen");
        assertThat(mineAs(proposalFollower)).isEmpty();
    }

    @Test
    void a_rolled_back_transaction_tells_nobody() {
        long proposal = proposal();
        AccountPrincipal follower = account("nl", NotificationFrequency.IMMEDIATE);
        follow(FollowTarget.PROPOSAL, proposal, follower);
        events.received.clear();

        testAccounts.signInAs();
        transactions.executeWithoutResult(status -> {
            notifier.notify(
                    FollowTarget.PROPOSAL,
                    proposal,
                    new Notice("PROPOSAL_COMMENTED", KEY, List.of("Weg"), "/voorstellen/" + proposal),
                    List.of(),
                    null);
            status.setRollbackOnly();
        });

        awaitTheOutboxSender();
        assertThat(mineAs(follower)).isEmpty();
        assertThat(outboxRows(follower.email())).isZero();
        assertThat(Mails.to(smtp, follower.email())).isEmpty();
        assertThat(events.received).isEmpty();
    }

    @Test
    void an_unconfirmed_address_gets_no_mail_but_sees_the_notification() {
        long proposal = proposal();
        AccountPrincipal unconfirmed = account("nl", NotificationFrequency.IMMEDIATE);
        transactions.executeWithoutResult(status -> dsl.update(ACCOUNT)
                .setNull(ACCOUNT.EMAIL_CONFIRMED_AT)
                .where(ACCOUNT.ID.eq(unconfirmed.accountId()))
                .execute());

        testAccounts.signInAs();
        notifier.notify(
                FollowTarget.PROPOSAL,
                proposal,
                new Notice(
                        "PROPOSAL_ANSWERED",
                        "notification.title.proposal-answered",
                        List.of("Meer bomen"),
                        "/voorstellen/" + proposal),
                List.of(unconfirmed.accountId()),
                null);

        assertThat(mineAs(unconfirmed)).hasSize(1);
        assertThat(outboxRows(unconfirmed.email())).isZero();
    }

    @Test
    void links_must_stay_within_the_application() {
        long proposal = proposal();
        testAccounts.signInAs();
        for (String link : new String[] {
            "https://evil.example/", "//evil.example/x", "javascript:alert(1)", "/a b", "/\\evil.example", "", "/x\n"
        }) {
            assertThatThrownBy(() -> notifier.notify(
                            FollowTarget.PROPOSAL, proposal, new Notice("X", KEY, List.of("a"), link), List.of(), null))
                    .as(link)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> notifier.notify(
                        FollowTarget.PROPOSAL,
                        proposal,
                        new Notice("kind with spaces", KEY, List.of("a"), "/voorstellen/1"),
                        List.of(),
                        null))
                .isInstanceOf(IllegalArgumentException.class);
        Integer stored = transactions.execute(status -> dsl.fetchCount(NOTIFICATION, NOTIFICATION.KIND.eq("X")));
        assertThat(stored).isZero();
    }
}
