package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import nl.raadsplein.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;

class PasswordResetTest extends AccountTest {

    private static final String NEW_PASSWORD = "Nieuwe-zomer-aan-zee-7";

    @Test
    void asking_a_reset_for_an_unknown_address_is_silent() {
        String unknown = TestAccounts.uniqueEmail("onbekend");
        String known = registerConfirmed("bekend", "Karin Bekend");

        assertThatCode(() -> registration.requestPasswordReset(new PasswordResetRequest(unknown, uniqueIp())))
                .doesNotThrowAnyException();
        registration.requestPasswordReset(new PasswordResetRequest(known, uniqueIp()));

        // Mails leave in order: the known address's reset mail arriving means none went to the unknown one.
        Mails.await(smtp, known, 2);
        assertThat(Mails.to(smtp, unknown)).isEmpty();
    }

    @Test
    void the_reset_link_sets_a_new_password_and_the_old_one_stops_working() {
        String email = registerConfirmed("herstel", "Henk Herstel");
        registration.requestPasswordReset(new PasswordResetRequest(email.toUpperCase(), uniqueIp()));
        Mails.Mail mail = Mails.await(smtp, email, 2).getLast();
        assertThat(mail.subject()).isEqualTo("Nieuw wachtwoord voor Raadsplein");

        registration.resetPassword(new PasswordReset(mail.token("/account/wachtwoord-herstellen"), NEW_PASSWORD));

        String ip = uniqueIp();
        assertThatThrownBy(() -> login(email, TestAccounts.PASSWORD, ip)).isInstanceOf(BadCredentialsException.class);
        assertThat(login(email, NEW_PASSWORD, ip).isAuthenticated()).isTrue();
    }

    @Test
    void resetting_the_password_confirms_an_unconfirmed_address() {
        String email = TestAccounts.uniqueEmail("onbevestigd");
        registration.register(new Registration("Olga Onbevestigd", email, TestAccounts.PASSWORD, "nl", uniqueIp()));
        registration.requestPasswordReset(new PasswordResetRequest(email, uniqueIp()));
        String token = Mails.await(smtp, email, 2).getLast().token("/account/wachtwoord-herstellen");

        registration.resetPassword(new PasswordReset(token, NEW_PASSWORD));

        assertThat(login(email, NEW_PASSWORD, uniqueIp()).isAuthenticated()).isTrue();
    }

    @Test
    void a_reset_link_works_once_and_an_older_link_dies_with_it() {
        String email = registerConfirmed("eenmaal", "Erik Eenmaal");
        registration.requestPasswordReset(new PasswordResetRequest(email, uniqueIp()));
        registration.requestPasswordReset(new PasswordResetRequest(email, uniqueIp()));
        var mails = Mails.await(smtp, email, 3);
        String older = mails.get(1).token("/account/wachtwoord-herstellen");
        String newer = mails.get(2).token("/account/wachtwoord-herstellen");

        registration.resetPassword(new PasswordReset(newer, NEW_PASSWORD));

        assertThatThrownBy(() -> registration.resetPassword(new PasswordReset(newer, "Nog-een-ander-wachtwoord")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.token-invalid"));
        assertThatThrownBy(() -> registration.resetPassword(new PasswordReset(older, "Nog-een-ander-wachtwoord")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(login(email, NEW_PASSWORD, uniqueIp()).isAuthenticated()).isTrue();
    }

    @Test
    void a_reset_link_expires_after_an_hour() {
        String email = registerConfirmed("uur", "Ursula Uur");
        registration.requestPasswordReset(new PasswordResetRequest(email, uniqueIp()));
        String token = Mails.await(smtp, email, 2).getLast().token("/account/wachtwoord-herstellen");

        clock.advance(Duration.ofMinutes(61));

        assertThatThrownBy(() -> registration.resetPassword(new PasswordReset(token, NEW_PASSWORD)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.token-invalid"));
        assertThat(login(email, TestAccounts.PASSWORD, uniqueIp()).isAuthenticated())
                .isTrue();
    }

    @Test
    void a_weak_new_password_is_refused_and_the_link_still_works() {
        String email = registerConfirmed("zwak", "Zeger Zwak");
        registration.requestPasswordReset(new PasswordResetRequest(email, uniqueIp()));
        String token = Mails.await(smtp, email, 2).getLast().token("/account/wachtwoord-herstellen");

        assertThatThrownBy(() -> registration.resetPassword(new PasswordReset(token, "wachtwoord123")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.password-common"));

        registration.resetPassword(new PasswordReset(token, NEW_PASSWORD));
        assertThat(login(email, NEW_PASSWORD, uniqueIp()).isAuthenticated()).isTrue();
    }

    @Test
    void a_malformed_address_is_refused_as_input() {
        assertThatThrownBy(() -> registration.requestPasswordReset(
                        new PasswordResetRequest("niet-een-adres\r\nBcc: x@example.org", uniqueIp())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }
}
