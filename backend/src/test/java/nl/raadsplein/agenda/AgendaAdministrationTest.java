package nl.raadsplein.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.Role;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.LocalizedText;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class AgendaAdministrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AgendaService agenda;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_administrator_renames_a_theme_in_both_languages() {
        as(Role.ADMIN);
        Theme before = agenda.theme("1A.5");
        agenda.renameTheme(
                "1A.5", new LocalizedText("Open data en hergebruik", "Open data and reuse"), before.version());
        Theme after = agenda.theme("1A.5");
        assertThat(after.name()).isEqualTo(new LocalizedText("Open data en hergebruik", "Open data and reuse"));
        assertThat(after.code()).isEqualTo("1A.5");
        agenda.renameTheme("1A.5", before.name(), after.version());
    }

    @Test
    void a_rename_based_on_a_stale_version_changes_nothing() {
        as(Role.ADMIN);
        ReferenceItem value = value("privacy");
        agenda.rename(ReferenceKind.PUBLIC_VALUE, "privacy", new LocalizedText("Privacy", "Privacy"), value.version());
        assertThatThrownBy(() -> agenda.rename(
                        ReferenceKind.PUBLIC_VALUE,
                        "privacy",
                        new LocalizedText("Persoonlijke levenssfeer", "Private life"),
                        value.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(value("privacy").name().nl()).isEqualTo("Privacy");
    }

    @Test
    void an_administrator_adds_a_digital_topic_linked_to_themes_and_its_code_is_then_taken() {
        as(Role.ADMIN);
        String code = "drones-" + SEQUENCE.incrementAndGet();
        agenda.add(
                new ReferenceAddition(ReferenceKind.DIGITAL_TOPIC, code, "Drones", "Drones", List.of("3B.2", "2A.4")));
        assertThat(agenda.digitalTopics())
                .filteredOn(t -> t.code().equals(code))
                .singleElement()
                .satisfies(t -> assertThat(t.themeCodes()).containsExactly("2A.4", "3B.2"));
        assertThat(agenda.theme("3B.2").digitalTopics())
                .extracting(ReferenceItem::code)
                .contains(code);
        assertThatThrownBy(() -> agenda.add(new ReferenceAddition(
                        ReferenceKind.DIGITAL_TOPIC, code, "Andere drones", "Other drones", List.of("3B.2"))))
                .isInstanceOf(InvalidInputException.class)
                .extracting("messageKey")
                .isEqualTo("error.code-taken");
    }

    @Test
    void an_administrator_adds_a_public_value_at_the_end_of_the_list() {
        as(Role.ADMIN);
        String code = "sustainability-" + SEQUENCE.incrementAndGet();
        agenda.add(
                new ReferenceAddition(ReferenceKind.PUBLIC_VALUE, code, "Duurzaamheid", "Sustainability", List.of()));
        assertThat(agenda.publicValues()).last().extracting(ReferenceItem::code).isEqualTo(code);
    }

    @Test
    void unknown_themes_and_malformed_codes_are_refused_and_nothing_is_added() {
        as(Role.ADMIN);
        int topics = agenda.digitalTopics().size();
        assertThatThrownBy(() -> agenda.add(new ReferenceAddition(
                        ReferenceKind.DIGITAL_TOPIC, "valid-code", "Naam", "Name", List.of("9Z.9"))))
                .isInstanceOf(InvalidInputException.class)
                .extracting("messageKey")
                .isEqualTo("error.unknown-theme");
        assertThatThrownBy(() -> agenda.add(new ReferenceAddition(
                        ReferenceKind.DIGITAL_TOPIC, "Not A Code", "Naam", "Name", List.of("3A.1"))))
                .isInstanceOf(InvalidInputException.class)
                .extracting("messageKey")
                .isEqualTo("error.code-malformed");
        assertThatThrownBy(() -> agenda.add(
                        new ReferenceAddition(ReferenceKind.PUBLIC_VALUE, "valid-value", "", "Name", List.of())))
                .isInstanceOf(InvalidInputException.class)
                .extracting("field")
                .isEqualTo("nameNl");
        assertThat(agenda.digitalTopics()).hasSize(topics);
    }

    @Test
    void an_unknown_theme_code_is_not_found() {
        assertThatThrownBy(() -> agenda.theme("9Z.9")).isInstanceOf(NoSuchItemException.class);
        as(Role.ADMIN);
        assertThatThrownBy(() -> agenda.renameTheme("9Z.9", new LocalizedText("a", "b"), 0))
                .isInstanceOf(NoSuchItemException.class);
    }

    @ParameterizedTest
    @MethodSource("nl.raadsplein.HostileInputs#lines")
    void hostile_names_are_refused_or_kept_exactly_as_typed(String hostile) {
        as(Role.ADMIN);
        ReferenceItem before = value("transparency");
        try {
            agenda.rename(
                    ReferenceKind.PUBLIC_VALUE, "transparency", new LocalizedText(hostile, hostile), before.version());
        } catch (InvalidInputException refused) {
            assertThat(value("transparency")).isEqualTo(before);
            return;
        }
        ReferenceItem after = value("transparency");
        assertThat(after.name().nl())
                .isEqualTo(Normalizer.normalize(hostile, Normalizer.Form.NFC).strip());
        agenda.rename(ReferenceKind.PUBLIC_VALUE, "transparency", before.name(), after.version());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void only_administrators_change_reference_data(Role role) {
        as(role);
        ReferenceItem value = value("autonomy");
        assertThatThrownBy(() -> agenda.rename(
                        ReferenceKind.PUBLIC_VALUE,
                        "autonomy",
                        new LocalizedText("Zelfbeschikking", "Self-determination"),
                        value.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.add(new ReferenceAddition(
                        ReferenceKind.PUBLIC_VALUE,
                        "forbidden-" + role.name().toLowerCase(),
                        "Verboden",
                        "Forbidden",
                        List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(value("autonomy")).isEqualTo(value);
    }

    @Test
    void anonymous_visitors_read_the_agenda_but_change_nothing() {
        assertThat(agenda.goals()).hasSize(3);
        assertThatThrownBy(() -> agenda.renameTheme("3A.1", new LocalizedText("x", "y"), 0))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private ReferenceItem value(String code) {
        return agenda.publicValues().stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static void as(Role role) {
        Set<Role> roles = role == Role.RESIDENT ? EnumSet.of(Role.RESIDENT) : EnumSet.of(Role.RESIDENT, role);
        AccountPrincipal principal = new AccountPrincipal(
                -1, role.name().toLowerCase() + "@test.invalid", role.name(), "nl", true, roles, "");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
