package nl.raadsplein.moderation;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.proposal.Alignment;
import org.junit.jupiter.api.Test;

class AppealTest extends ModerationTestBase {

    @Test
    void the_author_appeals_once_and_another_griffier_overturns_a_hide() {
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        long commentId = comment(id, author, Alignment.FOR, "Helemaal voor.");
        AccountPrincipal actor = griffier();
        AccountPrincipal second = griffier();
        long actionId = as(
                actor, () -> actions.hide(ContentRef.comment(commentId), Decision.of(ModerationReason.OFFENSIVE, 0)));
        assertThatThrownBy(() -> as(fixtures.account(), () -> appeals.appeal(new Appeal(actionId, "Niet van mij"))))
                .isInstanceOf(NoSuchItemException.class);
        long appealId = as(author, () -> appeals.appeal(new Appeal(actionId, "Dit was niet beledigend bedoeld.")));
        assertRefused(
                () -> as(author, () -> appeals.appeal(new Appeal(actionId, "Nog een keer"))),
                "text",
                "moderation.error.already-appealed");
        assertThat(as(author, () -> appeals.decision(actionId)).appealable()).isFalse();
        AppealView open = as(second, () -> appeals.openAppeals(0, 500)).stream()
                .filter(a -> a.id() == appealId)
                .findFirst()
                .orElseThrow();
        assertThat(open.actedBy()).isEqualTo(actor.accountId());
        assertThat(open.mayDecide()).isTrue();
        assertThat(as(actor, () -> appeals.appealDetails(appealId)).mayDecide())
                .as("offered to the griffier who acted")
                .isFalse();
        assertRefused(
                () -> as(actor, () -> {
                    appeals.decideAppeal(
                            new AppealRuling(appealId, AppealDecision.OVERTURN, "Ik keur mezelf af.", open.version()));
                    return null;
                }),
                "decision",
                "moderation.error.same-griffier");
        as(second, () -> {
            appeals.decideAppeal(new AppealRuling(
                    appealId, AppealDecision.OVERTURN, "Scherp, maar niet beledigend.", open.version()));
            return null;
        });
        assertThat(commentState(commentId)).isEqualTo("PUBLISHED");
        assertThat(commentCounts(id)).containsExactly(1, 1, 0);
        AuthorDecision decision = as(author, () -> appeals.decision(actionId));
        assertThat(decision.appealDecision()).isEqualTo(AppealDecision.OVERTURN);
        assertThat(decision.appealDecisionText()).isEqualTo("Scherp, maar niet beledigend.");
        assertThat(notificationKinds(author.accountId())).contains("MODERATION_APPEAL_OVERTURN");
        assertThat(as(
                                second,
                                () -> moderationQueue
                                        .item(ContentRef.comment(commentId))
                                        .actions())
                        .getFirst()
                        .overturned())
                .isTrue();
        assertThat(as(fixtures.account(), () -> publicLog.publicLog(0, 500)))
                .anyMatch(e -> e.overturned() && e.type() == ContentType.COMMENT);
        assertRefused(
                () -> as(griffier(), () -> {
                    appeals.decideAppeal(
                            new AppealRuling(appealId, AppealDecision.UPHOLD, "Toch niet.", open.version() + 1));
                    return null;
                }),
                "decision",
                "moderation.error.already-decided");
    }

