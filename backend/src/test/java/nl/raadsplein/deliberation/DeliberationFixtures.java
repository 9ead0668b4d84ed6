package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.NOTIFICATION;
import static nl.raadsplein.jooq.Tables.STATEMENT;
import static nl.raadsplein.jooq.Tables.STATEMENT_VOTE;
import static org.jooq.impl.DSL.field;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.proposal.ProposalFixtures;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.stereotype.Component;

/** Value discussions for the tests: framed by a councillor, published by a griffier, open now unless asked. */
@Component
class DeliberationFixtures {

    private final FramingService framing;
    private final ProposalFixtures accounts;
    private final DSLContext dsl;
    private final Clock clock;

    DeliberationFixtures(FramingService framing, ProposalFixtures accounts, DSLContext dsl, Clock clock) {
        this.framing = framing;
        this.accounts = accounts;
        this.dsl = dsl;
        this.clock = clock;
    }

    AccountPrincipal account(Role... roles) {
        return accounts.account(roles);
    }

    List<AccountPrincipal> accounts(int count) {
        return accounts.accounts(count);
    }

    void verify(long accountId) {
        accounts.verify(accountId);
    }

    DiscussionDraft draft(String question) {
        Instant now = clock.instant();
        return draft(question, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(14)), true, false);
    }

    DiscussionDraft draft(String question, Instant opens, Instant closes, boolean residentsMayAdd, boolean premod) {
        return new DiscussionDraft(
                question,
                "Platforms laten buren elkaar **beoordelen**.",
                List.of("3A.1", "3A.2"),
                null,
                List.of("privacy", "neighbourliness", "autonomy"),
                List.of(new Tradeoff(
                        "privacy",
                        "neighbourliness",
                        "Privacy tegenover nabuurschap: beoordelen helpt sommigen, anderen voelen zich bekeken.")),
                seeds(6),
                opens,
                closes,
                residentsMayAdd,
                premod,
                Eligibility.LOGGED_IN);
    }

    static List<String> seeds(int count) {
        List<String> seeds = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            seeds.add("Stelling nummer " + i + " over beoordelen van buren");
        }
        return seeds;
    }

    /** A published discussion framed by a new griffier from this draft. */
    long published(DiscussionDraft draft) {
        AccountPrincipal griffier = account(Role.GRIFFIER);
        return ProposalFixtures.as(griffier, () -> {
            long id = framing.create(draft);
            framing.publish(id);
            return id;
        });
    }

    long open() {
        return published(draft("Wat vinden we van beoordelen?"));
    }

    List<Long> statementIds(long discussionId) {
        return dsl.select(STATEMENT.ID)
                .from(STATEMENT)
                .where(STATEMENT.DISCUSSION_ID.eq(discussionId))
                .orderBy(STATEMENT.ID)
                .fetch(Record1::value1);
    }

    record Counters(int statements, int participants, int votes, boolean votesChanged) {}

    Counters counters(long discussionId) {
        return dsl.select(
                        DISCUSSION.STATEMENT_COUNT,
                        Tally.participants(),
                        Tally.votes(),
                        field(Tally.changes().gt(0L)))
                .from(DISCUSSION)
                .where(DISCUSSION.ID.eq(discussionId))
                .fetchSingle(r -> new Counters(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    int voteRows(long statementId) {
        return dsl.fetchCount(STATEMENT_VOTE, STATEMENT_VOTE.STATEMENT_ID.eq(statementId));
    }

    int[] statementCounts(long statementId) {
        return dsl.select(STATEMENT.AGREE_COUNT, STATEMENT.DISAGREE_COUNT, STATEMENT.PASS_COUNT)
                .from(STATEMENT)
                .where(STATEMENT.ID.eq(statementId))
                .fetchSingle(r -> new int[] {r.value1(), r.value2(), r.value3()});
    }

    StatementState state(long statementId) {
        return dsl.select(STATEMENT.STATE)
                .from(STATEMENT)
                .where(STATEMENT.ID.eq(statementId))
                .fetchSingle()
                .value1();
    }

    List<String> notificationLinks(long accountId) {
        return dsl.select(NOTIFICATION.LINK)
                .from(NOTIFICATION)
                .where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                .fetch(Record1::value1);
    }

    int discussionCount() {
        return dsl.fetchCount(DISCUSSION);
    }
}
