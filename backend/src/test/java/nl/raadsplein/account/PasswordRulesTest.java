package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.raadsplein.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest extends AccountTest {

    @Test
    void a_password_shorter_than_twelve_characters_is_refused_with_the_minimum() {
        assertRegistrationRefused("Kort-2026!a", "account.error.password-too-short");
        assertThatThrownBy(() -> register("Kort-2026!a"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.arguments()).containsExactly(12));
    }

    @Test
    void twelve_characters_and_a_hundred_and_twenty_eight_are_accepted() {
        assertThatCode(() -> register("Fiets-Boom-7")).doesNotThrowAnyException();
        assertThatCode(() -> register("Lang-".repeat(25) + "abc")).doesNotThrowAnyException();
    }

    @Test
    void a_password_longer_than_a_hundred_and_twenty_eight_characters_is_refused() {
        assertRegistrationRefused("Lang-".repeat(25) + "abcd", "account.error.password-too-long");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "wachtwoord123",
                "WELKOM123456",
                "Password1234",
                "qwertyuiop123",
                "111111111111",
                "1qaz2wsx3edc",
                "123456789012",
                "Welkomwelkom"
            })
    void a_well_known_password_is_refused_whatever_its_case(String password) {
        assertRegistrationRefused(password, "account.error.password-common");
    }

    @Test
    void a_password_that_is_mostly_the_email_address_is_refused() {
        String email = TestAccounts.uniqueEmail("marieke.visser");
        String localPart = email.substring(0, email.indexOf('@'));
        for (String password : new String[] {email, "X" + email.toUpperCase(), localPart + "1977!", "!!" + localPart}) {
            assertThatThrownBy(
                            () -> registration.register(new Registration("Marieke", email, password, "nl", uniqueIp())))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("account.error.password-contains-email"));
        }
    }

    @Test
    void a_password_equal_to_the_display_name_is_refused() {
        assertThatThrownBy(() -> registration.register(new Registration(
                        "Johannes van der Berg",
                        TestAccounts.uniqueEmail("jvdb"),
                        "johannes van der berg",
                        "nl",
                        uniqueIp())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.password-is-name"));
    }

    @Test
    void the_demo_passwords_pass_the_rules() {
        PasswordPolicy policy = new PasswordPolicy();
        assertThatCode(() -> {
                    policy.check("password", "Inwoner-demo-2026", "inwoner@ijssellanden.example", "Sandra de Vries");
                    policy.check("password", "Raadslid-demo-2026", "raadslid@ijssellanden.example", "Francis Bakker");
                    policy.check("password", "Griffier-demo-2026", "griffier@ijssellanden.example", "Gerrit Jansen");
                    policy.check("password", "Beheerder-demo-2026", "beheerder@ijssellanden.example", "Bea Hofman");
                })
                .doesNotThrowAnyException();
    }

    private void register(String password) {
        registration.register(
                new Registration("Regel Tester", TestAccounts.uniqueEmail("regels"), password, "nl", uniqueIp()));
    }

    private void assertRegistrationRefused(String password, String key) {
        String email = TestAccounts.uniqueEmail("geweigerd");
        assertThatThrownBy(() ->
                        registration.register(new Registration("Regel Tester", email, password, "nl", uniqueIp())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.messageKey()).isEqualTo(key);
                });
        testAccounts.signInAs(Role.ADMIN);
        assertThat(roles.countAccounts(email)).isZero();
        TestAccounts.signOut();
    }
}
