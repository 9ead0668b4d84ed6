package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class LoginThrottleTest extends AccountTest {

    private static final String WRONG = "Verkeerd-wachtwoord-1";

    @Test
    void five_wrong_passwords_lock_the_address_even_for_the_right_password() {
        String email = testAccounts.create().email();
        String ip = uniqueIp();
        failFiveTimes(email, ip);

        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD, uniqueIp()))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void an_unconfirmed_account_answers_as_a_wrong_password_does_and_counts_as_a_failure() {
        String email = TestAccounts.uniqueEmail("onbevestigd");
        registration.register(new Registration("Olga Onbevestigd", email, TestAccounts.PASSWORD, "nl", uniqueIp()));
        String unknown = TestAccounts.uniqueEmail("niemand");
        String ip = uniqueIp();

        Throwable rightPassword =
                org.assertj.core.api.Assertions.catchThrowable(() -> login(email, TestAccounts.PASSWORD, ip));
        Throwable wrongPassword = org.assertj.core.api.Assertions.catchThrowable(() -> login(email, WRONG, ip));
        Throwable noAccount = org.assertj.core.api.Assertions.catchThrowable(() -> login(unknown, WRONG, ip));

        for (Throwable answer : new Throwable[] {rightPassword, wrongPassword, noAccount}) {
            assertThat(answer)
                    .isExactlyInstanceOf(BadCredentialsException.class)
                    .hasMessage("Bad credentials");
        }
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD, ip))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD, uniqueIp()))
                .as("five attempts at an unconfirmed account lock it like five wrong passwords")
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void the_lock_lifts_after_five_minutes_and_refused_attempts_do_not_extend_it() {
        String email = testAccounts.create().email();
        String ip = uniqueIp();
        failFiveTimes(email, ip);
        clock.advance(Duration.ofMinutes(4));
        assertThatThrownBy(() -> login(email, WRONG, ip)).isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));

        assertThat(login(email, TestAccounts.PASSWORD, ip).isAuthenticated()).isTrue();
    }

    @Test
    void failures_spread_over_more_than_a_minute_do_not_lock() {
        String email = testAccounts.create().email();
        String ip = uniqueIp();
        for (int i = 0; i < 8; i++) {
            assertThatThrownBy(() -> login(email, WRONG, ip)).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofSeconds(16));
        }
        assertThat(login(email, TestAccounts.PASSWORD, ip).isAuthenticated()).isTrue();
    }

    @Test
    void twenty_failures_from_one_client_lock_that_client_for_every_address() {
        String ip = uniqueIp();
        for (int i = 0; i < 20; i++) {
            String someone = TestAccounts.uniqueEmail("gok" + i);
            assertThatThrownBy(() -> login(someone, WRONG, ip)).isInstanceOf(BadCredentialsException.class);
        }
        String email = testAccounts.create().email();

        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD, ip)).isInstanceOf(LoginThrottledException.class);
        assertThat(login(email, TestAccounts.PASSWORD, uniqueIp()).isAuthenticated())
                .isTrue();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(login(email, TestAccounts.PASSWORD, ip).isAuthenticated()).isTrue();
    }

    @Test
    void a_password_reset_lifts_the_lock_on_the_address() {
        String email = registerConfirmed("vergeten", "Vera Vergeten");
        failFiveTimes(email, uniqueIp());
        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD, uniqueIp()))
                .isInstanceOf(LoginThrottledException.class);

        registration.requestPasswordReset(new PasswordResetRequest(email, uniqueIp()));
        registration.resetPassword(new PasswordReset(
                Mails.await(smtp, email, 2).getLast().token("/account/wachtwoord-herstellen"),
                "Weer-binnen-na-herstel-3"));

        assertThat(login(email, "Weer-binnen-na-herstel-3", uniqueIp()).isAuthenticated())
                .isTrue();
    }

    @Test
    void the_address_is_throttled_whatever_its_case_and_without_details_the_client_is_unknown() {
        String email = testAccounts.create().email();
        for (int i = 0; i < 5; i++) {
            String typed = i % 2 == 0 ? email.toUpperCase() : " " + email;
            assertThatThrownBy(() -> loginProvider.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(typed, WRONG)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD, uniqueIp()))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void a_successful_login_gives_the_account_with_its_roles_and_an_argon2_hash() {
        AccountPrincipal created = testAccounts.create(Role.COUNCILLOR);
        AccountPrincipal principal = (AccountPrincipal)
                login(created.email(), TestAccounts.PASSWORD, uniqueIp()).getPrincipal();
        assertThat(principal.accountId()).isEqualTo(created.accountId());
        assertThat(principal.roles()).containsExactly(Role.RESIDENT, Role.COUNCILLOR);
        assertThat(principal.isEnabled()).isTrue();
        assertThat(principal.getPassword()).startsWith("{argon2}");
    }

    private void failFiveTimes(String email, String ip) {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(email, WRONG, ip)).isInstanceOf(BadCredentialsException.class);
        }
    }
}
