package nl.raadsplein.moderation;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class QueueTest extends ModerationTestBase {

    @Autowired
    ConsultationService consultations;

    @Test
    void the_queue_sorts_by_most_reported_or_oldest_and_pages_in_one_statement() {
        long consultation = consultation(hiding(100, 7, false));
        AccountPrincipal author = fixtures.account();
        long a = proposal(consultation, author);
        long b = proposal(consultation, fixtures.account());
        long commentId = comment(b, fixtures.account(), Alignment.AGAINST, "Onzin, echt onzin.");
        report(fixtures.account(), ContentRef.proposal(a), ReportReason.SPAM);
        clock.advance(Duration.ofSeconds(1));
        residents(3, 0, false).forEach(r -> report(r, ContentRef.comment(commentId), ReportReason.OFFENSIVE));
        clock.advance(Duration.ofSeconds(1));
        residents(2, 0, false).forEach(r -> report(r, ContentRef.profile(author.accountId()), ReportReason.OFFENSIVE));
        AccountPrincipal griffier = griffier();
        List<QueueItem> mostReported =
                as(griffier, () -> moderationQueue.queue(QueueSort.MOST_REPORTED, consultation, 0, 10));
        assertThat(mostReported)
                .extracting(QueueItem::content)
                .containsExactly(ContentRef.comment(commentId), ContentRef.proposal(a));
        QueueItem commentRow = mostReported.getFirst();
        assertThat(commentRow.context()).isEqualTo("Voorstel over cameras");
        assertThat(commentRow.text()).isEqualTo("Onzin, echt onzin.");
        assertThat(commentRow.proposalId()).isEqualTo(b);
        assertThat(commentRow.consultationId()).isEqualTo(consultation);
        assertThat(commentRow.consultationTitle()).startsWith("Raadpleging");
        assertThat(commentRow.reportCount()).isEqualTo(3);
        assertThat(as(griffier, () -> moderationQueue.queue(QueueSort.OLDEST, consultation, 0, 10)))
                .extracting(QueueItem::content)
                .containsExactly(ContentRef.proposal(a), ContentRef.comment(commentId));
        assertThat(as(griffier, () -> moderationQueue.countQueue(consultation))).isEqualTo(2);
        assertThat(as(griffier, () -> moderationQueue.queue(QueueSort.OLDEST, consultation, 1, 1)))
                .extracting(QueueItem::content)
                .containsExactly(ContentRef.comment(commentId));
        QueueItem profileRow = as(
                griffier,
                () -> moderationQueue
                        .item(ContentRef.profile(author.accountId()))
                        .item());
        assertThat(profileRow.context()).isEqualTo(author.displayName());
        assertThat(profileRow.text()).isNull();
        assertThat(profileRow.consultationId()).isNull();

        for (int pageSize : new int[] {1, 50, 500}) {
            var counted = StatementCounter.during(
                    () -> as(griffier, () -> moderationQueue.queue(QueueSort.MOST_REPORTED, null, 0, pageSize)));
            assertThat(counted.statements()).as("page of %d", pageSize).hasSize(1);
        }
    }

    @Test
    void an_item_offers_the_actions_its_state_allows() {
        long consultation = consultation(hiding(5, 7, false));
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation, author);
        ContentRef comment = ContentRef.comment(comment(id, author, Alignment.FOR, "Een gewone reactie."));
        report(fixtures.account(), comment, ReportReason.OFF_TOPIC);
        AccountPrincipal griffier = griffier();
        assertThat(applicable(griffier, comment))
                .containsExactly(
                        ModerationAction.HIDE,
                        ModerationAction.DISMISS,
                        ModerationAction.REDACT,
                        ModerationAction.BLOCK_AUTHOR);

        as(griffier, () -> actions.hide(comment, Decision.of(ModerationReason.OFF_TOPIC, version(griffier, comment))));
        assertThat(applicable(griffier, comment))
                .containsExactly(
                        ModerationAction.RESTORE,
                        ModerationAction.DISMISS,
                        ModerationAction.REDACT,
                        ModerationAction.BLOCK_AUTHOR);

        // A profile without text has nothing to hide, restore or approve; its author can be blocked, then unblocked.
        ContentRef profile = ContentRef.profile(author.accountId());
        report(fixtures.account(), profile, ReportReason.OFFENSIVE);
        assertThat(applicable(griffier, profile))
                .containsExactly(ModerationAction.DISMISS, ModerationAction.REDACT, ModerationAction.BLOCK_AUTHOR);
        as(
                griffier,
                () -> actions.blockAuthor(
                        profile,
                        new Block(
                                ModerationReason.OFFENSIVE,
                                "Scheldt iedereen uit die reageert.",
                                false,
                                version(griffier, profile))));
        assertThat(applicable(griffier, comment)).endsWith(ModerationAction.UNBLOCK);

        // A griffier's report hides the item pending review: the hide that confirms it is offered with the rest.
        ContentRef other = ContentRef.proposal(proposal(consultation, fixtures.account()));
        report(griffier(), other, ReportReason.SPAM);
        assertThat(applicable(griffier, other))
                .containsExactly(
                        ModerationAction.HIDE,
                        ModerationAction.RESTORE,
                        ModerationAction.DISMISS,
                        ModerationAction.REDACT,
                        ModerationAction.BLOCK_AUTHOR);

        ContentRef waiting = ContentRef.proposal(proposal(consultation(hiding(5, 7, true)), fixtures.account()));
        assertThat(applicable(griffier, waiting))
                .containsExactly(
                        ModerationAction.HIDE,
                        ModerationAction.APPROVE,
                        ModerationAction.DISMISS,
                        ModerationAction.REDACT,
                        ModerationAction.BLOCK_AUTHOR);
    }

    private List<ModerationAction> applicable(AccountPrincipal griffier, ContentRef content) {
        return as(griffier, () -> moderationQueue.item(content).applicable());
    }

    @Test
    void the_public_log_shows_what_was_done_never_the_content_or_who() {
        long consultation = consultation(hiding(5, 7, false));
        AccountPrincipal author = fixtures.account();
        long id = proposal(consultation, author);
        report(fixtures.account(), ContentRef.proposal(id), ReportReason.PERSONAL_DATA);
        AccountPrincipal griffier = griffier();
        as(
                griffier,
                () -> actions.hide(
                        ContentRef.proposal(id),
                        new Decision(ModerationReason.PRIVACY, "Geheim adres Dorpsstraat 1", 0)));
        PublicLogEntry entry = publicLog.publicLog(0, 1).getFirst();
        assertThat(entry.type()).isEqualTo(ContentType.PROPOSAL);
        assertThat(entry.consultationId()).isEqualTo(consultation);
        assertThat(entry.action()).isEqualTo(ModerationAction.HIDE);
        assertThat(entry.reason()).isEqualTo(ModerationReason.PRIVACY);
        assertThat(entry.toString())
                .doesNotContain("Dorpsstraat")
                .doesNotContain(author.displayName())
                .doesNotContain(griffier.displayName());
        assertThat(publicLog.countPublicLog()).isPositive();
        assertThat(publicLog.monthlyCounts()).anySatisfy(m -> {
            assertThat(m.action()).isEqualTo(ModerationAction.HIDE);
            assertThat(m.reason()).isEqualTo(ModerationReason.PRIVACY);
            assertThat(m.count()).isPositive();
        });
    }

    @Test
    void rules_of_conduct_default_to_the_platform_text_until_the_griffie_writes_their_own() {
        long consultation = consultation(hiding(5, 7, false));
        ConductRules rules = conductRules.conductRules(consultation, Locale.forLanguageTag("nl"));
        assertThat(rules.platformDefault()).isTrue();
        assertThat(rules.consultationId()).isEqualTo(consultation);
        assertThat(rules.text())
                .startsWith("Raadsplein is er om samen over de gemeente te praten.")
                .contains("\n- Wees beleefd");
        assertThat(conductRules.conductRules(null, Locale.ENGLISH).text())
                .startsWith("Raadsplein is for talking together about the municipality.");
        as(
                griffier(),
                () -> consultations.setConductRules(
                        consultation,
                        "Wees aardig <script>alert(1)</script>",
                        consultations.consultation(consultation).version()));
        ConductRules own = conductRules.conductRules(consultation, Locale.ENGLISH);
        assertThat(own.platformDefault()).isFalse();
        assertThat(own.text()).isEqualTo("Wees aardig <script>alert(1)</script>");
        assertThat(consultations.consultation(consultation).settings().reportsToHide())
                .isEqualTo(5);
    }

    @Test
    void the_rules_of_a_consultation_that_does_not_exist_are_not_found() {
        assertThatThrownBy(() -> conductRules.conductRules(Long.MAX_VALUE, Locale.ENGLISH))
                .isInstanceOf(NoSuchItemException.class);
    }
}
