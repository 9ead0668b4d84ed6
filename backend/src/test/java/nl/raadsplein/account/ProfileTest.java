package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.raadsplein.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;

class ProfileTest extends AccountTest {

    @Test
    void me_shows_the_logged_in_account() {
        AccountPrincipal principal = testAccounts.signInAs(Role.GRIFFIER);
        Account me = accounts.me();
        assertThat(me.id()).isEqualTo(principal.accountId());
        assertThat(me.email()).isEqualTo(principal.email());
        assertThat(me.roles()).containsExactly(Role.RESIDENT, Role.GRIFFIER);
        assertThat(me.emailConfirmed()).isTrue();
        assertThat(me.createdAt()).isNotNull();
    }

    @Test
    void visitors_who_are_not_logged_in_have_no_profile() {
        TestAccounts.signInAnonymously();
        assertThatThrownBy(accounts::me).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> accounts.changePassword(new PasswordChange(TestAccounts.PASSWORD, "Iets-heel-anders-1")))
                .isInstanceOf(AccessDeniedException.class);
        TestAccounts.signOut();
        assertThatThrownBy(() -> accounts.updateProfile("Niemand", "nl"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void changing_the_password_needs_the_current_one() {
        AccountPrincipal principal = testAccounts.signInAs();
        assertThatThrownBy(() ->
                        accounts.changePassword(new PasswordChange("Fout-wachtwoord-123", "Nieuw-en-lang-genoeg")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("currentPassword");
                    assertThat(e.messageKey()).isEqualTo("account.error.password-wrong");
                });
        assertThat(login(principal.email(), TestAccounts.PASSWORD, uniqueIp()).isAuthenticated())
                .isTrue();
    }

    @Test
    void a_changed_password_replaces_the_old_one_at_login() {
        AccountPrincipal principal = testAccounts.signInAs();
        accounts.changePassword(new PasswordChange(TestAccounts.PASSWORD, "Nieuw-en-lang-genoeg"));

        String ip = uniqueIp();
        assertThatThrownBy(() -> login(principal.email(), TestAccounts.PASSWORD, ip))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(login(principal.email(), "Nieuw-en-lang-genoeg", ip).isAuthenticated())
                .isTrue();
    }

    @Test
    void a_new_password_must_follow_the_rules() {
        testAccounts.signInAs();
        assertThatThrownBy(() -> accounts.changePassword(new PasswordChange(TestAccounts.PASSWORD, "kort")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("newPassword");
                    assertThat(e.messageKey()).isEqualTo("account.error.password-too-short");
                });
    }

    @Test
    void the_profile_keeps_a_new_name_and_language() {
        testAccounts.signInAs();
        int version = accounts.me().version();
        accounts.updateProfile("  Zoë O'Brien-Çelik  ", "en");

        Account me = accounts.me();
        assertThat(me.displayName()).isEqualTo("Zoë O'Brien-Çelik");
        assertThat(me.language()).isEqualTo("en");
        assertThat(me.version()).isGreaterThan(version);
    }

    @Test
    void a_bad_profile_is_refused_and_changes_nothing() {
        testAccounts.signInAs();
        Account before = accounts.me();
        assertThatThrownBy(() -> accounts.updateProfile("Naam\u202Egnp.exe", "nl"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.control-characters"));
        assertThatThrownBy(() -> accounts.updateProfile("Goede Naam", "fr"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("language"));
        assertThat(accounts.me()).isEqualTo(before);
    }
}
