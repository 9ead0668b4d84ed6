package nl.raadsplein.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.Paging;
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

@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class ConsultationServiceTest {

    @Autowired
    ConsultationService consultations;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_griffier_sets_up_a_consultation_whose_phase_follows_the_clock() {
        testAccounts.signInAs(Role.GRIFFIER);
        Instant now = clock.instant();
        long id = consultations.create(draft("Camera’s in het centrum", now.plus(Duration.ofDays(1))));
        assertThat(consultations.consultation(id).phase()).isEqualTo(Phase.UPCOMING);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        Consultation information = consultations.consultation(id);
        assertThat(information.phase()).isEqualTo(Phase.INFORMATION);
        assertThat(information.themeCodes()).containsExactly("2A.4", "3A.2");
        assertThat(information.topicCodes()).containsExactly("cameras");
        assertThat(information.settings()).isEqualTo(ConsultationSettings.DEFAULTS);

        clock.advance(Duration.ofDays(7));
        Consultation proposals = consultations.consultation(id);
        assertThat(proposals.phase()).isEqualTo(Phase.PROPOSALS);
        assertThat(proposals.phase().acceptsProposals()).isTrue();
        assertThat(proposals.phase().acceptsSupports()).isTrue();
    }

    @Test
    void the_list_filters_by_status_theme_and_topic() {
        testAccounts.signInAs(Role.GRIFFIER);
        Instant now = clock.instant();
        long open = consultations.create(draft("Open raadpleging", now.minus(Duration.ofDays(2))));
        long upcoming = consultations.create(draft("Komende raadpleging", now.plus(Duration.ofDays(30))));
        TestAccounts.signOut();

        List<Long> openIds =
                consultations
                        .list(new ConsultationFilter(ConsultationFilter.Status.OPEN, "3A.2", "cameras"), 0, 500)
                        .stream()
                        .map(ConsultationSummary::id)
                        .toList();
        assertThat(openIds).contains(open).doesNotContain(upcoming);
        assertThat(consultations.list(new ConsultationFilter(ConsultationFilter.Status.UPCOMING, null, null), 0, 500))
                .extracting(ConsultationSummary::id)
                .contains(upcoming)
                .doesNotContain(open);
        assertThat(consultations.list(new ConsultationFilter(null, "1C.1", null), 0, 500))
                .extracting(ConsultationSummary::id)
                .doesNotContain(open, upcoming);
        assertThat(consultations.count(new ConsultationFilter(ConsultationFilter.Status.OPEN, "3A.2", "cameras")))
                .isEqualTo(openIds.size());
    }

    @Test
    void open_consultations_by_deadline_put_the_phase_that_ends_first_on_top() {
        testAccounts.signInAs(Role.GRIFFIER);
        Instant now = clock.instant();
        // Supports end in 12 days, submitting in 6 days, submitting in an hour.
        long supports = consultations.create(draft("Steunen loopt", now.minus(Duration.ofDays(23))));
        long proposals = consultations.create(draft("Indienen loopt", now.minus(Duration.ofDays(15))));
        long urgent = consultations.create(
                draft("Indienen sluit bijna", now.minus(Duration.ofDays(21).minusHours(1))));
        long upcoming = consultations.create(draft("Nog niet begonnen", now.plus(Duration.ofDays(1))));
        TestAccounts.signOut();

        List<Long> ids = consultations.openByDeadline(Paging.MAX_LIMIT).stream()
                .map(ConsultationSummary::id)
                .filter(id -> List.of(supports, proposals, urgent, upcoming).contains(id))
                .toList();

        assertThat(ids).containsExactly(urgent, proposals, supports);
    }

    @Test
    void phases_out_of_order_unknown_themes_and_bad_settings_are_refused() {
        testAccounts.signInAs(Role.GRIFFIER);
        Instant now = clock.instant();
        PhaseDates reversed = new PhaseDates(
                now,
                now.plus(Duration.ofDays(5)),
                now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(20)));
        assertRefused(
                new ConsultationDraft(
                        "Titel",
                        "Samenvatting",
                        "Tekst",
                        reversed,
                        ConsultationSettings.DEFAULTS,
                        List.of("3A.1"),
                        List.of()),
                "supportsFrom",
                "consultation.error.phase-order");
        assertRefused(withThemes(draft("Titel", now), List.of("9Z.9")), "themeCodes", "error.unknown-theme");
        assertRefused(withThemes(draft("Titel", now), List.of()), "themeCodes", "consultation.error.theme-required");
        ConsultationDraft zeroThreshold = new ConsultationDraft(
                "Titel",
                "Samenvatting",
                "Tekst",
                dates(now),
                new ConsultationSettings(0, 3, 30, true, false),
                List.of("3A.1"),
                List.of());
        assertRefused(zeroThreshold, "supportThreshold", "consultation.error.out-of-range");
        ConsultationSettings defaults = ConsultationSettings.DEFAULTS;
        assertRefused(
                withSettings(draft("Titel", now), defaults.withHiding(2, 7)),
                "reportsToHide",
                "consultation.error.out-of-range");
        assertRefused(
                withSettings(draft("Titel", now), defaults.withHiding(3, 0)),
                "reporterMinimumAgeDays",
                "consultation.error.out-of-range");
    }

    @Test
    void the_hiding_thresholds_can_be_set_down_to_three_reporters_with_accounts_a_day_old() {
        testAccounts.signInAs(Role.GRIFFIER);
        long id = consultations.create(
                withSettings(draft("Drempels", clock.instant()), ConsultationSettings.DEFAULTS.withHiding(3, 1)));
        assertThat(consultations.consultation(id).settings().reportsToHide()).isEqualTo(3);
        assertThat(consultations.consultation(id).settings().reporterMinimumAgeDays())
                .isEqualTo(1);
    }

    private static ConsultationDraft withSettings(ConsultationDraft draft, ConsultationSettings settings) {
        return new ConsultationDraft(
                draft.title(),
                draft.summary(),
                draft.body(),
                draft.dates(),
                settings,
                draft.themeCodes(),
                draft.topicCodes());
    }

    @Test
    void a_change_based_on_a_stale_version_changes_nothing() {
        testAccounts.signInAs(Role.GRIFFIER);
        long id = consultations.create(draft("Versies", clock.instant()));
        int version = consultations.consultation(id).version();
        consultations.update(id, draft("Versies, bijgewerkt", clock.instant()), version);
        assertThatThrownBy(() -> consultations.update(id, draft("Versies, oud", clock.instant()), version))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(consultations.consultation(id).title()).isEqualTo("Versies, bijgewerkt");
    }

    @Test
    void the_outcome_is_published_only_once_the_consultation_is_closed() {
        testAccounts.signInAs(Role.GRIFFIER);
        long id = consultations.create(draft("Uitkomst", clock.instant().minus(Duration.ofDays(1))));
        Consultation open = consultations.consultation(id);
        assertThatThrownBy(() -> consultations.publishOutcome(id, "De raad besloot …", open.version()))
                .isInstanceOf(InvalidInputException.class)
                .extracting("messageKey")
                .isEqualTo("consultation.error.outcome-before-closing");

        clock.advance(Duration.ofDays(60));
        consultations.publishOutcome(id, "De raad nam motie M-12 aan.", open.version());
        Consultation published = consultations.consultation(id);
        assertThat(published.phase()).isEqualTo(Phase.OUTCOME_PUBLISHED);
        assertThat(published.outcome()).isEqualTo("De raad nam motie M-12 aan.");
    }

    @Test
    void an_unknown_consultation_is_not_found() {
        assertThatThrownBy(() -> consultations.consultation(Long.MAX_VALUE)).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void markdown_in_the_body_is_shown_without_script_or_javascript_links() {
        testAccounts.signInAs(Role.GRIFFIER);
        long id = consultations.create(new ConsultationDraft(
                "Markdown",
                "Samenvatting",
                "## Kop\n\n<script>alert(1)</script>\n\n[klik](javascript:alert(1)) en **vet**\n\n"
                        + "Tekst <img src=x onerror=alert(1)> en [site](https://ijssellanden.example)",
                dates(clock.instant()),
                ConsultationSettings.DEFAULTS,
                List.of("3A.1"),
                List.of()));
        String html = consultations.consultation(id).bodyHtml();
        assertThat(html)
                .contains(
                        "<h2>Kop</h2>",
                        "<strong>vet</strong>",
                        "&lt;script&gt;",
                        "<a href=\"https://ijssellanden.example\" rel=\"nofollow noopener noreferrer\">site</a>")
                .doesNotContain("<script", "href=\"javascript", "<img");
    }

    @ParameterizedTest
    @MethodSource("nl.raadsplein.HostileInputs#lines")
    void hostile_titles_are_refused_or_kept_exactly(String hostile) {
        testAccounts.signInAs(Role.GRIFFIER);
        long id;
        try {
            id = consultations.create(draft(hostile, clock.instant()));
        } catch (InvalidInputException refused) {
            assertThat(refused.field()).isEqualTo("title");
            return;
        }
        assertThat(consultations.consultation(id).title())
                .isEqualTo(Normalizer.normalize(hostile, Normalizer.Form.NFC).strip());
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"RESIDENT", "COUNCILLOR"})
    void residents_and_councillors_cannot_set_up_consultations(Role role) {
        testAccounts.signInAs(role);
        assertThatThrownBy(() -> consultations.create(draft("Verboden", clock.instant())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_may_set_up_a_consultation_and_anonymous_visitors_may_not() {
        testAccounts.signInAs(Role.ADMIN);
        assertThat(consultations.create(draft("Door beheer", clock.instant()))).isPositive();
        TestAccounts.signOut();
        assertThatThrownBy(() -> consultations.create(draft("Anoniem", clock.instant())))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void assertRefused(ConsultationDraft draft, String field, String key) {
        int before = consultations.count(ConsultationFilter.ALL);
        assertThatThrownBy(() -> consultations.create(draft)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
        assertThat(consultations.count(ConsultationFilter.ALL)).isEqualTo(before);
    }

    static ConsultationDraft draft(String title, Instant informationFrom) {
        return new ConsultationDraft(
                title,
                "Waar gaat het over, in gewone taal.",
                "## Context\n\nUitleg.",
                dates(informationFrom),
                ConsultationSettings.DEFAULTS,
                List.of("3A.2", "2A.4"),
                List.of("cameras"));
    }

    static PhaseDates dates(Instant informationFrom) {
        return new PhaseDates(
                informationFrom,
                informationFrom.plus(Duration.ofDays(7)),
                informationFrom.plus(Duration.ofDays(21)),
                informationFrom.plus(Duration.ofDays(35)),
                informationFrom.plus(Duration.ofDays(49)));
    }

    private static ConsultationDraft withThemes(ConsultationDraft draft, List<String> themes) {
        return new ConsultationDraft(
                draft.title(),
                draft.summary(),
                draft.body(),
                draft.dates(),
                draft.settings(),
                themes,
                draft.topicCodes());
    }
}
