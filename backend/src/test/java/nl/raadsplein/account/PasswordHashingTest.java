package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

class PasswordHashingTest extends AccountTest {

    private static final String OWASP_MINIMUM = "{argon2}$argon2id$v=19$m=19456,t=2,p=1$";

    @Autowired
    AccountRepository repository;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_new_password_is_stored_as_argon2id_with_at_least_owasps_minimum_cost() {
        String email = registerConfirmed("hash.nieuw", "Nieuwe Hash");

        assertThat(storedHash(email)).startsWith(OWASP_MINIMUM);
    }

    @Test
    void a_hash_made_with_the_older_cheaper_parameters_is_upgraded_at_the_next_login() {
        String email = registerConfirmed("hash.oud", "Oude Hash");
        String cheaper = "{argon2}"
                + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(TestAccounts.PASSWORD);
        storeHash(email, cheaper);
        assertThat(storedHash(email)).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$");

        login(email, TestAccounts.PASSWORD, uniqueIp());

        assertThat(storedHash(email)).startsWith(OWASP_MINIMUM);
        login(email, TestAccounts.PASSWORD, uniqueIp());
    }

    @Test
    void a_bcrypt_hash_still_logs_in_and_is_replaced_by_argon2id() {
        String email = registerConfirmed("hash.bcrypt", "Bcrypt Hash");
        storeHash(email, "{bcrypt}" + new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD));

        login(email, TestAccounts.PASSWORD, uniqueIp());

        assertThat(storedHash(email)).startsWith(OWASP_MINIMUM);
    }

    private void storeHash(String email, String hash) {
        transaction.executeWithoutResult(status -> repository.setPassword(email, hash));
    }

    private String storedHash(String email) {
        return Objects.requireNonNull(transaction.execute(
                status -> repository.principal(email).orElseThrow().getPassword()));
    }
}
