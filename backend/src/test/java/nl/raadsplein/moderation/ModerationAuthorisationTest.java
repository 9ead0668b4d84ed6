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
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.Redaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Every public method of the moderation service and the audit log, by each kind of visitor. */
class ModerationAuthorisationTest extends ModerationTestBase {

    private static final Set<String> ANYONE = Set.of("publicLog", "countPublicLog", "monthlyCounts", "conductRules");
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
        long actionId = as(actor, () -> moderation.hide(ContentRef.proposal(own), Decision.of(ModerationReason.SPAM), 0));
        as(owner, () -> moderation.appeal(actionId, "Graag opnieuw bekijken."));
        AccountPrincipal appellant = fixtures.account();
        long appealed = proposal(consultation, appellant);
        long otherAction = as(actor, () -> moderation.hide(ContentRef.proposal(appealed),
                Decision.of(ModerationReason.SPAM), 0));
        long toDecide = as(appellant, () -> moderation.appeal(otherAction, "Onterecht."));
        long blockable = proposal(consultation, fixtures.account());
        long redactable = proposal(consultation, fixtures.account());
        long premoderated = proposal(consultation(hiding(5, 7, true)), fixtures.account());
        AccountPrincipal blocked = fixtures.account();
        as(actor, () -> moderation.blockAuthor(ContentRef.profile(blocked.accountId()), ModerationReason.SPAM,
                "Alleen maar reclame geplaatst.", false, 0));
        ContentRef reportable = ContentRef.proposal(target);

        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("report", () -> moderation.report(reportable, ReportReason.SPAM, null));
        calls.put("hasReported", () -> moderation.hasReported(reportable));
        calls.put("queue", () -> moderation.queue(QueueSort.MOST_REPORTED, null, 0, 10));
        calls.put("countQueue", () -> moderation.countQueue(null));
        calls.put("item", () -> moderation.item(ContentRef.proposal(own)));
        calls.put("version", () -> moderation.version(reportable));
        calls.put("hide", () -> moderation.hide(ContentRef.comment(commentId), Decision.of(ModerationReason.SPAM), 0));
        calls.put("approve", () -> moderation.approve(ContentRef.proposal(premoderated),
                Decision.of(ModerationReason.NO_VIOLATION), 0));
        calls.put("redact", () -> moderation.redact(ContentRef.proposal(redactable), Redaction.of("cameras"),
                Decision.of(ModerationReason.PRIVACY), 0));
        calls.put("blockAuthor", () -> moderation.blockAuthor(ContentRef.proposal(blockable), ModerationReason.SPAM,
                "Plaatst alleen maar reclame.", false, 0));
        calls.put("unblock", () -> moderation.unblock(blocked.accountId(), Decision.of(ModerationReason.NO_VIOLATION),
                1));
        calls.put("dismiss", () -> moderation.dismiss(reportable, Decision.of(ModerationReason.NO_VIOLATION),
                moderation.version(reportable)));
        calls.put("restore", () -> moderation.restore(ContentRef.comment(commentId),
                Decision.of(ModerationReason.NO_VIOLATION), 1));
        calls.put("openAppeals", () -> moderation.openAppeals(0, 10));
        calls.put("countOpenAppeals", () -> moderation.countOpenAppeals());
        calls.put("appealDetails", () -> moderation.appealDetails(toDecide));
        calls.put("decideAppeal", () -> moderation.decideAppeal(toDecide, AppealDecision.UPHOLD, "Blijft staan.", 0));
        calls.put("decision", () -> moderation.decision(actionId));
        calls.put("appeal", () -> moderation.appeal(actionId, "Tweede keer"));
        calls.put("publicLog", () -> moderation.publicLog(0, 10));
        calls.put("countPublicLog", () -> moderation.countPublicLog());
        calls.put("monthlyCounts", () -> moderation.monthlyCounts());
        calls.put("conductRules", () -> moderation.conductRules(consultation, Locale.ENGLISH));
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
                    || (griffie && !ANYONE.contains(method) && !LOGGED_IN.contains(method)
                            && !ADMIN_ONLY.contains(method));
            if (method.equals("appeal") && caller != null) {
                // Allowed, and refused as the second appeal against the same decision.
                assertRefused(call.getValue()::run, "text", "moderation.error.already-appealed");
            } else if (allowed) {
                assertThatCode(call.getValue()::run).as(method + " by " + who).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(call.getValue()::run).as(method + " by " + who)
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
