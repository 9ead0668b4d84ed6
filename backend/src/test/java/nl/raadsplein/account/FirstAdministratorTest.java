package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import nl.raadsplein.BackendTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(
        classes = BackendTestApplication.class,
        properties = {
            "raadsplein.admin.email=Eerste.Beheerder@Test.Example",
            "raadsplein.admin.password=Sterk-begin-van-het-plein",
            "raadsplein.admin.name=Eerste Beheerder"
        })
@Import(AccountTestConfiguration.class)
class FirstAdministratorTest {

    @Autowired
    RoleService roles;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    RoleRepository roleRepository;

    @Autowired
    PasswordPolicy passwordPolicy;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Clock clock;

    @Autowired
    nl.raadsplein.platform.internal.AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_configured_administrator_exists_confirmed_and_can_log_in() {
        AccountPrincipal admin = testAccounts.principal("eerste.beheerder@test.example");
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.displayName()).isEqualTo("Eerste Beheerder");
        assertThat(admin.roles()).containsExactly(Role.RESIDENT, Role.ADMIN);
        assertThat(passwordEncoder.matches("Sterk-begin-van-het-plein", admin.getPassword()))
                .isTrue();
    }

    @Test
    void once_there_is_an_administrator_the_properties_create_nobody() {
        runner("tweede@test.example", "Ook-een-sterk-wachtwoord", "Tweede").run();

        TestAccounts.signIn(testAccounts.principal("eerste.beheerder@test.example"));
        assertThat(roles.countAccounts("tweede@test.example")).isZero();
    }

    @Test
    void a_weak_configured_password_stops_the_start_with_a_clear_message() {
        assertThatThrownBy(() ->
                        runner("derde@test.example", "welkom123456", "Derde").run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("raadsplein.admin.password")
                .hasMessageContaining("account.error.password-common");
    }

    @Test
    void an_address_without_a_password_stops_the_start() {
        assertThatThrownBy(() -> runner("vierde@test.example", "", "Vierde").run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("raadsplein.admin.password");
    }

    @Test
    void without_the_properties_nothing_happens() {
        TestAccounts.signIn(testAccounts.principal("eerste.beheerder@test.example"));
        int before = roles.countAccounts(null);

        runner("", "", "Beheerder").run();

        assertThat(roles.countAccounts(null)).isEqualTo(before);
    }

    /** A runner as Spring would make it with these properties, run in a transaction as Spring's proxy would. */
    private Runnable runner(String email, String password, String name) {
        FirstAdministrator runner = new FirstAdministrator(
                repository, roleRepository, passwordPolicy, passwordEncoder, audit, clock, email, password, name);
        return () -> transactions.executeWithoutResult(status -> runner.run(null));
    }
}
