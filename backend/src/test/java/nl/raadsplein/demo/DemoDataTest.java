package nl.raadsplein.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.Account;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.MyOrganisation;
import nl.raadsplein.account.Organisation;
import nl.raadsplein.account.OrganisationService;
import nl.raadsplein.account.Party;
import nl.raadsplein.account.PartyService;
import nl.raadsplein.account.Registration;
import nl.raadsplein.account.RegistrationService;
import nl.raadsplein.account.ResidencyClaim;
import nl.raadsplein.account.ResidencyService;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.RoleService;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.account.ThrottledAuthenticationProvider;
import nl.raadsplein.notification.DemoMailbox;
import nl.raadsplein.notification.ReceivedMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile: its data, its logins and its mailbox, on an SMTP port of its own. */
@SpringBootTest(classes = BackendTestApplication.class, properties = "spring.mail.port=3026")
@ActiveProfiles("demo")
class DemoDataTest {

    @Autowired
    DemoData demoData;

    @Autowired
    RegistrationService registration;

    @Autowired
    RoleService roles;

    @Autowired
    PartyService parties;

    @Autowired
    ResidencyService residency;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DemoMailbox mailbox;

    @Autowired
    ThrottledAuthenticationProvider login;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void each_demo_account_logs_in_with_the_password_the_readme_shows() {
        assertThat(roles("inwoner@ijssellanden.example", "Inwoner-demo-2026")).containsExactly(Role.RESIDENT);
        assertThat(roles("raadslid@ijssellanden.example", "Raadslid-demo-2026"))
                .containsExactly(Role.RESIDENT, Role.COUNCILLOR);
        assertThat(roles("griffier@ijssellanden.example", "Griffier-demo-2026"))
                .containsExactly(Role.RESIDENT, Role.GRIFFIER);
        assertThat(roles("griffier2@ijssellanden.example", "Griffier-demo-2026"))
                .containsExactly(Role.RESIDENT, Role.GRIFFIER);
        assertThat(roles("beheerder@ijssellanden.example", "Beheerder-demo-2026"))
                .containsExactly(Role.RESIDENT, Role.ADMIN);
    }

    @Test
    void the_demo_councillor_belongs_to_ijssellands_belang() {
        signInAs("griffier@ijssellanden.example");
        Account councillor =
                roles.findAccounts("raadslid@ijssellanden.example", 0, 1).getFirst();
        assertThat(councillor.displayName()).isEqualTo("Francis Bakker");
        assertThat(councillor.party().abbreviation()).isEqualTo("IB");
        assertThat(councillor.party().name()).isEqualTo("IJssellands Belang");
    }

    @Test
    void running_the_demo_data_again_adds_nothing() {
        signInAs("beheerder@ijssellanden.example");
        List<Party> before = parties.parties();
        int count = roles.countAccounts(null);
        assertThat(before).hasSize(5);

        demoData.run(null);
        demoData.run(null);

        assertThat(parties.parties()).isEqualTo(before);
        assertThat(roles.countAccounts(null)).isEqualTo(count);
    }

    @Test
    void the_demo_resident_is_verified_and_the_census_lets_others_verify_themselves() {
        signInAs("inwoner@ijssellanden.example");
        assertThat(residency.isVerified()).isTrue();
        assertThat(organisations.myOrganisations())
                .extracting(MyOrganisation::organisation)
                .extracting(Organisation::name, Organisation::verified)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Buurtvereniging De Hanzehof", true));

        signInAs("sophie@ijssellanden.example");
        assertThat(residency.isVerified()).isFalse();
        residency.verifyResidency(new ResidencyClaim("8263 CD", "4-2", java.time.LocalDate.of(1988, 1, 30)));
        assertThat(residency.isVerified()).isTrue();

        signInAs("griffier@ijssellanden.example");
        assertThat(organisations.organisationsAwaitingVerification())
                .extracting(Organisation::name)
                .contains("Stichting Groen IJssellanden")
                .doesNotContain("Buurtvereniging De Hanzehof");
    }

    @Test
    void the_administrator_reads_sent_mails_newest_first_in_the_demo_mailbox() {
        String first = TestAccounts.uniqueEmail("demo-eerst");
        String second = TestAccounts.uniqueEmail("demo-daarna");
        registration.register(new Registration("Eerst", first, TestAccounts.PASSWORD, "nl", TestAccounts.uniqueIp()));
        registration.register(new Registration("Daarna", second, TestAccounts.PASSWORD, "en", TestAccounts.uniqueIp()));
        signInAs("beheerder@ijssellanden.example");

        List<ReceivedMail> mails = awaitMails(second);
        List<String> recipients = mails.stream().map(ReceivedMail::to).toList();
        assertThat(recipients.indexOf(second)).isLessThan(recipients.indexOf(first));
        ReceivedMail mail = mails.get(recipients.indexOf(second));
        assertThat(mail.subject()).isEqualTo("Confirm your e-mail address for Raadsplein");
        assertThat(mail.body()).startsWith("Dear Daarna,").contains("/account/bevestigen/");
        assertThat(mail.receivedAt()).isNotNull();
    }

    @Test
    void only_administrators_may_read_the_demo_mailbox() {
        TestAccounts.signInAnonymously();
        assertThatThrownBy(mailbox::messages).isInstanceOf(AccessDeniedException.class);
        for (String email : new String[] {
            "inwoner@ijssellanden.example", "raadslid@ijssellanden.example", "griffier@ijssellanden.example"
        }) {
            signInAs(email);
            assertThatThrownBy(mailbox::messages).isInstanceOf(AccessDeniedException.class);
        }
    }

    private List<ReceivedMail> awaitMails(String to) {
        // In this thread, where the administrator is signed in.
        return await("a mail to " + to + " in the demo mailbox")
                .pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(
                        mailbox::messages,
                        mails -> mails.stream().anyMatch(mail -> mail.to().equals(to)));
    }

    private java.util.Set<Role> roles(String email, String password) {
        AccountPrincipal principal = (AccountPrincipal)
                login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                        .getPrincipal();
        return principal.roles();
    }

    private void signInAs(String email) {
        TestAccounts.signIn((AccountPrincipal) users.loadUserByUsername(email));
    }
}
