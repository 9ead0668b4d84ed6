package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.MODERATION_ACTION;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.CommentDraft;
import nl.raadsplein.proposal.CommentEdit;
import nl.raadsplein.proposal.CommentSubmission;
import nl.raadsplein.proposal.ProposalDraft;
import nl.raadsplein.proposal.ProposalSubmission;
import nl.raadsplein.proposal.Redaction;
import org.jooq.Record4;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A redaction keeps what it took out with the action while an appeal may need it: the griffier deciding the appeal
 * sees it, overturning puts it back where its placeholder still stands, and deciding erases it either way.
 */
class RedactionAppealTest extends ModerationTestBase {

    @Autowired
    RedactionRetention retention;

    private AccountPrincipal actor;

    @BeforeEach
    void griffierWhoRedacts() {
        actor = griffier();
    }

    private long appeal(AccountPrincipal author, long actionId) {
        return as(author, () -> appeals.appeal(new Appeal(actionId, "Dat was geen persoonsgegeven.")));
    }

    private AppealOutcome decide(long appealId, AppealDecision decision) {
        AccountPrincipal second = griffier();
        int version = as(second, () -> appeals.appealDetails(appealId).version());
        return as(
                second, () -> appeals.decideAppeal(new AppealRuling(appealId, decision, "Na nader inzien.", version)));
    }

    /** The redaction's stored columns: fragment, replacement, offsets in the title and in the body. */
    private Record4<String, String, String, String> kept(long actionId) {
        return dsl().select(
                        MODERATION_ACTION.REDACTED_FRAGMENT,
                        MODERATION_ACTION.REDACTION_REPLACEMENT,
                        MODERATION_ACTION.REDACTED_TITLE_AT,
                        MODERATION_ACTION.REDACTED_BODY_AT)
                .from(MODERATION_ACTION)
                .where(MODERATION_ACTION.ID.eq(actionId))
                .fetchOne();
    }

