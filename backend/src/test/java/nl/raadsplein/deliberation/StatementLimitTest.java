package nl.raadsplein.deliberation;

import static nl.raadsplein.deliberation.DiscussionFramingTest.assertRefused;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.platform.internal.LimitProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Adding statements is limited per account (ADR 24); a refused statement is not stored. */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class StatementLimitTest {

    @Autowired
    StatementService statements;

    @Autowired
    DeliberationFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    LimitProperties limits;

    @Test
    void the_twenty_first_statement_within_the_hour_is_refused_and_another_account_still_adds() {
        assertThat(limits.statements()).isEqualTo(20);
        long id = fixtures.open();
        AccountPrincipal sandra = fixtures.account();
        for (int i = 0; i < 20; i++) {
            String text = "Stelling nummer " + i + " over camera’s in de straat";
            as(sandra, () -> statements.add(new StatementSubmission(id, text, false)));
        }
        int before = fixtures.counters(id).statements();

        assertRefused(
                () -> as(sandra, () -> statements.add(new StatementSubmission(id, "Nog een stelling", false))),
                "text",
                "error.posting-limit.statement");
        assertThat(fixtures.counters(id).statements()).isEqualTo(before);

        as(fixtures.account(), () -> statements.add(new StatementSubmission(id, "Een stelling van een ander", false)));
        assertThat(fixtures.counters(id).statements()).isEqualTo(before + 1);
        clock.advance(Duration.ofMinutes(3));
        as(sandra, () -> statements.add(new StatementSubmission(id, "Nog een stelling", false)));
        assertThat(fixtures.counters(id).statements()).isEqualTo(before + 2);
    }
}
