package nl.raadsplein.proposal;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.draft;
import static nl.raadsplein.proposal.ProposalFixtures.newComment;
import static nl.raadsplein.proposal.ProposalFixtures.submission;
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
import nl.raadsplein.proposal.internal.ProposalModeration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Every public method of the feature's services and of its moderation port, called by each kind of visitor: allowed
 * or denied, never half-done.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class ProposalAuthorisationTest {

    private static final Set<String> GRIFFIE_ONLY = Set.of("submitOnBehalf", "supportOnBehalf");
    private static final Set<String> GRIFFIE_OR_ADMIN = Set.of("answer", "unredactProposal", "unredactComment");
    private static final Set<String> ANYONE = Set.of("similar", "proposal", "hasPage", "find", "count", "comments");

    @Autowired
    ProposalService proposals;

    @Autowired
    SupportService supports;

    @Autowired
    CommentService comments;

    @Autowired
    ProposalModeration moderation;

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
        long target = as(resident, () -> proposals.submit(submission(consultation, "Doelwit")));
        long targetComment = as(resident, () -> comments.comment(newComment(target, null, Alignment.FOR, "Eerste")));
        AccountPrincipal caller = who.equals("ANONYMOUS")
                ? null
                : who.equals("RESIDENT") ? fixtures.account() : fixtures.account(Role.valueOf(who));
        long own = caller == null ? target : as(caller, () -> proposals.submit(submission(consultation, "Eigen")));
        long ownComment = caller == null
                ? targetComment
                : as(caller, () -> comments.comment(newComment(target, null, Alignment.AGAINST, "Eigen")));
        int ownVersion = as(resident, () -> proposals.proposal(own).version());
        ProposalQuery query = ProposalQuery.of(consultation, 5);

        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("submit", () -> proposals.submit(submission(consultation, "Nieuw")));
        calls.put("similar", () -> proposals.similar(consultation, "Doelwit", ""));
        calls.put("edit", () -> proposals.edit(new ProposalEdit(own, ownVersion, draft("Gewijzigd"), false)));
        calls.put(
                "editConfirmed",
                () -> proposals.edit(new ProposalEdit(own, ownVersion + 1, draft("Bel 06-12345678"), true)));
        calls.put("support", () -> supports.support(target));
        calls.put("withdrawSupport", () -> supports.withdrawSupport(target));
        calls.put("supportOnBehalf", () -> supports.supportOnBehalf(target, resident.accountId(), EntryChannel.PHONE));
        calls.put(
                "submitOnBehalf",
                () -> proposals.submitOnBehalf(new ProposalOnBehalf(
                        resident.accountId(), EntryChannel.LETTER, consultation, draft("Per brief"))));
        calls.put("proposal", () -> proposals.proposal(target));
        calls.put("hasPage", () -> proposals.hasPage(target));
        calls.put("find", () -> proposals.find(query, 0, 20));
        calls.put("count", () -> proposals.count(query));
        calls.put("comment", () -> comments.comment(newComment(target, targetComment, Alignment.NEUTRAL, "Antwoord")));
        calls.put("editComment", () -> comments.editComment(new CommentEdit(ownComment, 0, "Gewijzigd", false)));
        calls.put(
                "editCommentConfirmed",
                () -> comments.editComment(new CommentEdit(ownComment, 1, "Mail a@example.nl", true)));
        calls.put("removeComment", () -> comments.removeComment(ownComment));
        calls.put("comments", () -> comments.comments(target));
        calls.put("withdraw", () -> proposals.withdraw(own, "Reden"));
        calls.put("answer", () -> proposals.answer(target, new Answer(AnswerKind.ACCEPTED, "Aangenomen.")));
        // A placeholder that is not in the text: allowed, and then nothing is put back.
        Redacted nowhere = new Redacted("Jan", "[weg]", List.of(), List.of(0));
        calls.put("unredactProposal", () -> moderation.unredactProposal(target, nowhere));
        calls.put("unredactComment", () -> moderation.unredactComment(targetComment, nowhere));

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
                    || (caller != null
                            && GRIFFIE_OR_ADMIN.contains(method)
                            && (caller.has(Role.GRIFFIER) || caller.has(Role.ADMIN)))
                    || (caller != null && !GRIFFIE_ONLY.contains(method) && !GRIFFIE_OR_ADMIN.contains(method));
            if (expected) {
                assertThatCode(call.getValue()::run).as(method + " by " + who).doesNotThrowAnyException();
                allowed.add(method);
            } else {
                assertThatThrownBy(call.getValue()::run)
                        .as(method + " by " + who)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(allowed).containsAll(ANYONE);
        if (caller == null) {
            // Denied calls changed nothing.
            assertThat(proposals.proposal(target).state()).isEqualTo(ProposalState.PUBLISHED);
            assertThat(proposals.proposal(target).supportCount()).isZero();
            assertThat(comments.comments(target)).hasSize(1);
        }
    }

    @Test
    void without_any_authentication_changes_are_refused_and_reading_works() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        long target = as(fixtures.account(), () -> proposals.submit(submission(consultation, "Doelwit")));
        TestAccounts.signOut();
        assertThatThrownBy(() -> supports.support(target))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> proposals.submit(submission(consultation, "Anoniem")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(proposals.proposal(target).supportCount()).isZero();
        assertThat(proposals.count(ProposalQuery.of(consultation, 1))).isEqualTo(1);
    }

    @Test
    void nobody_but_the_author_changes_a_proposal_or_comment_not_even_the_griffie() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        AccountPrincipal author = fixtures.account();
        long id = as(author, () -> proposals.submit(submission(consultation, "Van de auteur")));
        long comment = as(author, () -> comments.comment(newComment(id, null, Alignment.FOR, "Van de auteur")));
        for (Role role : Role.values()) {
            TestAccounts.signIn(role == Role.RESIDENT ? fixtures.account() : fixtures.account(role));
            for (Runnable call : List.<Runnable>of(
                    () -> proposals.edit(new ProposalEdit(id, 0, draft("Overgenomen"), false)),
                    () -> proposals.withdraw(id, "Overgenomen"),
                    () -> comments.editComment(new CommentEdit(comment, 0, "Overgenomen", false)),
                    () -> proposals.edit(new ProposalEdit(id, 0, draft("Overgenomen"), true)),
                    () -> comments.editComment(new CommentEdit(comment, 0, "Overgenomen", true)),
                    () -> comments.removeComment(comment))) {
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
        assertThat(comments.comments(id).getFirst().body()).isEqualTo("Van de auteur");
    }
}
