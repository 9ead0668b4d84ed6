package nl.raadsplein.proposal;

import static nl.raadsplein.proposal.ProposalFixtures.draft;
import static nl.raadsplein.proposal.ProposalFixtures.newComment;
import static nl.raadsplein.proposal.ProposalFixtures.settings;
import static nl.raadsplein.proposal.ProposalFixtures.submission;
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
    SupportService supports;

    @Autowired
    CommentService comments;

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
        long id = proposals.submit(new ProposalSubmission(
                consultation,
                new ProposalDraft(
                        "  Laat zien wie mijn gegevens krijgt  ",
                        "Toon me **welke** gegevens de gemeente met wie deelt.",
                        List.of("personal-data", "cameras", "personal-data"),
                        "Stadhuisplein 1",
                        null),
                false));

        ProposalDetails mine = proposals.proposal(id);
        assertThat(mine.title()).isEqualTo("Laat zien wie mijn gegevens krijgt");
        assertThat(mine.state()).isEqualTo(ProposalState.PUBLISHED);
        assertThat(mine.topicCodes()).containsExactly("cameras", "personal-data");
        assertThat(mine.address()).isEqualTo("Stadhuisplein 1");
        assertThat(mine.authorId()).isEqualTo(sandra.accountId());
        assertThat(mine.authorName()).isEqualTo(sandra.displayName());
        assertThat(mine.mine()).isTrue();
        assertThat(mine.may().edit()).isTrue();
        assertThat(mine.supportable()).isTrue();
        assertThat(mine.supportThreshold()).isEqualTo(50);
        assertThat(mine.enteredByGriffieChannel()).isNull();
        assertThat(mine.bodyHtml()).contains("<strong>welke</strong>");
        assertThat(events.of(ProposalSubmitted.class))
                .contains(new ProposalSubmitted(id, consultation, sandra.accountId(), mine.title()));

        TestAccounts.signOut();
        ProposalDetails anonymous = proposals.proposal(id);
        assertThat(anonymous.mine()).isFalse();
        assertThat(anonymous.may().edit()).isFalse();
        assertThat(anonymous.supportedByMe()).isFalse();
    }

    @Test
    void proposals_are_accepted_only_in_the_proposal_phase() {
        long information = fixtures.consultation(Phase.INFORMATION);
        long supports = fixtures.consultation(Phase.SUPPORTS);
        fixtures.signInAs();
        int before = fixtures.proposalCount();
        assertRefused(
                () -> proposals.submit(submission(information, "Te vroeg")), "title", "proposal.error.phase-closed");
        assertRefused(() -> proposals.submit(submission(supports, "Te laat")), "title", "proposal.error.phase-closed");
        assertThat(fixtures.proposalCount()).isEqualTo(before);
        assertThatThrownBy(() -> proposals.submit(submission(Long.MAX_VALUE, "Nergens")))
                .isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void a_resident_submits_at_most_the_consultations_limit_and_withdrawing_frees_a_place() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 2, 30, false, false));
        fixtures.signInAs();
        long first = proposals.submit(submission(consultation, "Eerste"));
        proposals.submit(submission(consultation, "Tweede"));
        int before = fixtures.proposalCount();
        assertRefused(
                () -> proposals.submit(submission(consultation, "Derde")), "title", "proposal.error.limit-reached", 2);
        assertThat(fixtures.proposalCount()).isEqualTo(before);

        proposals.withdraw(first, "Ik heb me bedacht.");
        assertThat(proposals.submit(submission(consultation, "Derde"))).isPositive();
    }

    @Test
    void title_body_and_topics_are_required_and_topics_must_exist() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        fixtures.signInAs();
        int before = fixtures.proposalCount();
        assertRefused(
                () -> proposals.submit(new ProposalSubmission(
                        consultation, new ProposalDraft(" ", "Tekst", List.of("cameras"), null, null), false)),
                "title",
                "error.required");
        assertRefused(
                () -> proposals.submit(new ProposalSubmission(
                        consultation,
                        new ProposalDraft("x".repeat(151), "Tekst", List.of("cameras"), null, null),
                        false)),
                "title",
                "error.too-long",
                150);
        assertRefused(
                () -> proposals.submit(new ProposalSubmission(
                        consultation,
                        new ProposalDraft("Titel", "x".repeat(4001), List.of("cameras"), null, null),
                        false)),
                "body",
                "error.too-long",
                4000);
        assertRefused(
                () -> proposals.submit(new ProposalSubmission(
                        consultation, new ProposalDraft("Titel", "Tekst", List.of(), null, null), false)),
                "topicCodes",
                "proposal.error.topic-required");
        assertRefused(
                () -> proposals.submit(new ProposalSubmission(
                        consultation, new ProposalDraft("Titel", "Tekst", null, null, null), false)),
                "topicCodes",
                "proposal.error.topic-required");
        assertRefused(
                () -> proposals.submit(new ProposalSubmission(
                        consultation,
                        new ProposalDraft("Titel", "Tekst", List.of("cameras", "ufo-sightings"), null, null),
                        false)),
                "topicCodes",
                "proposal.error.unknown-topic");
        assertRefused(
                () -> proposals.submit(new ProposalSubmission(
                        consultation,
                        new ProposalDraft("Titel", "Tekst", List.of("cameras"), "a".repeat(201), null),
                        false)),
                "address",
                "error.too-long",
                200);
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
            assertRefused(
                    () -> proposals.submit(new ProposalSubmission(
                            consultation,
                            new ProposalDraft("Namens", "Tekst", List.of("platform-ratings"), null, organisation),
                            false)),
                    "organisationId",
                    "proposal.error.not-a-member");
        }
        assertThat(fixtures.proposalCount()).isEqualTo(before);

        long id = proposals.submit(new ProposalSubmission(
                consultation,
                new ProposalDraft(
                        "Gedragscode voor beoordelingen", "Tekst", List.of("platform-ratings"), null, company),
                false));
        ProposalDetails details = proposals.proposal(id);
        assertThat(details.organisationId()).isEqualTo(company);
        assertThat(details.organisationName()).startsWith("Dierenoppas");
        assertThat(details.organisationVerified()).isTrue();
    }

    @Test
    void with_premoderation_a_proposal_waits_seen_only_by_its_author_and_the_griffie() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 3, 30, false, true));
        AccountPrincipal author = fixtures.signInAs();
        long id = proposals.submit(submission(consultation, "Wacht op moderatie"));
        assertThat(proposals.proposal(id).state()).isEqualTo(ProposalState.AWAITING_MODERATION);
        ProposalQuery mineWaiting = new ProposalQuery(
                consultation,
                null,
                java.util.Set.of(ProposalState.AWAITING_MODERATION),
                null,
                null,
                false,
                true,
                null,
                1);
        assertThat(proposals.find(mineWaiting, 0, 10))
                .extracting(ProposalSummary::id)
                .containsExactly(id);

        fixtures.signInAs();
        assertThatThrownBy(() -> proposals.proposal(id)).isInstanceOf(NoSuchItemException.class);
        assertThat(proposals.count(ProposalQuery.of(consultation, 1))).isZero();
        assertThatThrownBy(() -> supports.support(id)).isInstanceOf(NoSuchItemException.class);
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
        long id = proposals.submit(submission(consultation, "Verborgen"));
        fixtures.setState(id, ProposalState.HIDDEN);
        assertThatThrownBy(() -> proposals.proposal(id)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> proposals.withdraw(id, "Weg")).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> comments.comments(id)).isInstanceOf(NoSuchItemException.class);
        fixtures.signInAs(Role.ADMIN);
        assertThat(proposals.proposal(id).state()).isEqualTo(ProposalState.HIDDEN);
    }

    @Test
    void the_author_edits_within_the_window_while_nobody_supports_it() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 3, 30, false, false));
        AccountPrincipal author = fixtures.signInAs();
        long id = proposals.submit(submission(consultation, "Eerste versie"));
        int version = proposals.proposal(id).version();
        proposals.edit(new ProposalEdit(
                id,
                version,
                new ProposalDraft("Tweede versie", "Nieuwe tekst", List.of("cameras"), "Markt 2", null),
                false));
        ProposalDetails edited = proposals.proposal(id);
        assertThat(edited.title()).isEqualTo("Tweede versie");
        assertThat(edited.topicCodes()).containsExactly("cameras");
        assertThat(edited.version()).isEqualTo(version + 1);

        assertThatThrownBy(() -> proposals.edit(new ProposalEdit(id, version, draft("Oude versie"), false)))
                .isInstanceOf(ConcurrentChangeException.class);

        fixtures.signInAs();
        assertThatThrownBy(() -> proposals.edit(new ProposalEdit(id, edited.version(), draft("Niet van mij"), false)))
                .isInstanceOf(AccessDeniedException.class);
        supports.support(id);

        TestAccounts.signIn(author);
        assertThat(proposals.proposal(id).may().edit()).isFalse();
        assertRefused(
                () -> proposals.edit(new ProposalEdit(id, edited.version(), draft("Na steun"), false)),
                "title",
                "proposal.error.edit-closed");
        assertThat(proposals.proposal(id).title()).isEqualTo("Tweede versie");
    }

    @Test
    void the_edit_window_closes_after_the_consultations_minutes() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 3, 10, false, false));
        fixtures.signInAs();
        long id = proposals.submit(submission(consultation, "Snel"));
        clock.advance(Duration.ofMinutes(10));
        ProposalDetails late = proposals.proposal(id);
        assertThat(late.may().edit()).isFalse();
        assertRefused(
                () -> proposals.edit(new ProposalEdit(id, late.version(), draft("Te laat"), false)),
                "title",
                "proposal.error.edit-closed");
        assertThat(proposals.proposal(id).title()).isEqualTo("Snel");
    }

    @Test
    void withdrawing_needs_a_reason_and_the_proposal_stays_visible() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        fixtures.signInAs();
        long id = proposals.submit(submission(consultation, "Intrekken"));
        assertRefused(() -> proposals.withdraw(id, "  "), "reason", "error.required");
        assertRefused(() -> proposals.withdraw(id, "x".repeat(1001)), "reason", "error.too-long", 1000);
        assertThat(proposals.proposal(id).state()).isEqualTo(ProposalState.PUBLISHED);

        AccountPrincipal author =
                (AccountPrincipal) org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication()
                        .getPrincipal();
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
        assertRefused(
                () -> proposals.edit(new ProposalEdit(id, withdrawn.version(), draft("Na intrekken"), false)),
                "title",
                "proposal.error.edit-closed");
    }

    @Test
    void the_griffie_answers_and_the_author_hears_of_it() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal author = fixtures.signInAs();
        long id = proposals.submit(submission(consultation, "Beantwoorden"));
        long withdrawn = proposals.submit(submission(consultation, "Ingetrokken"));
        proposals.withdraw(withdrawn, "Weg");

        fixtures.signInAs(Role.GRIFFIER);
        assertRefused(() -> proposals.answer(id, new Answer(null, "Tekst")), "kind", "error.required");
        assertRefused(() -> proposals.answer(id, new Answer(AnswerKind.ACCEPTED, "")), "text", "error.required");
        assertRefused(
                () -> proposals.answer(withdrawn, new Answer(AnswerKind.ACCEPTED, "Tekst")),
                "kind",
                "proposal.error.cannot-answer");
        assertThat(proposals.proposal(id).answerKind()).isNull();
        assertThatThrownBy(() -> proposals.answer(Long.MAX_VALUE, new Answer(AnswerKind.ACCEPTED, "Tekst")))
                .isInstanceOf(NoSuchItemException.class);

        proposals.answer(id, new Answer(AnswerKind.IN_MOTION, "De raad neemt dit mee in motie M-12."));
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
        assertRefused(
                () -> proposals.submitOnBehalf(
                        new ProposalOnBehalf(caller.accountId(), null, consultation, draft("Zonder kanaal"))),
                "channel",
                "error.required");
        long id = proposals.submitOnBehalf(
                new ProposalOnBehalf(caller.accountId(), EntryChannel.PHONE, consultation, draft("Per telefoon")));
        assertRefused(
                () -> proposals.submitOnBehalf(
                        new ProposalOnBehalf(caller.accountId(), EntryChannel.DESK, consultation, draft("Tweede"))),
                "title",
                "proposal.error.limit-reached",
                1);
        assertThatThrownBy(() -> proposals.submitOnBehalf(
                        new ProposalOnBehalf(Long.MAX_VALUE, EntryChannel.DESK, consultation, draft("Niemand"))))
                .isInstanceOf(NoSuchItemException.class);

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
        assertThatThrownBy(() -> proposals.edit(new ProposalEdit(missing, 0, draft("x"), false)))
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> proposals.withdraw(missing, "x")).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> supports.support(missing)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> supports.withdrawSupport(missing)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> comments.comment(newComment(missing, null, Alignment.FOR, "x")))
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> comments.editComment(new CommentEdit(missing, 0, "x", false)))
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> comments.removeComment(missing)).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> comments.comments(missing)).isInstanceOf(NoSuchItemException.class);
        fixtures.signInAs(Role.GRIFFIER);
        assertThatThrownBy(() -> supports.supportOnBehalf(missing, 1, EntryChannel.DESK))
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
        expectKeptOrRefused(
                "title",
                kept,
                () -> proposals
                        .proposal(proposals.submit(new ProposalSubmission(
                                consultation,
                                new ProposalDraft(hostile, "Tekst", List.of("cameras"), null, null),
                                false)))
                        .title());
        expectKeptOrRefused(
                "body",
                kept,
                () -> proposals
                        .proposal(proposals.submit(new ProposalSubmission(
                                consultation,
                                new ProposalDraft("Titel", hostile, List.of("cameras"), null, null),
                                false)))
                        .body());
        expectKeptOrRefused(
                "address",
                kept.isEmpty() ? null : kept,
                () -> proposals
                        .proposal(proposals.submit(new ProposalSubmission(
                                consultation,
                                new ProposalDraft("Titel", "Tekst", List.of("cameras"), hostile, null),
                                false)))
                        .address());
        long id = proposals.submit(submission(consultation, "Doelwit"));
        expectKeptOrRefused("body", kept, () -> {
            long comment = comments.comment(newComment(id, null, Alignment.NEUTRAL, hostile));
            return comments.comments(id).stream()
                    .filter(c -> c.id() == comment)
                    .findFirst()
                    .orElseThrow()
                    .body();
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
