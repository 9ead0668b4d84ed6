package nl.raadsplein.account;

import static nl.raadsplein.jooq.Tables.DEVICE_COOKIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;

/** OWASP's device cookies: a stranger's failures with an address do not keep its owner out of her own browser. */
class LoginDeviceCookieTest extends AccountTest {

    private static final String WRONG = "Verkeerd-wachtwoord-1";

    @Autowired
    DSLContext dsl;

    @Autowired
    SessionService sessions;

    @Autowired
    AccountDeletionService deletion;

    @Test
    void the_owner_logs_in_on_her_browser_while_the_stranger_is_refused_even_with_the_right_password() {
        AccountPrincipal owner = testAccounts.create();
        String cookie = deviceCookieOf(owner, null);
        String stranger = uniqueIp();
        for (int i = 0; i < 8; i++) {
            Throwable answer =
                    org.assertj.core.api.Assertions.catchThrowable(() -> login(owner.email(), WRONG, stranger));
            assertThat(answer).isInstanceOf(i < 5 ? BadCredentialsException.class : LoginThrottledException.class);
        }

        assertThatThrownBy(() -> login(owner.email(), TestAccounts.PASSWORD, stranger, null))
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> login(owner.email(), TestAccounts.PASSWORD, uniqueIp(), "een-cookie-dat-niemand-gaf"))
                .as("a cookie nobody issued is no way around the lock")
                .isInstanceOf(LoginThrottledException.class);
        assertThat(login(owner.email(), TestAccounts.PASSWORD, uniqueIp(), cookie)
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void a_device_cookie_of_another_account_gives_nothing() {
        AccountPrincipal owner = testAccounts.create();
        AccountPrincipal other = testAccounts.create();
        String othersCookie = deviceCookieOf(other, null);
        failFiveTimes(owner.email(), uniqueIp());

        assertThatThrownBy(() -> login(owner.email(), TestAccounts.PASSWORD, uniqueIp(), othersCookie))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(deviceCookieOf(owner, othersCookie))
                .as("the owner's browser showing another account's cookie gets one of its own")
                .isNotEqualTo(othersCookie);
    }

    @Test
    void a_device_cookie_is_locked_by_its_own_failures_even_for_the_right_password_and_opens_on_time() {
        AccountPrincipal owner = testAccounts.create();
        String cookie = deviceCookieOf(owner, null);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(owner.email(), WRONG, uniqueIp(), cookie))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login(owner.email(), TestAccounts.PASSWORD, uniqueIp(), cookie))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(login(owner.email(), TestAccounts.PASSWORD, uniqueIp()).isAuthenticated())
                .as("failures with the cookie do not lock the address for other browsers")
                .isTrue();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(login(owner.email(), TestAccounts.PASSWORD, uniqueIp(), cookie)
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void a_login_renews_the_cookie_it_shows_and_an_unused_cookie_lapses_after_a_year() {
        AccountPrincipal owner = testAccounts.create();
        String cookie = deviceCookieOf(owner, null);
        clock.advance(Duration.ofDays(300));
        assertThat(deviceCookieOf(owner, cookie)).isEqualTo(cookie);
        clock.advance(Duration.ofDays(300));
        failFiveTimes(owner.email(), uniqueIp());
        assertThat(login(owner.email(), TestAccounts.PASSWORD, uniqueIp(), cookie)
                        .isAuthenticated())
                .as("used 300 days ago: still trusted")
                .isTrue();

        clock.advance(Duration.ofDays(366));
        failFiveTimes(owner.email(), uniqueIp());
        assertThatThrownBy(() -> login(owner.email(), TestAccounts.PASSWORD, uniqueIp(), cookie))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(deviceCookieOf(owner, cookie)).isNotEqualTo(cookie);
    }

    @Test
    void a_password_reset_works_while_the_address_is_locked_and_trusts_no_browser_any_more() {
        String email = registerConfirmed("herstel", "Hanna Herstel");
        AccountPrincipal owner = testAccounts.principal(email);
        String cookie = deviceCookieOf(owner, null);
        failFiveTimes(email, uniqueIp());

        registration.requestPasswordReset(new PasswordResetRequest(email, uniqueIp()));
        registration.resetPassword(new PasswordReset(
                Mails.await(smtp, email, 2).getLast().token("/account/wachtwoord-herstellen"),
                "Weer-binnen-na-herstel-3"));

        assertThat(dsl.fetchCount(DEVICE_COOKIE, DEVICE_COOKIE.ACCOUNT_ID.eq(owner.accountId())))
                .isZero();
        assertThat(login(email, "Weer-binnen-na-herstel-3", uniqueIp(), cookie).isAuthenticated())
                .as("the lock is lifted; the old cookie counts as none")
                .isTrue();
    }

    @Test
    void log_out_everywhere_trusts_no_browser_any_more() {
        AccountPrincipal owner = testAccounts.create();
        deviceCookieOf(owner, null);
        deviceCookieOf(owner, null);
        assertThat(dsl.fetchCount(DEVICE_COOKIE, DEVICE_COOKIE.ACCOUNT_ID.eq(owner.accountId())))
                .isEqualTo(2);

        TestAccounts.signIn(owner);
        sessions.endAllMySessions();

        assertThat(dsl.fetchCount(DEVICE_COOKIE, DEVICE_COOKIE.ACCOUNT_ID.eq(owner.accountId())))
                .isZero();
    }

    @Test
    void deleting_the_account_deletes_its_device_cookies() {
        AccountPrincipal owner = testAccounts.create();
        deviceCookieOf(owner, null);

        TestAccounts.signIn(owner);
        deletion.deleteMyAccount(new AccountDeletion(TestAccounts.PASSWORD));

        assertThat(dsl.fetchCount(DEVICE_COOKIE, DEVICE_COOKIE.ACCOUNT_ID.eq(owner.accountId())))
                .isZero();
    }

    private void failFiveTimes(String email, String ip) {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(email, WRONG, ip)).isInstanceOf(BadCredentialsException.class);
        }
    }
}