    @Test
    void a_blocked_author_may_appeal_and_an_upheld_block_stays_while_an_overturned_one_is_lifted() {
        AccountPrincipal author = fixtures.account();
        long consultation = consultation(hiding(5, 7, false));
        long id = proposal(consultation, author);
        AccountPrincipal actor = griffier();
        long actionId = as(
                actor,
                () -> actions.blockAuthor(
                        ContentRef.proposal(id),
                        new Block(ModerationReason.SPAM, "Steeds dezelfde advertentie geplaatst.", false, 0)));
        long appealId = as(author, () -> appeals.appeal(new Appeal(actionId, "Het was een eenmalige fout.")));
        as(griffier(), () -> {
            appeals.decideAppeal(new AppealRuling(appealId, AppealDecision.UPHOLD, "De blokkade blijft.", 0));
            return null;
        });
        assertRefused(() -> as(author, () -> supports.support(id)), "support", "proposal.error.blocked");
        assertThat(notificationKinds(author.accountId())).contains("MODERATION_APPEAL_UPHOLD");

        AccountPrincipal other = fixtures.account();
        long otherProposal = proposal(consultation, other);
        long secondAction = as(
                actor,
                () -> actions.blockAuthor(
                        ContentRef.proposal(otherProposal),
                        new Block(ModerationReason.SPAM, "Steeds dezelfde advertentie geplaatst.", false, 0)));
        long secondAppeal = as(other, () -> appeals.appeal(new Appeal(secondAction, "Ik heb niets verkeerds gedaan.")));
        as(griffier(), () -> {
            appeals.decideAppeal(new AppealRuling(secondAppeal, AppealDecision.OVERTURN, "Onterecht geblokkeerd.", 0));
            return null;
        });
        assertThat(as(other, () -> supports.support(id))).isEqualTo(1);
    }

    @Test
    void two_griffiers_deciding_one_appeal_at_once_decide_it_once() throws Exception {
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation(hiding(5, 7, false)), author);
        long actionId =
                as(griffier(), () -> actions.hide(ContentRef.proposal(id), Decision.of(ModerationReason.SPAM, 0)));
        long appealId = as(author, () -> appeals.appeal(new Appeal(actionId, "Graag opnieuw bekijken.")));
        List<AccountPrincipal> deciders = List.of(griffier(), griffier());
        List<Object> outcomes = race(2, i -> () -> {
            TestAccounts.signIn(deciders.get(i));
            appeals.decideAppeal(new AppealRuling(
                    appealId, i == 0 ? AppealDecision.OVERTURN : AppealDecision.UPHOLD, "Besluit " + i, 0));
            return "ok";
        });
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> o instanceof ConcurrentChangeException
                        || o instanceof nl.raadsplein.platform.InvalidInputException)
                .hasSize(1);
        assertThat(notificationKinds(author.accountId()).stream().filter(k -> k.startsWith("MODERATION_APPEAL_")))
                .hasSize(1);
    }

    @Test
    void hostile_appeal_and_decision_texts_are_refused_or_kept_exactly_and_a_refusal_changes_nothing() {
        AccountPrincipal actor = griffier();
        AccountPrincipal second = griffier();
        long consultation = consultation(hiding(5, 7, false));
        for (String line : HostileInputs.lines()) {
            AccountPrincipal author = fixtures.account();
            long id = proposal(consultation, author);
            long actionId =
                    as(actor, () -> actions.hide(ContentRef.proposal(id), Decision.of(ModerationReason.SPAM, 0)));
            String expected;
            try {
                expected = TextInput.multiLine("text", line, AppealService.APPEAL_TEXT_LENGTH);
            } catch (InvalidInputException refusedAsInput) {
                assertRefused(
                        () -> as(author, () -> appeals.appeal(new Appeal(actionId, line))),
                        "text",
                        refusedAsInput.messageKey());
                assertThat(as(author, () -> appeals.decision(actionId)).appealable())
                        .isTrue();
                continue;
            }
            long appealId = as(author, () -> appeals.appeal(new Appeal(actionId, line)));
            assertThat(as(author, () -> appeals.decision(actionId)).appealText())
                    .isEqualTo(expected);
            int version = as(second, () -> appeals.appealDetails(appealId)).version();
            as(second, () -> appeals.decideAppeal(new AppealRuling(appealId, AppealDecision.UPHOLD, line, version)));
            assertThat(as(author, () -> appeals.decision(actionId)).appealDecisionText())
                    .isEqualTo(expected);
            assertThat(proposalState(id)).isEqualTo("HIDDEN");
        }
    }
}
