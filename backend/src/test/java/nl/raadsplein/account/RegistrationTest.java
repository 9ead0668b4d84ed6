package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import nl.raadsplein.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;

class RegistrationTest extends AccountTest {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void registering_mails_a_confirmation_link_and_login_works_only_after_confirming() {
        String email = TestAccounts.uniqueEmail("Nieuw");
        registration.register(new Registration("Anna Smit", email, TestAccounts.PASSWORD, "nl", uniqueIp()));

        Mails.Mail mail = Mails.awaitOne(smtp, email.toLowerCase());
        assertThat(mail.subject()).isEqualTo("Bevestig uw e-mailadres voor Raadsplein");
        assertThat(mail.body()).contains("Beste Anna Smit,");
        String ip = uniqueIp();
        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD, ip)).isInstanceOf(BadCredentialsException.class);

        confirm(mail.token("/account/bevestigen"));

        Authentication authentication = login(email, TestAccounts.PASSWORD, ip);
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        assertThat(principal.email()).isEqualTo(email.toLowerCase());
        assertThat(principal.displayName()).isEqualTo("Anna Smit");
        assertThat(authentication.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactly("ROLE_RESIDENT");
        TestAccounts.signIn(principal);
        Account me = accounts.me();
        assertThat(me.emailConfirmed()).isTrue();
        assertThat(me.roles()).containsExactly(Role.RESIDENT);
        assertThat(me.party()).isNull();
        assertThat(me.language()).isEqualTo("nl");
    }

    @Test
    void the_confirmation_mail_comes_in_the_chosen_language() {
        String email = TestAccounts.uniqueEmail("english");
        registration.register(new Registration("Ann Smith", email, TestAccounts.PASSWORD, "en", uniqueIp()));
        Mails.Mail mail = Mails.awaitOne(smtp, email);
        assertThat(mail.subject()).isEqualTo("Confirm your e-mail address for Raadsplein");
        assertThat(mail.body()).startsWith("Dear Ann Smith,").contains("Nobody reads replies");
    }

    @Test
    void registering_a_taken_address_changes_nothing_and_tells_its_owner() {
        String email = registerConfirmed("bestaand", "Bert Bestaand");
        registration.register(
                new Registration("Iemand Anders", email.toUpperCase(), "Heel-ander-wachtwoord-9", "en", uniqueIp()));

        List<Mails.Mail> mails = Mails.await(smtp, email, 2);
        assertThat(mails.getLast().subject()).isEqualTo("Aanmelding met uw e-mailadres bij Raadsplein");
        assertThat(mails.getLast().body())
                .contains("Beste Bert Bestaand,")
                .contains("http://localhost:8080/account/wachtwoord-herstellen")
                .doesNotContain("Iemand Anders");
        assertThat(login(email, TestAccounts.PASSWORD, uniqueIp()).isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> login(email, "Heel-ander-wachtwoord-9", uniqueIp()))
                .isInstanceOf(BadCredentialsException.class);
        testAccounts.signInAs(Role.ADMIN);
        assertThat(roles.findAccounts(email, 0, 10)).singleElement().satisfies(account -> {
            assertThat(account.displayName()).isEqualTo("Bert Bestaand");
            assertThat(account.language()).isEqualTo("nl");
        });
    }

    @Test
    void confirming_needs_the_password_chosen_at_registration_and_a_wrong_one_changes_nothing() {
        // A stranger registers someone else's address, hoping its owner follows the mailed link.
        String email = TestAccounts.uniqueEmail("voorgekaapt");
        registration.register(new Registration("Indringer", email, "Vreemde-Indringer-77", "nl", uniqueIp()));
        String token = Mails.awaitOne(smtp, email).token("/account/bevestigen");
        String ip = uniqueIp();

        for (String password : new String[] {null, TestAccounts.PASSWORD, "x".repeat(5000)}) {
            assertThatThrownBy(() -> registration.confirmEmail(new EmailConfirmation(token, password, ip)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("password");
                        assertThat(e.messageKey()).isEqualTo("account.error.confirm-password-wrong");
                    });
        }

        assertThat(registration.confirmationLinkWorks(token)).isTrue();
        assertThatThrownBy(() -> login(email, "Vreemde-Indringer-77", uniqueIp()))
                .isInstanceOf(BadCredentialsException.class);
        registration.confirmEmail(new EmailConfirmation(token, "Vreemde-Indringer-77", ip));
        assertThat(login(email, "Vreemde-Indringer-77", uniqueIp()).isAuthenticated())
                .isTrue();
    }

    @Test
    void wrong_passwords_at_confirmation_count_as_failed_logins() {
        String email = TestAccounts.uniqueEmail("raden");
        registration.register(new Registration("Raad Maar", email, TestAccounts.PASSWORD, "nl", uniqueIp()));
        String token = Mails.awaitOne(smtp, email).token("/account/bevestigen");
        String ip = uniqueIp();
        for (int i = 0; i < LoginThrottle.FAILURES_PER_EMAIL; i++) {
            assertThatThrownBy(() ->
                            registration.confirmEmail(new EmailConfirmation(token, "Fout-geraden-wachtwoord", ip)))
                    .isInstanceOf(InvalidInputException.class);
        }

        assertThatThrownBy(() -> confirm(token)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("password");
            assertThat(e.messageKey()).isEqualTo("account.error.login-throttled");
        });
        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD, uniqueIp()))
                .isInstanceOf(LoginThrottledException.class);

        clock.advance(LoginThrottle.LOCK.plusSeconds(1));
        confirm(token);
        assertThat(login(email, TestAccounts.PASSWORD, uniqueIp()).isAuthenticated())
                .isTrue();
    }

    @Test
    void registering_an_unconfirmed_address_again_replaces_the_first_registration_and_its_link() {
        String email = TestAccounts.uniqueEmail("overgenomen");
        registration.register(new Registration("Indringer", email, "Vreemde-Indringer-77", "nl", uniqueIp()));
        String strangersToken = Mails.awaitOne(smtp, email).token("/account/bevestigen");

        registration.register(new Registration("Olga Eigenaar", email, TestAccounts.PASSWORD, "en", uniqueIp()));

        Mails.Mail second = Mails.await(smtp, email, 2).getLast();
        assertThat(second.subject()).isEqualTo("Confirm your e-mail address for Raadsplein");
        assertThat(second.body()).startsWith("Dear Olga Eigenaar,");
        assertThat(registration.confirmationLinkWorks(strangersToken)).isFalse();
        assertThatThrownBy(() -> registration.confirmEmail(
                        new EmailConfirmation(strangersToken, "Vreemde-Indringer-77", uniqueIp())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.token-invalid"));
        String ownersToken = second.token("/account/bevestigen");
        assertThatThrownBy(() -> registration.confirmEmail(
                        new EmailConfirmation(ownersToken, "Vreemde-Indringer-77", uniqueIp())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.confirm-password-wrong"));

        confirm(ownersToken);

        assertThatThrownBy(() -> login(email, "Vreemde-Indringer-77", uniqueIp()))
                .isInstanceOf(BadCredentialsException.class);
        AccountPrincipal owner = (AccountPrincipal)
                login(email, TestAccounts.PASSWORD, uniqueIp()).getPrincipal();
        assertThat(owner.displayName()).isEqualTo("Olga Eigenaar");
        assertThat(owner.language()).isEqualTo("en");
        testAccounts.signInAs(Role.ADMIN);
        assertThat(roles.countAccounts(email)).isOne();
    }

    @Test
    void a_registration_rolled_back_with_its_transaction_sends_no_mail() {
        String rolledBack = TestAccounts.uniqueEmail("teruggedraaid");
        transactions.executeWithoutResult(status -> {
            registration.register(new Registration("Weg Weer", rolledBack, TestAccounts.PASSWORD, "nl", uniqueIp()));
            status.setRollbackOnly();
        });
        String later = TestAccounts.uniqueEmail("later");
        registration.register(new Registration("Daarna", later, TestAccounts.PASSWORD, "nl", uniqueIp()));

        // Mails leave one after the other: once the later one has arrived, the first would have too.
        Mails.awaitOne(smtp, later);
        assertThat(Mails.to(smtp, rolledBack)).isEmpty();
        testAccounts.signInAs(Role.ADMIN);
        assertThat(roles.countAccounts(rolledBack)).isZero();
    }

    @Test
    void a_confirmation_link_works_once() {
        String email = TestAccounts.uniqueEmail("eenmalig");
        registration.register(new Registration("Eenmalig", email, TestAccounts.PASSWORD, "nl", uniqueIp()));
        String token = Mails.awaitOne(smtp, email).token("/account/bevestigen");
        confirm(token);

        assertThatThrownBy(() -> confirm(token))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.token-invalid"));
    }

    @Test
    void a_confirmation_link_expires_after_forty_eight_hours() {
        String stale = TestAccounts.uniqueEmail("verlopen");
        String fresh = TestAccounts.uniqueEmail("net-op-tijd");
        registration.register(new Registration("Te Laat", stale, TestAccounts.PASSWORD, "nl", uniqueIp()));
        clock.advance(Duration.ofMinutes(1));
        registration.register(new Registration("Op Tijd", fresh, TestAccounts.PASSWORD, "nl", uniqueIp()));
        String staleToken = Mails.awaitOne(smtp, stale).token("/account/bevestigen");
        String freshToken = Mails.awaitOne(smtp, fresh).token("/account/bevestigen");

        clock.advance(Duration.ofHours(48).minusSeconds(30));

        assertThatThrownBy(() -> confirm(staleToken))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.token-invalid"));
        confirm(freshToken);
        assertThatThrownBy(() -> login(stale, TestAccounts.PASSWORD, uniqueIp()))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(login(fresh, TestAccounts.PASSWORD, uniqueIp()).isAuthenticated())
                .isTrue();
    }

    @Test
    void made_up_and_misused_links_are_refused() {
        String email = TestAccounts.uniqueEmail("verkeerd");
        registration.register(new Registration("Verkeerd", email, TestAccounts.PASSWORD, "nl", uniqueIp()));
        String confirmToken = Mails.awaitOne(smtp, email).token("/account/bevestigen");

        for (String token :
                new String[] {null, "", "   ", "abc", "x".repeat(5000), "' OR '1'='1", confirmToken + "x"}) {
            assertThatThrownBy(() -> confirm(token))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("token"));
        }
        assertThatThrownBy(
                        () -> registration.resetPassword(new PasswordReset(confirmToken, "Een-heel-nieuw-wachtwoord")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.token-invalid"));
        confirm(confirmToken);
    }

    @Test
    void a_registration_with_missing_or_unknown_fields_is_refused_and_stores_nothing() {
        String email = TestAccounts.uniqueEmail("onvolledig");
        assertRefused(
                new Registration(null, email, TestAccounts.PASSWORD, "nl", uniqueIp()),
                "displayName",
                "error.required");
        assertRefused(
                new Registration("  ", email, TestAccounts.PASSWORD, "nl", uniqueIp()),
                "displayName",
                "error.required");
        assertRefused(
                new Registration("A".repeat(81), email, TestAccounts.PASSWORD, "nl", uniqueIp()),
                "displayName",
                "error.too-long");
        assertRefused(
                new Registration("Naam", "geen-adres", TestAccounts.PASSWORD, "nl", uniqueIp()),
                "email",
                "error.email-malformed");
        assertRefused(new Registration("Naam", email, null, "nl", uniqueIp()), "password", "error.required");
        assertRefused(
                new Registration("Naam", email, TestAccounts.PASSWORD, "de", uniqueIp()),
                "language",
                "account.error.language-unknown");
        assertRefused(
                new Registration("Naam", email, TestAccounts.PASSWORD, null, uniqueIp()),
                "language",
                "account.error.language-unknown");
        testAccounts.signInAs(Role.ADMIN);
        assertThat(roles.countAccounts(email)).isZero();
    }

    @ParameterizedTest
    @MethodSource("nl.raadsplein.HostileInputs#lines")
    void a_hostile_display_name_is_refused_or_stored_exactly_as_given(String line) {
        String email = TestAccounts.uniqueEmail("vijandig");
        boolean stored = tryRegister(new Registration(line, email, TestAccounts.PASSWORD, "nl", uniqueIp()));

        testAccounts.signInAs(Role.ADMIN);
        List<Account> found = roles.findAccounts(email, 0, 10);
        if (stored) {
            assertThat(found).singleElement().extracting(Account::displayName).isEqualTo(line);
        } else {
            assertThat(found).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("nl.raadsplein.HostileInputs#lines")
    void a_hostile_email_address_is_refused_or_stored_as_given_in_lower_case(String line) {
        testAccounts.signInAs(Role.ADMIN);
        int before = roles.countAccounts(null);

        boolean stored = tryRegister(new Registration("Vijandig Adres", line, TestAccounts.PASSWORD, "nl", uniqueIp()));

        if (stored) {
            assertThat(roles.findAccounts(line, 0, 10))
                    .extracting(Account::email)
                    .contains(line.toLowerCase());
        } else {
            assertThat(roles.countAccounts(null)).isEqualTo(before);
        }
    }

    private boolean tryRegister(Registration form) {
        try {
            registration.register(form);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private void assertRefused(Registration form, String field, String key) {
        assertThatThrownBy(() -> registration.register(form)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
