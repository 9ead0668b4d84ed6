package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import nl.raadsplein.HostileInputs;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

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

    @Test
    void fifty_parallel_attempts_at_one_address_get_no_more_checks_than_the_limit() throws Exception {
        String email = testAccounts.create().email();
        int attempts = 50;
        ExecutorService threads = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String ip = uniqueIp();
            answers.add(threads.submit(() -> {
                start.await();
                try {
                    login(email, WRONG, ip);
                    return Authentication.class;
                } catch (AuthenticationException e) {
                    return e.getClass();
                }
            }));
        }
        start.countDown();
        Map<Class<?>, Integer> counted = new HashMap<>();
        for (Future<Class<?>> answer : answers) {
            counted.merge(answer.get(2, TimeUnit.MINUTES), 1, Integer::sum);
        }
        threads.shutdown();

        assertThat(counted)
                .as("checked (a wrong password) at most the limit, the rest refused unchecked")
                .containsOnly(
                        Map.entry(BadCredentialsException.class, LoginThrottle.FAILURES_PER_EMAIL),
                        Map.entry(LoginThrottledException.class, attempts - LoginThrottle.FAILURES_PER_EMAIL));
    }

    @Test
    void an_ipv6_client_is_counted_by_its_64_network() {
        String network =
                "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000)) + ":7";
        for (int i = 0; i < 20; i++) {
            String someone = TestAccounts.uniqueEmail("zes" + i);
            String address = network + ":" + Integer.toHexString(i + 1) + "::" + Integer.toHexString(i * 7 + 1);
            assertThatThrownBy(() -> login(someone, WRONG, address)).isInstanceOf(BadCredentialsException.class);
        }
        String email = testAccounts.create().email();

        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD, network + ":ffff:ffff:ffff:ffff"))
                .as("another address in the same /64")
                .isInstanceOf(LoginThrottledException.class);
        assertThat(login(email, TestAccounts.PASSWORD, network.replaceFirst(":7$", ":8") + "::1")
                        .isAuthenticated())
                .as("the next /64")
                .isTrue();
    }

    @Test
    void hostile_addresses_cookies_and_client_addresses_are_refused_as_bad_credentials_and_break_nothing() {
        String email = testAccounts.create().email();
        for (String hostile : HostileInputs.lines()) {
            assertThatThrownBy(() -> login(hostile, WRONG, uniqueIp(), hostile))
                    .isInstanceOfAny(BadCredentialsException.class, LoginThrottledException.class);
            assertThatThrownBy(() -> login(TestAccounts.uniqueEmail("vijand"), WRONG, hostile, hostile))
                    .isInstanceOfAny(BadCredentialsException.class, LoginThrottledException.class);
            assertThat(deviceCookieOf(testAccounts.principal(email), hostile)).isNotEqualTo(hostile);
        }
        assertThat(login(email, TestAccounts.PASSWORD, uniqueIp(), "' OR '1'='1")
                        .isAuthenticated())
                .isTrue();
    }

    private void failFiveTimes(String email, String ip) {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(email, WRONG, ip)).isInstanceOf(BadCredentialsException.class);
        }
    }
}
