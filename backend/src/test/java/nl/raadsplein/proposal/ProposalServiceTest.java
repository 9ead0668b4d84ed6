package nl.raadsplein.proposal;

import static nl.raadsplein.proposal.ProposalFixtures.draft;
import static nl.raadsplein.proposal.ProposalFixtures.settings;
import static nl.raadsplein.proposal.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class ProposalServiceTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    ProposalEvents events;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_resident_submits_a_proposal_that_everyone_can_read() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal sandra = fixtures.signInAs();
        long id = proposals.submit(new ProposalDraft(consultation, "  Laat zien wie mijn gegevens krijgt  ",
                "Toon me **welke** gegevens de gemeente met wie deelt.", List.of("personal-data", "cameras",
                "personal-data"), "Stadhuisplein 1", null));

        ProposalDetails mine = proposals.proposal(id);
        assertThat(mine.title()).isEqualTo("Laat zien wie mijn gegevens krijgt");
        assertThat(mine.state()).isEqualTo(ProposalState.PUBLISHED);
        assertThat(mine.topicCodes()).containsExactly("cameras", "personal-data");
        assertThat(mine.address()).isEqualTo("Stadhuisplein 1");
        assertThat(mine.authorId()).isEqualTo(sandra.accountId());
        assertThat(mine.authorName()).isEqualTo(sandra.displayName());
        assertThat(mine.mine()).isTrue();
        assertThat(mine.editable()).isTrue();
        assertThat(mine.supportable()).isTrue();
        assertThat(mine.supportThreshold()).isEqualTo(50);
        assertThat(mine.enteredByGriffieChannel()).isNull();
        assertThat(mine.bodyHtml()).contains("<strong>welke</strong>");
        assertThat(events.of(ProposalSubmitted.class))
                .contains(new ProposalSubmitted(id, consultation, sandra.accountId(), mine.title()));

        TestAccounts.signOut();
        ProposalDetails anonymous = proposals.proposal(id);
        assertThat(anonymous.mine()).isFalse();
        assertThat(anonymous.editable()).isFalse();
        assertThat(anonymous.supportedByMe()).isFalse();
    }

    @Test
    void proposals_are_accepted_only_in_the_proposal_phase() {
        long information = fixtures.consultation(Phase.INFORMATION);
        long supports = fixtures.consultation(Phase.SUPPORTS);
        fixtures.signInAs();
        int before = fixtures.proposalCount();
        assertRefused(() -> proposals.submit(draft(information, "Te vroeg")), "title", "proposal.error.phase-closed");
        assertRefused(() -> proposals.submit(draft(supports, "Te laat")), "title", "proposal.error.phase-closed");
        assertThat(fixtures.proposalCount()).isEqualTo(before);
        assertThatThrownBy(() -> proposals.submit(draft(Long.MAX_VALUE, "Nergens")))
                .isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void a_resident_submits_at_most_the_consultations_limit_and_withdrawing_frees_a_place() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 2, 30, false, false));
        fixtures.signInAs();
        long first = proposals.submit(draft(consultation, "Eerste"));
        proposals.submit(draft(consultation, "Tweede"));
        int before = fixtures.proposalCount();
        assertRefused(() -> proposals.submit(draft(consultation, "Derde")), "title", "proposal.error.limit-reached", 2);
        assertThat(fixtures.proposalCount()).isEqualTo(before);

        proposals.withdraw(first, "Ik heb me bedacht.");
        assertThat(proposals.submit(draft(consultation, "Derde"))).isPositive();
    }

    @Test
    void title_body_and_topics_are_required_and_topics_must_exist() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        fixtures.signInAs();
        int before = fixtures.proposalCount();
        assertRefused(() -> proposals.submit(new ProposalDraft(consultation, " ", "Tekst", List.of("cameras"), null,
                null)), "title", "error.required");
        assertRefused(() -> proposals.submit(new ProposalDraft(consultation, "x".repeat(151), "Tekst",
                List.of("cameras"), null, null)), "title", "error.too-long", 150);
        assertRefused(() -> proposals.submit(new ProposalDraft(consultation, "Titel", "x".repeat(4001),
                List.of("cameras"), null, null)), "body", "error.too-long", 4000);
        assertRefused(() -> proposals.submit(new ProposalDraft(consultation, "Titel", "Tekst", List.of(), null,
                null)), "topics", "proposal.error.topic-required");
        assertRefused(() -> proposals.submit(new ProposalDraft(consultation, "Titel", "Tekst", null, null,
                null)), "topics", "proposal.error.topic-required");
        assertRefused(() -> proposals.submit(new ProposalDraft(consultation, "Titel", "Tekst",
                List.of("cameras", "ufo-sightings"), null, null)), "topics", "proposal.error.unknown-topic");
        assertRefused(() -> proposals.submit(new ProposalDraft(consultation, "Titel", "Tekst", List.of("cameras"),
                "a".repeat(201), null)), "address", "error.too-long", 200);
        assertThat(fixtures.proposalCount()).isEqualTo(before);
    }

    @Test
    void only_an_accepted_member_writes_on_behalf_of_an_organisation() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal marco = fixtures.signInAs();
        long company = fixtures.organisation(marco.accountId(), true, true);
        long invitedOnly = fixtures.organisation(marco.accountId(), false, false);
        AccountPrincipal other = fixtures.account();
        long notMine = fixtures.organisation(other.accountId(), true, false);

        int before = fixtures.proposalCount();
        for (long organisation : new long[] {invitedOnly, notMine, Long.MAX_VALUE}) {
            assertRefused(() -> proposals.submit(new ProposalDraft(consultation, "Namens", "Tekst",
                    List.of("platform-ratings"), null, organisation)), "organisation", "proposal.error.not-a-member");
        }
        assertThat(fixtures.proposalCount()).isEqualTo(before);

        long id = proposals.submit(new ProposalDraft(consultation, "Gedragscode voor beoordelingen", "Tekst",
                List.of("platform-ratings"), null, company));
        ProposalDetails details = proposals.proposal(id);
        assertThat(details.organisationId()).isEqualTo(company);
        assertThat(details.organisationName()).startsWith("Dierenoppas");
        assertThat(details.organisationVerified()).isTrue();
    }

    @Test
    void with_premoderation_a_proposal_waits_seen_only_by_its_author_and_the_griffie() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 3, 30, false, true));
        AccountPrincipal author = fixtures.signInAs();
        long id = proposals.submit(draft(consultation, "Wacht op moderatie"));
        assertThat(proposals.proposal(id).state()).isEqualTo(ProposalState.AWAITING_MODERATION);
        ProposalQuery mineWaiting = new ProposalQuery(consultation, null,
                java.util.Set.of(ProposalState.AWAITING_MODERATION), null, null, false, true, null, 1);
        assertThat(proposals.find(mineWaiting, 0, 10)).extracting(ProposalSummary::id).containsExactly(id);

        fixtures.signInAs();
        assertThatThrownBy(() -> proposals.proposal(id)).isInstanceOf(NoSuchItemException.class);
        assertThat(proposals.count(ProposalQuery.of(consultation, 1))).isZero();
        assertThatThrownBy(() -> proposals.support(id)).isInstanceOf(NoSuchItemException.class);
        TestAccounts.signOut();
        assertThatThrownBy(() -> proposals.proposal(id)).isInstanceOf(NoSuchItemException.class);

        fixtures.signInAs(Role.GRIFFIER);
        assertThat(proposals.proposal(id).state()).isEqualTo(ProposalState.AWAITING_MODERATION);
        assertThat(author.accountId()).isEqualTo(proposals.proposal(id).authorId());
    }

    @Test
    void a_hidden_proposal_is_seen_only_by_the_griffie() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        fixtures.signInAs();
        long id = proposals.submit(draft(consultation, "Verborgen"));
        fixtures.setState(id, ProposalState.HIDDEN);
        assertThatThrownBy(() -> proposals.proposal(id)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> proposals.withdraw(id, "Weg")).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> proposals.comments(id)).isInstanceOf(NoSuchItemException.class);
        fixtures.signInAs(Role.ADMIN);
        assertThat(proposals.proposal(id).state()).isEqualTo(ProposalState.HIDDEN);
    }

    @Test
    void the_author_edits_within_the_window_while_nobody_supports_it() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 3, 30, false, false));
        AccountPrincipal author = fixtures.signInAs();
        long id = proposals.submit(draft(consultation, "Eerste versie"));
        int version = proposals.proposal(id).version();
        proposals.edit(id, new ProposalDraft(consultation, "Tweede versie", "Nieuwe tekst", List.of("cameras"),
                "Markt 2", null), version);
        ProposalDetails edited = proposals.proposal(id);
        assertThat(edited.title()).isEqualTo("Tweede versie");
        assertThat(edited.topicCodes()).containsExactly("cameras");
        assertThat(edited.version()).isEqualTo(version + 1);

        assertThatThrownBy(() -> proposals.edit(id, draft(consultation, "Oude versie"), version))
                .isInstanceOf(ConcurrentChangeException.class);

        fixtures.signInAs();
        assertThatThrownBy(() -> proposals.edit(id, draft(consultation, "Niet van mij"), edited.version()))
                .isInstanceOf(AccessDeniedException.class);
        proposals.support(id);

        TestAccounts.signIn(author);
        assertThat(proposals.proposal(id).editable()).isFalse();
        assertRefused(() -> proposals.edit(id, draft(consultation, "Na steun"), edited.version()), "title",
                "proposal.error.edit-closed");
        assertThat(proposals.proposal(id).title()).isEqualTo("Tweede versie");
    }

    @Test
    void the_edit_window_closes_after_the_consultations_minutes() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 3, 10, false, false));
        fixtures.signInAs();
        long id = proposals.submit(draft(consultation, "Snel"));
        clock.advance(Duration.ofMinutes(10));
        ProposalDetails late = proposals.proposal(id);
        assertThat(late.editable()).isFalse();
        assertRefused(() -> proposals.edit(id, draft(consultation, "Te laat"), late.version()), "title",
                "proposal.error.edit-closed");
        assertThat(proposals.proposal(id).title()).isEqualTo("Snel");
    }

    @Test
    void withdrawing_needs_a_reason_and_the_proposal_stays_visible() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        fixtures.signInAs();
        long id = proposals.submit(draft(consultation, "Intrekken"));
        assertRefused(() -> proposals.withdraw(id, "  "), "reason", "error.required");
        assertRefused(() -> proposals.withdraw(id, "x".repeat(1001)), "reason", "error.too-long", 1000);
        assertThat(proposals.proposal(id).state()).isEqualTo(ProposalState.PUBLISHED);

        AccountPrincipal author = (AccountPrincipal) org.springframework.security.core.context.SecurityContextHolder
                .getContext().getAuthentication().getPrincipal();
        fixtures.signInAs();
        assertThatThrownBy(() -> proposals.withdraw(id, "Niet van mij")).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(author);
        proposals.withdraw(id, "Het is al geregeld.");
        TestAccounts.signOut();
        ProposalDetails withdrawn = proposals.proposal(id);
        assertThat(withdrawn.state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(withdrawn.withdrawnReason()).isEqualTo("Het is al geregeld.");
        assertThat(withdrawn.supportable()).isFalse();
        TestAccounts.signIn(author);
        assertRefused(() -> proposals.withdraw(id, "Nog eens"), "reason", "proposal.error.cannot-withdraw");
        assertRefused(() -> proposals.edit(id, draft(consultation, "Na intrekken"), withdrawn.version()), "title",
                "proposal.error.edit-closed");
    }

    @Test
    void the_griffie_answers_and_the_author_hears_of_it() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal author = fixtures.signInAs();
        long id = proposals.submit(draft(consultation, "Beantwoorden"));
        long withdrawn = proposals.submit(draft(consultation, "Ingetrokken"));
        proposals.withdraw(withdrawn, "Weg");

        fixtures.signInAs(Role.GRIFFIER);
        assertRefused(() -> proposals.answer(id, null, "Tekst"), "kind", "error.required");
        assertRefused(() -> proposals.answer(id, AnswerKind.ACCEPTED, ""), "text", "error.required");
        assertRefused(() -> proposals.answer(withdrawn, AnswerKind.ACCEPTED, "Tekst"), "kind",
                "proposal.error.cannot-answer");
        assertThat(proposals.proposal(id).answerKind()).isNull();
        assertThatThrownBy(() -> proposals.answer(Long.MAX_VALUE, AnswerKind.ACCEPTED, "Tekst"))
                .isInstanceOf(NoSuchItemException.class);

        proposals.answer(id, AnswerKind.IN_MOTION, "De raad neemt dit mee in motie M-12.");
        ProposalDetails answered = proposals.proposal(id);
        assertThat(answered.state()).isEqualTo(ProposalState.ANSWERED);
        assertThat(answered.answerKind()).isEqualTo(AnswerKind.IN_MOTION);
        assertThat(answered.answerText()).isEqualTo("De raad neemt dit mee in motie M-12.");
        assertThat(answered.answeredAt()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(events.of(ProposalAnswered.class))
                .contains(new ProposalAnswered(id, author.accountId(), "Beantwoorden", AnswerKind.IN_MOTION));
    }

    @Test
    void the_griffie_enters_a_proposal_for_a_resident_who_called() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 1, 30, false, false));
        AccountPrincipal caller = fixtures.account();
        fixtures.signInAs(Role.GRIFFIER);
        assertRefused(() -> proposals.submitOnBehalf(caller.accountId(), null, draft(consultation, "Zonder kanaal")),
                "channel", "error.required");
        long id = proposals.submitOnBehalf(caller.accountId(), EntryChannel.PHONE, draft(consultation, "Per telefoon"));
        assertRefused(() -> proposals.submitOnBehalf(caller.accountId(), EntryChannel.DESK,
                draft(consultation, "Tweede")), "title", "proposal.error.limit-reached", 1);
        assertThatThrownBy(() -> proposals.submitOnBehalf(Long.MAX_VALUE, EntryChannel.DESK,
                draft(consultation, "Niemand"))).isInstanceOf(NoSuchItemException.class);

        ProposalDetails details = proposals.proposal(id);
        assertThat(details.authorId()).isEqualTo(caller.accountId());
        assertThat(details.enteredByGriffieChannel()).isEqualTo(EntryChannel.PHONE);
        assertThat(details.mine()).isFalse();
        assertThat(events.of(ProposalSubmitted.class))
                .contains(new ProposalSubmitted(id, consultation, caller.accountId(), "Per telefoon"));
        TestAccounts.signIn(caller);
        assertThat(proposals.proposal(id).mine()).isTrue();
    }

    @Test
    void forged_ids_are_not_found_and_change_nothing() {
        fixtures.signInAs();
        int before = fixtures.proposalCount();
        long missing = Long.MAX_VALUE;
        assertThatThrownBy(() -> proposals.proposal(missing)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> proposals.edit(missing, draft(1, "x"), 0)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> proposals.withdraw(missing, "x")).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> proposals.support(missing)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> proposals.withdrawSupport(missing)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> proposals.comment(missing, null, Alignment.FOR, "x", null))
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> proposals.editComment(missing, "x", 0)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> proposals.removeComment(missing)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> proposals.comments(missing)).isInstanceOf(NoSuchItemException.class);
        fixtures.signInAs(Role.GRIFFIER);
        assertThatThrownBy(() -> proposals.supportOnBehalf(missing, 1, EntryChannel.DESK))
                .isInstanceOf(NoSuchItemException.class);
        assertThat(fixtures.proposalCount()).isEqualTo(before);
    }

    static List<String> hostile() {
        return nl.raadsplein.HostileInputs.lines();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostile_texts_are_refused_or_kept_exactly(String hostile) {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 100, 30, false, false));
        fixtures.signInAs();
        String kept = Normalizer.normalize(hostile, Normalizer.Form.NFC).strip();
        expectKeptOrRefused("title", kept, () -> proposals.proposal(proposals.submit(
                new ProposalDraft(consultation, hostile, "Tekst", List.of("cameras"), null, null))).title());
        expectKeptOrRefused("body", kept, () -> proposals.proposal(proposals.submit(
                new ProposalDraft(consultation, "Titel", hostile, List.of("cameras"), null, null))).body());
        expectKeptOrRefused("address", kept.isEmpty() ? null : kept, () -> proposals.proposal(proposals.submit(
                new ProposalDraft(consultation, "Titel", "Tekst", List.of("cameras"), hostile, null))).address());
        long id = proposals.submit(draft(consultation, "Doelwit"));
        expectKeptOrRefused("body", kept, () -> {
            long comment = proposals.comment(id, null, Alignment.NEUTRAL, hostile, null);
            return proposals.comments(id).stream().filter(c -> c.id() == comment).findFirst().orElseThrow().body();
        });
        expectKeptOrRefused("reason", kept, () -> {
            proposals.withdraw(id, hostile);
            return proposals.proposal(id).withdrawnReason();
        });
        // Searching for it is never an SQL error either.
        assertThat(proposals.count(new ProposalQuery(consultation, hostile, null, null, null, false, false, null, 1)))
                .isNotNegative();
        assertThat(proposals.similar(consultation, hostile, hostile)).isNotNull();
    }

    private static void expectKeptOrRefused(String field, String kept, java.util.function.Supplier<String> stored) {
        String value;
        try {
            value = stored.get();
        } catch (InvalidInputException refused) {
            assertThat(refused.field()).isEqualTo(field);
            return;
        }
        assertThat(value).isEqualTo(kept);
    }
}
