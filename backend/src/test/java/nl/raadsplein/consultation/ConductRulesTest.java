package nl.raadsplein.consultation;

import static nl.raadsplein.consultation.ConsultationServiceTest.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.AuditLog;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** A consultation's own rules of conduct (spelregels), as the griffie writes them, on the real database. */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class ConductRulesTest {

    private static final int LIMIT = ConsultationService.CONDUCT_RULES_LENGTH;

    @Autowired
    ConsultationService consultations;

    @Autowired
    AuditLog audit;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long consultation() {
        testAccounts.signInAs(Role.GRIFFIER);
        long id = consultations.create(draft("Spelregels " + System.nanoTime(), clock.instant()));
        TestAccounts.signOut();
        return id;
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"GRIFFIER", "ADMIN"})
    void the_griffie_writes_rules_that_come_back_as_typed_line_by_line(Role role) {
        long id = consultation();
        testAccounts.signInAs(role);
        int version = consultations.consultation(id).version();

        int next = consultations.setConductRules(
                id, "  Wees beleefd.\r\nNoem geen buren.\n\nMeld wat niet mag.  ", version);

        Consultation changed = consultations.consultation(id);
        assertThat(changed.conductRules()).isEqualTo("Wees beleefd.\nNoem geen buren.\n\nMeld wat niet mag.");
        assertThat(next).isEqualTo(version + 1).isEqualTo(changed.version());
        TestAccounts.signOut();
        testAccounts.signInAs(Role.ADMIN);
        assertThat(audit.entries(0, 1).getFirst().entry()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CONSULTATION_CONDUCT_RULES");
            assertThat(entry.itemId()).isEqualTo(id);
        });
    }

    @Test
    void empty_rules_go_back_to_the_platforms_default() {
        long id = consultation();
        testAccounts.signInAs(Role.GRIFFIER);
        int version = consultations.setConductRules(
                id, "Eigen regels.", consultations.consultation(id).version());
        consultations.setConductRules(id, " \n ", version);
        assertThat(consultations.consultation(id).conductRules()).isNull();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"RESIDENT", "COUNCILLOR"})
    void residents_and_councillors_cannot_change_the_rules(Role role) {
        long id = consultation();
        Consultation before = consultations.consultation(id);
        testAccounts.signInAs(role);
        assertThatThrownBy(() -> consultations.setConductRules(id, "Alles mag.", before.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertUnchanged(before);
    }

    @Test
    void visitors_cannot_change_the_rules() {
        long id = consultation();
        Consultation before = consultations.consultation(id);
        assertThatThrownBy(() -> consultations.setConductRules(id, "Alles mag.", before.version()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> consultations.setConductRules(id, "Alles mag.", before.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertUnchanged(before);
    }

    @Test
    void rules_up_to_the_limit_are_kept_and_longer_ones_refused_next_to_the_field() {
        long id = consultation();
        testAccounts.signInAs(Role.GRIFFIER);
        // Counted in characters as people see them: an emoji outside the BMP is one, not two.
        String longest = "🙂".repeat(LIMIT);
        int version = consultations.setConductRules(
                id, longest, consultations.consultation(id).version());
        assertThat(consultations.consultation(id).conductRules()).isEqualTo(longest);

        Consultation before = consultations.consultation(id);
        assertThatThrownBy(() -> consultations.setConductRules(id, "x".repeat(LIMIT + 1), version))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("conductRules");
                    assertThat(e.messageKey()).isEqualTo("error.too-long");
                    assertThat(e.arguments()).containsExactly(LIMIT);
                });
        assertUnchanged(before);
    }

    @ParameterizedTest
    @MethodSource("nl.raadsplein.HostileInputs#lines")
    void hostile_rules_are_refused_or_kept_exactly_as_text(String hostile) {
        long id = consultation();
        Consultation before = consultations.consultation(id);
        testAccounts.signInAs(Role.GRIFFIER);
        try {
            consultations.setConductRules(id, hostile, before.version());
        } catch (InvalidInputException refused) {
            assertThat(refused.field()).isEqualTo("conductRules");
            assertThat(refused.messageKey()).isIn("error.control-characters", "error.too-long");
            assertUnchanged(before);
            return;
        }
        assertThat(consultations.consultation(id).conductRules())
                .isEqualTo(Normalizer.normalize(hostile, Normalizer.Form.NFC).strip());
    }

    @Test
    void rules_written_on_a_stale_version_change_nothing() {
        long id = consultation();
        testAccounts.signInAs(Role.GRIFFIER);
        int version = consultations.consultation(id).version();
        consultations.setConductRules(id, "Eerste griffier.", version);
        Consultation before = consultations.consultation(id);
        assertThatThrownBy(() -> consultations.setConductRules(id, "Tweede griffier.", version))
                .isInstanceOf(ConcurrentChangeException.class);
        assertUnchanged(before);
    }

    @Test
    void the_rules_of_a_consultation_that_does_not_exist_are_not_found() {
        testAccounts.signInAs(Role.GRIFFIER);
        assertThatThrownBy(() -> consultations.setConductRules(Long.MAX_VALUE, "Regels.", 0))
                .isInstanceOf(NoSuchItemException.class);
    }

    private void assertUnchanged(Consultation before) {
        Consultation now = consultations.consultation(before.id());
        assertThat(now.conductRules()).isEqualTo(before.conductRules());
        assertThat(now.version()).isEqualTo(before.version());
    }
}
