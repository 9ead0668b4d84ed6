package nl.raadsplein.deliberation;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Framing, drafts and the griffie's approval: the rules, each bad input, and who may do what. */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class DiscussionFramingTest {

    @Autowired
    FramingService framing;

    @Autowired
    DiscussionService discussions;

    @Autowired
    DeliberationFixtures fixtures;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_councillors_draft_is_seen_by_the_author_and_the_griffie_only_until_a_griffier_approves_it() {
        AccountPrincipal francis = fixtures.account(Role.COUNCILLOR);
        AccountPrincipal griffier = fixtures.account(Role.GRIFFIER);
        AccountPrincipal other = fixtures.account(Role.COUNCILLOR);
        AccountPrincipal resident = fixtures.account();
        long id = as(francis, () -> framing.create(fixtures.draft("  Beoordelen van buren: wat willen we?  ")));

        Discussion draft = as(francis, () -> discussions.discussion(id));
        assertThat(draft.question()).isEqualTo("Beoordelen van buren: wat willen we?");
        assertThat(draft.state()).isEqualTo(DiscussionState.DRAFT);
        assertThat(draft.contextHtml()).contains("<strong>beoordelen</strong>");
        assertThat(draft.values())
                .extracting(Discussion.Named::code)
                .containsExactly("privacy", "neighbourliness", "autonomy");
        assertThat(draft.themes()).extracting(Discussion.Named::code).containsExactly("3A.1", "3A.2");
        assertThat(draft.seedStatements()).hasSize(6);
        assertThat(draft.statementCount()).isEqualTo(6);
        assertThat(as(griffier, () -> discussions.discussion(id)).question()).isEqualTo(draft.question());
        for (AccountPrincipal stranger : List.of(other, resident)) {
            assertThatThrownBy(() -> as(stranger, () -> discussions.discussion(id)))
                    .isInstanceOf(NoSuchItemException.class);
        }
        assertThatThrownBy(() -> discussions.discussion(id)).isInstanceOf(NoSuchItemException.class);
        assertThat(as(francis, () -> discussions.mineUnpublished(10)))
                .extracting(DiscussionSummary::id)
                .contains(id);

        as(francis, () -> {
            framing.offer(id);
            return null;
        });
        assertThat(fixtures.notificationLinks(griffier.accountId())).contains("/waardendiscussies/" + id);
        assertThat(as(griffier, () -> discussions.offered(100)))
                .extracting(DiscussionSummary::id)
                .contains(id);
        assertThatThrownBy(() -> as(francis, () -> {
                    framing.publish(id);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);

        as(griffier, () -> {
            framing.publish(id);
            return null;
        });
        Discussion published = discussions.discussion(id);
        assertThat(published.state()).isEqualTo(DiscussionState.PUBLISHED);
        assertThat(published.phase()).isEqualTo(DiscussionPhase.OPEN);
        assertThat(as(resident, () -> discussions.discussion(id)).question()).isEqualTo(draft.question());
        assertThat(fixtures.notificationLinks(francis.accountId())).contains("/waardendiscussies/" + id);
        assertThat(discussions.list(DiscussionPhase.OPEN, 0, 500))
                .extracting(DiscussionSummary::id)
                .contains(id);
        assertThat(discussions.forTheme("3A.1", 500))
                .extracting(DiscussionSummary::id)
                .contains(id);
    }

    @Test
    void a_rejection_carries_a_reason_the_councillor_sees_and_the_councillor_may_edit_and_offer_again() {
        AccountPrincipal francis = fixtures.account(Role.COUNCILLOR);
        AccountPrincipal griffier = fixtures.account(Role.GRIFFIER);
        long id = as(francis, () -> {
            long created = framing.create(fixtures.draft("Sterren voor de schoonmaker?"));
            framing.offer(created);
            return created;
        });
        assertRefused(
                () -> as(griffier, () -> {
                    framing.reject(id, "   ");
                    return null;
                }),
                "reason",
                "error.required");
        as(griffier, () -> {
            framing.reject(id, "De vraag is niet neutraal gesteld.");
            return null;
        });
        Discussion rejected = as(francis, () -> discussions.discussion(id));
        assertThat(rejected.state()).isEqualTo(DiscussionState.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("De vraag is niet neutraal gesteld.");

        as(francis, () -> {
            framing.update(id, fixtures.draft("Wat vinden we van sterren voor de schoonmaker?"), rejected.version());
            framing.offer(id);
            return null;
        });
        assertThat(as(francis, () -> discussions.discussion(id)).state()).isEqualTo(DiscussionState.OFFERED);
        assertThat(as(francis, () -> discussions.discussion(id)).question()).startsWith("Wat vinden");
    }

    @Test
    void who_may_frame_offer_and_publish() {
        AccountPrincipal francis = fixtures.account(Role.COUNCILLOR);
        AccountPrincipal other = fixtures.account(Role.COUNCILLOR);
        AccountPrincipal griffier = fixtures.account(Role.GRIFFIER);
        DiscussionDraft draft = fixtures.draft("Wie mag wat?");
        assertThatThrownBy(() -> framing.create(draft)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> framing.create(draft)).isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.RESIDENT, Role.ADMIN)) {
            assertThatThrownBy(() -> as(fixtures.account(role), () -> framing.create(draft)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        long id = as(francis, () -> framing.create(draft));
        assertThatThrownBy(() -> as(other, () -> {
                    framing.update(id, draft, 0);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other, () -> {
                    framing.offer(id);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertRefused(
                () -> as(griffier, () -> {
                    framing.publish(id);
                    return null;
                }),
                "state",
                "deliberation.error.not-publishable");
        assertThatThrownBy(() -> as(fixtures.account(), () -> discussions.offered(10)))
                .isInstanceOf(AccessDeniedException.class);

        long own = as(griffier, () -> {
            long created = framing.create(draft);
            framing.publish(created);
            return created;
        });
        assertThat(discussions.discussion(own).state()).isEqualTo(DiscussionState.PUBLISHED);
        assertRefused(
                () -> as(griffier, () -> {
                    framing.update(own, draft, discussions.discussion(own).version());
                    return null;
                }),
                "question",
                "deliberation.error.not-editable");
    }

    @Test
    void each_bad_input_is_refused_with_its_message_and_nothing_is_stored() {
        AccountPrincipal francis = fixtures.account(Role.COUNCILLOR);
        DiscussionDraft good = fixtures.draft("Een goede vraag?");
        Instant now = clock.instant();
        record Bad(UnaryOperator<DiscussionDraft> change, String field, String key) {}
        List<Bad> bad = List.of(
                new Bad(
                        d -> with(d, null, d.themeCodes(), d.valueCodes(), d.tradeoffs(), d.seedStatements()),
                        "question",
                        "error.required"),
                new Bad(
                        d -> with(
                                d, "x".repeat(301), d.themeCodes(), d.valueCodes(), d.tradeoffs(), d.seedStatements()),
                        "question",
                        "error.too-long"),
                new Bad(
                        d -> with(d, d.question(), List.of(), d.valueCodes(), d.tradeoffs(), d.seedStatements()),
                        "themeCodes",
                        "deliberation.error.theme-required"),
                new Bad(
                        d -> with(d, d.question(), List.of("9Z.9"), d.valueCodes(), d.tradeoffs(), d.seedStatements()),
                        "themeCodes",
                        "deliberation.error.unknown-theme"),
                new Bad(
                        d -> with(
                                d, d.question(), d.themeCodes(), List.of("privacy"), d.tradeoffs(), d.seedStatements()),
                        "valueCodes",
                        "deliberation.error.values-min"),
                new Bad(
                        d -> with(
                                d,
                                d.question(),
                                d.themeCodes(),
                                List.of("privacy", "geluk"),
                                d.tradeoffs(),
                                d.seedStatements()),
                        "valueCodes",
                        "deliberation.error.unknown-value"),
                new Bad(
                        d -> with(d, d.question(), d.themeCodes(), d.valueCodes(), List.of(), d.seedStatements()),
                        "tradeoffs",
                        "deliberation.error.tradeoff-required"),
                new Bad(
                        d -> with(
                                d,
                                d.question(),
                                d.themeCodes(),
                                d.valueCodes(),
                                List.of(new Tradeoff("privacy", "prosperity", "Niet gekozen.")),
                                d.seedStatements()),
                        "tradeoffs",
                        "deliberation.error.tradeoff-values"),
                new Bad(
                        d -> with(
                                d,
                                d.question(),
                                d.themeCodes(),
                                d.valueCodes(),
                                List.of(
                                        new Tradeoff("privacy", "autonomy", "Een."),
                                        new Tradeoff("autonomy", "privacy", "Twee.")),
                                d.seedStatements()),
                        "tradeoffs",
                        "deliberation.error.tradeoff-twice"),
                new Bad(
                        d -> with(
                                d,
                                d.question(),
                                d.themeCodes(),
                                d.valueCodes(),
                                d.tradeoffs(),
                                DeliberationFixtures.seeds(4)),
                        "seedStatements",
                        "deliberation.error.seeds-min"),
                new Bad(
                        d -> with(
                                d,
                                d.question(),
                                d.themeCodes(),
                                d.valueCodes(),
                                d.tradeoffs(),
                                withExtra(d.seedStatements(), "s".repeat(281))),
                        "seedStatements",
                        "error.too-long"),
                new Bad(
                        d -> with(
                                d,
                                d.question(),
                                d.themeCodes(),
                                d.valueCodes(),
                                d.tradeoffs(),
                                withExtra(d.seedStatements(), "Stelling nummer 1 over beoordelen van buren")),
                        "seedStatements",
                        "deliberation.error.seed-twice"),
                new Bad(
                        d -> dates(d, now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(2))),
                        "closesAt",
                        "deliberation.error.closes-before-opens"),
                new Bad(
                        d -> dates(d, now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2))),
                        "closesAt",
                        "deliberation.error.closes-in-past"),
                new Bad(d -> dates(d, null, now.plus(Duration.ofDays(2))), "opensAt", "error.required"));
        int before = fixtures.discussionCount();
        for (Bad b : bad) {
            assertRefused(() -> as(francis, () -> framing.create(b.change().apply(good))), b.field(), b.key());
        }
        assertThat(fixtures.discussionCount()).isEqualTo(before);
    }

    @Test
    void hostile_inputs_are_stored_as_typed_or_refused_with_a_message() {
        AccountPrincipal francis = fixtures.account(Role.COUNCILLOR);
        for (String hostile : HostileInputs.lines()) {
            DiscussionDraft draft = fixtures.draft("Vraag " + hostile);
            List<String> seeds = withExtra(draft.seedStatements(), hostile);
            DiscussionDraft hostileDraft =
                    with(draft, draft.question(), draft.themeCodes(), draft.valueCodes(), draft.tradeoffs(), seeds);
            DiscussionDraft withContext = new DiscussionDraft(
                    hostileDraft.question(),
                    hostile,
                    hostileDraft.themeCodes(),
                    null,
                    hostileDraft.valueCodes(),
                    hostileDraft.tradeoffs(),
                    hostileDraft.seedStatements(),
                    hostileDraft.opensAt(),
                    hostileDraft.closesAt(),
                    true,
                    false,
                    Eligibility.LOGGED_IN);
            try {
                long id = as(francis, () -> framing.create(withContext));
                Discussion stored = as(francis, () -> discussions.discussion(id));
                assertThat(stored.contextHtml())
                        .doesNotContainIgnoringCase("<script")
                        .doesNotContainIgnoringCase("<img");
                assertThat(stored.seedStatements()).hasSize(7);
            } catch (InvalidInputException refused) {
                assertThat(refused.messageKey()).as(hostile).isNotBlank();
            }
        }
    }

    private static List<String> withExtra(List<String> seeds, String extra) {
        List<String> more = new ArrayList<>(seeds);
        more.add(extra);
        return more;
    }

    private static DiscussionDraft with(
            DiscussionDraft d,
            String question,
            List<String> themes,
            List<String> values,
            List<Tradeoff> tradeoffs,
            List<String> seeds) {
        return new DiscussionDraft(
                question,
                d.context(),
                themes,
                d.consultationId(),
                values,
                tradeoffs,
                seeds,
                d.opensAt(),
                d.closesAt(),
                d.residentsMayAdd(),
                d.premoderation(),
                d.eligibility());
    }

    private static DiscussionDraft dates(DiscussionDraft d, Instant opens, Instant closes) {
        return new DiscussionDraft(
                d.question(),
                d.context(),
                d.themeCodes(),
                d.consultationId(),
                d.valueCodes(),
                d.tradeoffs(),
                d.seedStatements(),
                opens,
                closes,
                d.residentsMayAdd(),
                d.premoderation(),
                d.eligibility());
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
