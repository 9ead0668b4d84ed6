package nl.raadsplein.proposal;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Every public method of the service, called by each kind of visitor: allowed or denied, never half-done. */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class ProposalAuthorisationTest {

    private static final Set<String> GRIFFIE_ONLY = Set.of("submitOnBehalf", "supportOnBehalf");
    private static final Set<String> GRIFFIE_OR_ADMIN = Set.of("answer", "unredactProposal", "unredactComment");
    private static final Set<String> ANYONE = Set.of("similar", "proposal", "find", "count", "comments");

    @Autowired
    ProposalService proposals;

    @Autowired
    ProposalFixtures fixtures;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ANONYMOUS", "RESIDENT", "COUNCILLOR", "GRIFFIER", "ADMIN"})
    void each_method_is_allowed_or_denied_by_role(String who) {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal resident = fixtures.account();
        long target = as(resident, () -> proposals.submit(draft(consultation, "Doelwit")));
        long targetComment = as(resident, () -> proposals.comment(target, null, Alignment.FOR, "Eerste", null));
        AccountPrincipal caller = who.equals("ANONYMOUS") ? null
                : who.equals("RESIDENT") ? fixtures.account() : fixtures.account(Role.valueOf(who));
        long own = caller == null ? target : as(caller, () -> proposals.submit(draft(consultation, "Eigen")));
        long ownComment = caller == null ? targetComment
                : as(caller, () -> proposals.comment(target, null, Alignment.AGAINST, "Eigen", null));
        int ownVersion = as(resident, () -> proposals.proposal(own).version());
        ProposalQuery query = ProposalQuery.of(consultation, 5);

        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("submit", () -> proposals.submit(draft(consultation, "Nieuw")));
        calls.put("similar", () -> proposals.similar(consultation, "Doelwit", ""));
        calls.put("edit", () -> proposals.edit(own, draft(consultation, "Gewijzigd"), ownVersion));
        calls.put("editConfirmed", () -> proposals.edit(own, draft(consultation, "Bel 06-12345678"), ownVersion + 1,
                true));
        calls.put("support", () -> proposals.support(target));
        calls.put("withdrawSupport", () -> proposals.withdrawSupport(target));
        calls.put("supportOnBehalf", () -> proposals.supportOnBehalf(target, resident.accountId(), EntryChannel.PHONE));
        calls.put("submitOnBehalf", () -> proposals.submitOnBehalf(resident.accountId(), EntryChannel.LETTER,
                draft(consultation, "Per brief")));
        calls.put("proposal", () -> proposals.proposal(target));
        calls.put("find", () -> proposals.find(query, 0, 20));
        calls.put("count", () -> proposals.count(query));
        calls.put("comment", () -> proposals.comment(target, targetComment, Alignment.NEUTRAL, "Antwoord", null));
        calls.put("editComment", () -> proposals.editComment(ownComment, "Gewijzigd", 0));
        calls.put("editCommentConfirmed", () -> proposals.editComment(ownComment, "Mail a@example.nl", 1, true));
        calls.put("removeComment", () -> proposals.removeComment(ownComment));
        calls.put("comments", () -> proposals.comments(target));
        calls.put("withdraw", () -> proposals.withdraw(own, "Reden"));
        calls.put("answer", () -> proposals.answer(target, AnswerKind.ACCEPTED, "Aangenomen."));
        // A placeholder that is not in the text: allowed, and then nothing is put back.
        Redacted nowhere = new Redacted("Jan", "[weg]", List.of(), List.of(0));
        calls.put("unredactProposal", () -> proposals.unredactProposal(target, nowhere));
        calls.put("unredactComment", () -> proposals.unredactComment(targetComment, nowhere));

        if (caller == null) {
            TestAccounts.signInAnonymously();
        } else {
            TestAccounts.signIn(caller);
        }
        List<String> allowed = new ArrayList<>();
        for (var call : calls.entrySet()) {
            String method = call.getKey();
            boolean expected = ANYONE.contains(method)
                    || (caller != null && GRIFFIE_ONLY.contains(method) && caller.has(Role.GRIFFIER))
                    || (caller != null && GRIFFIE_OR_ADMIN.contains(method)
                            && (caller.has(Role.GRIFFIER) || caller.has(Role.ADMIN)))
                    || (caller != null && !GRIFFIE_ONLY.contains(method) && !GRIFFIE_OR_ADMIN.contains(method));
            if (expected) {
                assertThatCode(call.getValue()::run).as(method + " by " + who).doesNotThrowAnyException();
                allowed.add(method);
            } else {
                assertThatThrownBy(call.getValue()::run).as(method + " by " + who)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(allowed).containsAll(ANYONE);
        if (caller == null) {
            // Denied calls changed nothing.
            assertThat(proposals.proposal(target).state()).isEqualTo(ProposalState.PUBLISHED);
            assertThat(proposals.proposal(target).supportCount()).isZero();
            assertThat(proposals.comments(target)).hasSize(1);
        }
    }

    @Test
    void without_any_authentication_changes_are_refused_and_reading_works() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        long target = as(fixtures.account(), () -> proposals.submit(draft(consultation, "Doelwit")));
        TestAccounts.signOut();
        assertThatThrownBy(() -> proposals.support(target))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> proposals.submit(draft(consultation, "Anoniem")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(proposals.proposal(target).supportCount()).isZero();
        assertThat(proposals.count(ProposalQuery.of(consultation, 1))).isEqualTo(1);
    }

    @Test
    void nobody_but_the_author_changes_a_proposal_or_comment_not_even_the_griffie() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal author = fixtures.account();
        long id = as(author, () -> proposals.submit(draft(consultation, "Van de auteur")));
        long comment = as(author, () -> proposals.comment(id, null, Alignment.FOR, "Van de auteur", null));
        for (Role role : Role.values()) {
            TestAccounts.signIn(role == Role.RESIDENT ? fixtures.account() : fixtures.account(role));
            for (Runnable call : List.<Runnable>of(
                    () -> proposals.edit(id, draft(consultation, "Overgenomen"), 0),
                    () -> proposals.withdraw(id, "Overgenomen"),
                    () -> proposals.editComment(comment, "Overgenomen", 0),
                    () -> proposals.edit(id, draft(consultation, "Overgenomen"), 0, true),
                    () -> proposals.editComment(comment, "Overgenomen", 0, true),
                    () -> proposals.removeComment(comment))) {
                try {
                    call.run();
                    fail("allowed to " + role);
                } catch (AccessDeniedException expected) {
                    // as it should
                }
            }
        }
        TestAccounts.signOut();
        assertThat(proposals.proposal(id).title()).isEqualTo("Van de auteur");
        assertThat(proposals.comments(id).getFirst().body()).isEqualTo("Van de auteur");
    }
}
