package nl.raadsplein.account;

import static nl.raadsplein.account.CensusFixtures.uniqueKvkNumber;
import static nl.raadsplein.jooq.Tables.ACCOUNT_TOKEN;
import static nl.raadsplein.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.raadsplein.platform.internal.LimitProperties;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail that a person's act sends to an address (confirmations, resets, invitations) is limited per address and per
 * client network (ADR 24). Beyond a limit the screen answers as always: the mail simply does not go.
 */
class MailLimitsTest extends AccountTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    LimitProperties limits;

    /** Mails queued for the address, sent or not: what the outbox holds is what goes. */
    private int mailsTo(String address) {
        Integer count = transactions.execute(
                status -> dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(address.toLowerCase())));
        return count == null ? 0 : count;
    }

    /** A /64 of its own, and so a client network of its own. */
    private static String uniqueNetwork() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + ":"
                + Integer.toHexString(random.nextInt(0x10000)) + ":";
    }

    @Test
    void the_fourth_registration_mail_to_one_address_within_the_hour_is_not_sent_and_the_answer_is_the_same() {
        assertThat(limits.mailsPerAddress()).isEqualTo(3);
        String email = TestAccounts.uniqueEmail("vaak");
        for (int i = 0; i < 4; i++) {
            // each from a network of its own: the limit is the address's
            registration.register(new Registration("Vaak " + i, email, TestAccounts.PASSWORD, "nl", uniqueIp()));
        }
        List<Mails.Mail> mails = Mails.await(smtp, email, 3);
        assertThat(mailsTo(email)).isEqualTo(3);
        // nothing else changed either: the third registration's link is the one that works, its name the account's
        confirm(mails.getLast().token("/account/bevestigen"));
        testAccounts.signInAs(Role.ADMIN);
        assertThat(roles.findAccounts(email, 0, 10))
                .singleElement()
                .satisfies(account -> assertThat(account.displayName()).isEqualTo("Vaak 2"));

        // one more after a third of the hour: the limit refills evenly
        clock.advance(Duration.ofMinutes(20));
        registration.register(new Registration("Later", email, TestAccounts.PASSWORD, "nl", uniqueIp()));
        Mails.await(smtp, email, 4);
    }

    @Test
    void one_network_asks_for_at_most_twenty_mails_of_a_kind_an_hour_ipv6_counted_by_its_64() {
        assertThat(limits.mailsPerNetwork()).isEqualTo(20);
        String network = uniqueNetwork();
        for (int i = 0; i < 20; i++) {
            String email = TestAccounts.uniqueEmail("netwerk");
            registration.register(
                    new Registration("Netwerk " + i, email, TestAccounts.PASSWORD, "nl", network + ":" + (i + 1)));
            Mails.awaitOne(smtp, email);
        }
        String refused = TestAccounts.uniqueEmail("netwerk-vol");
        registration.register(
                new Registration("Eén te veel", refused, TestAccounts.PASSWORD, "nl", network + "abcd:1:2:3"));
        String elsewhere = TestAccounts.uniqueEmail("ander-netwerk");
        registration.register(
                new Registration("Ergens anders", elsewhere, TestAccounts.PASSWORD, "nl", uniqueNetwork() + ":1"));

        Mails.awaitOne(smtp, elsewhere);
        assertThat(mailsTo(refused)).isZero();
        // the network may still ask for another kind of mail
        String member = registerConfirmed("reset-zelfde-netwerk", "Zelfde Netwerk");
        registration.requestPasswordReset(new PasswordResetRequest(member, network + ":99"));
        assertThat(Mails.await(smtp, member, 2).getLast().subject()).isEqualTo("Nieuw wachtwoord voor Raadsplein");
    }

    @Test
    void the_fourth_reset_within_the_hour_makes_no_link_and_mails_nothing_yet_answers_the_same() {
        String email = registerConfirmed("herstel-vaak", "Herstel Vaak");
        for (int i = 0; i < 4; i++) {
            registration.requestPasswordReset(new PasswordResetRequest(email, uniqueIp()));
        }
        Mails.await(smtp, email, 4);
        assertThat(mailsTo(email)).isEqualTo(4); // the confirmation and three resets
        long accountId = testAccounts.principal(email).accountId();
        Integer links = transactions.execute(status -> dsl.fetchCount(
                ACCOUNT_TOKEN,
                ACCOUNT_TOKEN.ACCOUNT_ID.eq(accountId).and(ACCOUNT_TOKEN.PURPOSE.eq(TokenPurpose.RESET_PASSWORD))));
        assertThat(links).isEqualTo(3);

        // an address without an account counts alike, so the limit tells nothing about it either
        String nobody = TestAccounts.uniqueEmail("herstel-niemand");
        for (int i = 0; i < 4; i++) {
            registration.requestPasswordReset(new PasswordResetRequest(nobody, uniqueIp()));
        }
        assertThat(mailsTo(nobody)).isZero();
    }

    @Test
    void the_fourth_invitation_to_one_address_within_the_hour_is_stored_and_shown_but_not_mailed() {
        AccountPrincipal invitee = testAccounts.create();
        List<Long> organisationsInviting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            testAccounts.signInAs();
            long id = organisations.createOrganisation(
                    new OrganisationDraft("Uitnodigend " + uniqueKvkNumber(), uniqueKvkNumber(), null));
            organisations.inviteMember(new MemberInvitation(id, invitee.email(), uniqueIp()));
            assertThat(organisations.myOrganisations())
                    .filteredOn(o -> o.organisation().id() == id)
                    .singleElement()
                    .satisfies(mine -> assertThat(mine.openInvitations()).containsExactly(invitee.email()));
            organisationsInviting.add(id);
        }
        Mails.await(smtp, invitee.email(), 3);
        assertThat(mailsTo(invitee.email())).isEqualTo(3);
        TestAccounts.signIn(invitee);
        assertThat(organisations.myOrganisations())
                .extracting(mine -> mine.organisation().id())
                .containsAll(organisationsInviting);
    }

    @Test
    void one_network_sends_at_most_twenty_invitations_an_hour() {
        testAccounts.signInAs();
        long id = organisations.createOrganisation(
                new OrganisationDraft("Veel Uitnodigingen " + uniqueKvkNumber(), uniqueKvkNumber(), null));
        String network = uniqueNetwork();
        List<String> invited = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            invited.add(TestAccounts.uniqueEmail("genodigde"));
            organisations.inviteMember(new MemberInvitation(id, invited.getLast(), network + ":" + (i + 1)));
        }

        assertThat(organisations.myOrganisations())
                .filteredOn(o -> o.organisation().id() == id)
                .singleElement()
                .satisfies(mine -> assertThat(mine.openInvitations()).hasSize(21));
        assertThat(invited.subList(0, 20))
                .allSatisfy(address -> assertThat(mailsTo(address)).isEqualTo(1));
        assertThat(mailsTo(invited.getLast())).isZero();
    }
}