    private String[] proposalTexts(long id) {
        var r = dsl().select(PROPOSAL.TITLE, PROPOSAL.BODY)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.eq(id))
                .fetchOne();
        return new String[] {r.value1(), r.value2()};
    }

    private String commentBody(long id) {
        return dsl().select(COMMENT.BODY)
                .from(COMMENT)
                .where(COMMENT.ID.eq(id))
                .fetchOne()
                .value1();
    }

    @Test
    void an_overturned_redaction_of_a_proposal_puts_every_occurrence_back_and_the_fragment_is_erased() {
        long consultation = consultation(hiding(5, 7, false));
        AccountPrincipal author = fixtures.account();
        String title = "Camera bij Jan Jansen";
        String body = "Jan Jansen woont hier. Vraag Jan Jansen, of [verwijderd] wat anders.";
        long id = as(
                author,
                () -> proposals.submit(new ProposalSubmission(
                        consultation, new ProposalDraft(title, body, List.of("personal-data"), null, null), false)));
        long actionId = as(
                actor,
                () -> actions.redact(
                        ContentRef.proposal(id), Redaction.of("Jan Jansen"), Decision.of(ModerationReason.PRIVACY, 0)));
        assertThat(proposalTexts(id))
                .containsExactly(
                        "Camera bij [verwijderd]",
                        "[verwijderd] woont hier. Vraag [verwijderd], of [verwijderd] wat anders.");
        assertThat(kept(actionId).value1()).isEqualTo("Jan Jansen");

        long appealId = appeal(author, actionId);
        assertThat(as(griffier(), () -> appeals.appealDetails(appealId).redactedFragment()))
                .isEqualTo("Jan Jansen");
        assertThat(as(griffier(), () -> appeals.openAppeals(0, 500)))
                .filteredOn(a -> a.id() == appealId)
                .singleElement()
                .satisfies(a -> assertThat(a.redactedFragment()).isEqualTo("Jan Jansen"));

        assertThat(decide(appealId, AppealDecision.OVERTURN)).isEqualTo(AppealOutcome.OVERTURNED);
        // Only the placeholders this redaction put in: the author's own "[verwijderd]" stays as written.
        assertThat(proposalTexts(id)).containsExactly(title, body);
        assertThat(kept(actionId).intoArray()).containsOnlyNulls();
        assertThat(as(author, () -> appeals.decision(actionId)).appealDecision())
                .isEqualTo(AppealDecision.OVERTURN);
        assertThat(as(griffier(), () -> appeals.appealDetails(appealId).redactedFragment()))
                .isNull();
    }

    @Test
    void an_upheld_redaction_of_a_comment_keeps_the_text_as_redacted_and_erases_the_fragment() {
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        AccountPrincipal author = fixtures.account();
        long commentId = as(
                author,
                () -> comments.comment(new CommentSubmission(
                        id,
                        null,
                        new CommentDraft(Alignment.FOR, "Mijn IBAN is NL91ABNA0417164300, stort maar.", null),
                        true)));
        int start = "Mijn IBAN is ".length();
        long actionId = as(
                actor,
                () -> actions.redact(
                        ContentRef.comment(commentId),
                        Redaction.between(start, start + "NL91ABNA0417164300".length())
                                .withReplacement("[rekening]"),
                        Decision.of(ModerationReason.PRIVACY, 0)));
        assertThat(kept(actionId).intoArray())
                .containsExactly("NL91ABNA0417164300", "[rekening]", "", String.valueOf(start));

        long appealId = appeal(author, actionId);
        assertThat(decide(appealId, AppealDecision.UPHOLD)).isEqualTo(AppealOutcome.UPHELD);

        assertThat(commentBody(commentId)).isEqualTo("Mijn IBAN is [rekening], stort maar.");
        assertThat(kept(actionId).intoArray()).containsOnlyNulls();
        assertThat(dsl().fetchCount(MODERATION_ACTION, MODERATION_ACTION.REDACTED_FRAGMENT.contains("NL91")))
                .isZero();
    }

    @Test
    void an_overturned_redaction_of_a_comment_puts_the_range_back() {
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        AccountPrincipal author = fixtures.account();
        String original = "Bel 06-12345678 voor de buurtapp 🌳.";
        long commentId = as(
                author,
                () -> comments.comment(
                        new CommentSubmission(id, null, new CommentDraft(Alignment.FOR, original, null), true)));
        long actionId = as(
                actor,
                () -> actions.redact(
                        ContentRef.comment(commentId),
                        Redaction.of("06-12345678"),
                        Decision.of(ModerationReason.PRIVACY, 0)));
        assertThat(commentBody(commentId)).isEqualTo("Bel [verwijderd] voor de buurtapp 🌳.");

        assertThat(decide(appeal(author, actionId), AppealDecision.OVERTURN)).isEqualTo(AppealOutcome.OVERTURNED);
        assertThat(commentBody(commentId)).isEqualTo(original);
        assertThat(kept(actionId).intoArray()).containsOnlyNulls();
    }

    @Test
    void when_the_author_changed_the_text_since_the_overturn_stands_but_nothing_is_put_back_and_the_griffier_is_told() {
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        AccountPrincipal author = fixtures.account();
        long commentId = comment(id, author, Alignment.AGAINST, "Piet Bakker liegt, vraag het hem.");
        long actionId = as(
                actor,
                () -> actions.redact(
                        ContentRef.comment(commentId),
                        Redaction.of("Piet Bakker"),
                        Decision.of(ModerationReason.PRIVACY, 0)));
        int version = dsl().select(COMMENT.VERSION)
                .from(COMMENT)
                .where(COMMENT.ID.eq(commentId))
                .fetchOne()
                .value1();
        as(author, () -> {
            comments.editComment(new CommentEdit(commentId, version, "Hij liegt, vraag het hem maar.", false));
            return null;
        });

        AppealOutcome outcome = decide(appeal(author, actionId), AppealDecision.OVERTURN);

        assertThat(outcome).isEqualTo(AppealOutcome.OVERTURNED_TEXT_NOT_RESTORED);
        assertThat(commentBody(commentId)).isEqualTo("Hij liegt, vraag het hem maar.");
        assertThat(kept(actionId).intoArray()).containsOnlyNulls();
        assertThat(as(
                                actor,
                                () -> moderationQueue
                                        .item(ContentRef.comment(commentId))
                                        .actions())
                        .getFirst()
                        .overturned())
                .isTrue();
        assertThat(notificationKinds(author.accountId())).contains("MODERATION_APPEAL_OVERTURN");
    }

    @Test
    void a_placeholder_moved_by_a_later_edit_is_not_mistaken_for_the_one_the_redaction_put_in() {
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        AccountPrincipal author = fixtures.account();
        long commentId = comment(id, author, Alignment.AGAINST, "Kees liegt.");
        long actionId = as(
                actor,
                () -> actions.redact(
                        ContentRef.comment(commentId), Redaction.of("Kees"), Decision.of(ModerationReason.PRIVACY, 0)));
        int version = dsl().select(COMMENT.VERSION)
                .from(COMMENT)
                .where(COMMENT.ID.eq(commentId))
                .fetchOne()
                .value1();
        as(author, () -> {
            comments.editComment(new CommentEdit(commentId, version, "Echt: [verwijderd] liegt.", false));
            return null;
        });
        assertThat(decide(appeal(author, actionId), AppealDecision.OVERTURN))
                .isEqualTo(AppealOutcome.OVERTURNED_TEXT_NOT_RESTORED);
        assertThat(commentBody(commentId)).isEqualTo("Echt: [verwijderd] liegt.");
    }

    @Test
    void after_six_weeks_nobody_may_appeal_and_the_fragment_is_erased_unless_an_open_appeal_needs_it() {
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        AccountPrincipal author = fixtures.account();
        long lapsed = comment(id, author, Alignment.AGAINST, "Kees Visser liegt.");
        long appealed = comment(id, author, Alignment.AGAINST, "Kees Visser liegt echt.");
        long recent = comment(id, author, Alignment.AGAINST, "Kees Visser liegt altijd.");
        long lapsedAction = redact(lapsed);
        long appealedAction = redact(appealed);
        long recentAction = redact(recent);
        AuthorDecision fresh = as(author, () -> appeals.decision(recentAction));
        assertThat(fresh.appealable()).isTrue();
        assertThat(fresh.appealUntil()).isEqualTo(fresh.actedAt().plus(AppealService.APPEAL_PERIOD));
        long appealId = appeal(author, appealedAction);
        for (long actionId : new long[] {lapsedAction, appealedAction}) {
            dsl().update(MODERATION_ACTION)
                    .set(
                            MODERATION_ACTION.ACTED_AT,
                            clock.instant().minus(AppealService.APPEAL_PERIOD).minusSeconds(1))
                    .where(MODERATION_ACTION.ID.eq(actionId))
                    .execute();
        }

        assertThat(as(author, () -> appeals.decision(lapsedAction)).appealable())
                .isFalse();
        assertRefused(() -> appeal(author, lapsedAction), "text", "moderation.error.appeal-period-over");
        retention.run();

        assertThat(kept(lapsedAction).intoArray()).containsOnlyNulls();
        assertThat(kept(appealedAction).value1()).isEqualTo("Kees Visser");
        assertThat(kept(recentAction).value1()).isEqualTo("Kees Visser");
        assertThat(decide(appealId, AppealDecision.OVERTURN)).isEqualTo(AppealOutcome.OVERTURNED);
        assertThat(commentBody(appealed)).isEqualTo("Kees Visser liegt echt.");
        assertThat(commentBody(lapsed)).isEqualTo("[verwijderd] liegt.");
    }

    private long redact(long commentId) {
        return as(
                actor,
                () -> actions.redact(
                        ContentRef.comment(commentId),
                        Redaction.of("Kees Visser"),
                        Decision.of(ModerationReason.PRIVACY, 0)));
    }
}
