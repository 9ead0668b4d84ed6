package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class SessionsTest extends AccountTest {

    @Autowired
    SessionService sessions;

    private boolean valid(AccountPrincipal who, Instant since) {
        TestAccounts.signIn(who);
        return sessions.stillValid(since);
    }

    @Test
    void a_password_change_ends_the_other_sessions_and_the_own_goes_on_from_the_moment_returned() {
        AccountPrincipal sandra = testAccounts.create();
        Instant loggedInEarlier = clock.instant();
        assertThat(valid(sandra, loggedInEarlier)).isTrue();
        clock.advance(Duration.ofMinutes(1));

        TestAccounts.signIn(sandra);
        Instant validFrom =
                accounts.changePassword(new PasswordChange(TestAccounts.PASSWORD, "Nieuwe-zomer-aan-zee-7"));

        assertThat(valid(sandra, loggedInEarlier)).isFalse();
        assertThat(valid(sandra, validFrom)).isTrue();
        assertThat(valid(sandra, validFrom.plusSeconds(1))).isTrue();
    }

    @Test
    void a_refused_password_change_ends_no_session() {
        AccountPrincipal sandra = testAccounts.create();
        Instant since = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        TestAccounts.signIn(sandra);

        assertThatThrownBy(() -> accounts.changePassword(new PasswordChange("fout", "Nieuwe-zomer-aan-zee-7")))
                .isInstanceOf(nl.raadsplein.platform.InvalidInputException.class);

        assertThat(valid(sandra, since)).isTrue();
    }

    @Test
    void a_password_reset_by_mail_ends_every_session() {
        String email = registerConfirmed("sessie", "Sanne Sessie");
        AccountPrincipal sanne = testAccounts.principal(email);
        Instant since = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        registration.requestPasswordReset(new PasswordResetRequest(email, uniqueIp()));
        String token = Mails.await(smtp, email, 2).getLast().token("/account/wachtwoord-herstellen");

        registration.resetPassword(new PasswordReset(token, "Nieuwe-zomer-aan-zee-7"));

        assertThat(valid(sanne, since)).isFalse();
    }

    @Test
    void revoking_a_role_ends_the_sessions_that_still_carry_it() {
        long partyId = PartiesTest.newParty(testAccounts, parties);
        AccountPrincipal resident = testAccounts.create();
        testAccounts.signInAs(Role.GRIFFIER);
        roles.appointCouncillor(resident.accountId(), partyId);
        AccountPrincipal councillor = testAccounts.principal(resident.email());
        Instant since = clock.instant();
        assertThat(valid(councillor, since)).isTrue();
        clock.advance(Duration.ofMinutes(1));

        testAccounts.signInAs(Role.GRIFFIER);
        roles.revokeRole(resident.accountId(), Role.COUNCILLOR);

        assertThat(valid(councillor, since)).isFalse();
    }

    @Test
    void log_out_everywhere_ends_every_session_of_that_account_only() {
        AccountPrincipal sandra = testAccounts.create();
        AccountPrincipal other = testAccounts.create();
        Instant since = clock.instant();
        clock.advance(Duration.ofMinutes(1));

        TestAccounts.signIn(sandra);
        sessions.endAllMySessions();

        assertThat(valid(sandra, since)).isFalse();
        assertThat(valid(other, since)).isTrue();
    }

    @Test
    void only_a_logged_in_person_asks_about_or_ends_sessions() {
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> sessions.stillValid(clock.instant())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.endAllMySessions()).isInstanceOf(AccessDeniedException.class);
    }
}
