package nl.raadsplein.moderation;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Consultation;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.Redaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Every public method of the moderation services and the audit log, by each kind of visitor. */
class ModerationAuthorisationTest extends ModerationTestBase {

    @Autowired
    ConsultationService consultations;

    private static final Set<String> ANYONE =
            Set.of("publicLog", "countPublicLog", "monthlyCounts", "conductRules", "conductRulesOf", "exists");
    private static final Set<String> LOGGED_IN = Set.of("report", "hasReported", "appeal", "decision");
    private static final Set<String> ADMIN_ONLY = Set.of("auditCheck", "auditEntries", "auditCount");

    @ParameterizedTest
    @ValueSource(strings = {"ANONYMOUS", "NOBODY", "RESIDENT", "COUNCILLOR", "GRIFFIER", "ADMIN"})
    void each_method_is_allowed_or_denied_by_role(String who) {
        long consultation = consultation(hiding(5, 7, false));
        AccountPrincipal caller = switch (who) {
            case "ANONYMOUS", "NOBODY" -> null;
            case "RESIDENT" -> fixtures.account();
            default -> fixtures.account(Role.valueOf(who));
        };
        // For a logged-in caller the appealed decision concerns their own item; else someone else's.
        AccountPrincipal owner = caller == null ? fixtures.account() : caller;
        long own = proposal(consultation, owner);
        long target = proposal(consultation, fixtures.account());
        long commentId = comment(target, fixtures.account(), Alignment.FOR, "Reactie");
        AccountPrincipal actor = griffier();
        long actionId = as(actor, () -> actions.hide(ContentRef.proposal(own), Decision.of(ModerationReason.SPAM, 0)));
        as(owner, () -> appeals.appeal(new Appeal(actionId, "Graag opnieuw bekijken.")));
        AccountPrincipal appellant = fixtures.account();
        long appealed = proposal(consultation, appellant);
        long otherAction =
                as(actor, () -> actions.hide(ContentRef.proposal(appealed), Decision.of(ModerationReason.SPAM, 0)));
        long toDecide = as(appellant, () -> appeals.appeal(new Appeal(otherAction, "Onterecht.")));
        long blockable = proposal(consultation, fixtures.account());
        long redactable = proposal(consultation, fixtures.account());
        long premoderated = proposal(consultation(hiding(5, 7, true)), fixtures.account());
        AccountPrincipal blocked = fixtures.account();
        as(
                actor,
                () -> actions.blockAuthor(
                        ContentRef.profile(blocked.accountId()),
                        new Block(ModerationReason.SPAM, "Alleen maar reclame geplaatst.", false, 0)));
        ContentRef reportable = ContentRef.proposal(target);

        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("report", () -> reporting.report(new Report(reportable, ReportReason.SPAM, null)));
        calls.put("hasReported", () -> reporting.hasReported(reportable));
        calls.put("queue", () -> moderationQueue.queue(QueueSort.MOST_REPORTED, null, 0, 10));
        calls.put("countQueue", () -> moderationQueue.countQueue(null));
        calls.put("item", () -> moderationQueue.item(ContentRef.proposal(own)));
        calls.put("version", () -> moderationQueue.version(reportable));
        calls.put("hide", () -> actions.hide(ContentRef.comment(commentId), Decision.of(ModerationReason.SPAM, 0)));
        calls.put(
                "approve",
                () -> actions.approve(
                        ContentRef.proposal(premoderated), Decision.of(ModerationReason.NO_VIOLATION, 0)));
        calls.put(
                "redact",
                () -> actions.redact(
                        ContentRef.proposal(redactable),
                        Redaction.of("cameras"),
                        Decision.of(ModerationReason.PRIVACY, 0)));
        calls.put(
                "blockAuthor",
                () -> actions.blockAuthor(
                        ContentRef.proposal(blockable),
                        new Block(ModerationReason.SPAM, "Plaatst alleen maar reclame.", false, 0)));
        calls.put("unblock", () -> actions.unblock(blocked.accountId(), Decision.of(ModerationReason.NO_VIOLATION, 1)));
        calls.put(
                "dismiss",
                () -> actions.dismiss(
                        reportable, Decision.of(ModerationReason.NO_VIOLATION, moderationQueue.version(reportable))));
        calls.put(
                "restore",
                () -> actions.restore(ContentRef.comment(commentId), Decision.of(ModerationReason.NO_VIOLATION, 1)));
        calls.put("openAppeals", () -> appeals.openAppeals(0, 10));
        calls.put("countOpenAppeals", () -> appeals.countOpenAppeals());
        calls.put("appealDetails", () -> appeals.appealDetails(toDecide));
        calls.put(
                "decideAppeal",
                () -> appeals.decideAppeal(new AppealRuling(toDecide, AppealDecision.UPHOLD, "Blijft staan.", 0)));
        calls.put("decision", () -> appeals.decision(actionId));
        calls.put("exists", () -> appeals.exists(actionId));
        calls.put("appeal", () -> appeals.appeal(new Appeal(actionId, "Tweede keer")));
        calls.put("publicLog", () -> publicLog.publicLog(0, 10));
        calls.put("countPublicLog", () -> publicLog.countPublicLog());
        calls.put("monthlyCounts", () -> publicLog.monthlyCounts());
        calls.put("conductRules", () -> conductRules.conductRules(consultation, Locale.ENGLISH));
        Consultation loaded = consultations.consultation(consultation);
        calls.put("conductRulesOf", () -> conductRules.conductRulesOf(loaded, Locale.ENGLISH));
        calls.put("auditCheck", () -> audit.check());
        calls.put("auditEntries", () -> audit.entries(0, 10));
        calls.put("auditCount", () -> audit.count());

        if (who.equals("ANONYMOUS")) {
            TestAccounts.signInAnonymously();
        } else if (caller != null) {
            TestAccounts.signIn(caller);
        }
        boolean griffie = caller != null && (caller.has(Role.GRIFFIER) || caller.has(Role.ADMIN));
        for (var call : calls.entrySet()) {
            String method = call.getKey();
            boolean allowed = ANYONE.contains(method)
                    || (caller != null && LOGGED_IN.contains(method))
                    || (caller != null && ADMIN_ONLY.contains(method) && caller.has(Role.ADMIN))
                    || (griffie
                            && !ANYONE.contains(method)
                            && !LOGGED_IN.contains(method)
                            && !ADMIN_ONLY.contains(method));
            if (method.equals("appeal") && caller != null) {
                // Allowed, and refused as the second appeal against the same decision.
                assertRefused(call.getValue()::run, "text", "moderation.error.already-appealed");
            } else if (allowed) {
                assertThatCode(call.getValue()::run).as(method + " by " + who).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(call.getValue()::run)
                        .as(method + " by " + who)
                        .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
            }
        }
        TestAccounts.signOut();
        if (!griffie) {
            assertThat(proposalState(blockable)).isEqualTo("PUBLISHED");
            assertThat(commentState(commentId)).isEqualTo("PUBLISHED");
            assertThat(proposalState(premoderated)).isEqualTo("AWAITING_MODERATION");
        }
    }
}
