package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.STATEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.deliberation.opinion.OpinionModel;
import nl.raadsplein.proposal.ProposalFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class OpinionRecomputationTest {

    @Autowired
    OpinionRecomputation recomputation;

    @Autowired
    OpinionRunRepository runs;

    @Autowired
    OpinionModels models;

    @Autowired
    DiscussionFixtures discussions;

    @Autowired
    ProposalFixtures accounts;

    @Autowired
    MutableClock clock;

    long discussion;
    List<Long> participants;
    List<Long> statements;

    @BeforeEach
    void twoCamps() {
        discussion = discussions.discussion(accounts.account().accountId(), "Camera's?", Duration.ofDays(10));
        participants = discussions.participants(discussion, 20);
        statements = discussions.statements(discussion, 7);
        discussions.twoCamps(discussion, participants, statements);
    }

    OpinionModel stored() {
        OpinionModel model = models.read(runs.stored(discussion).model());
        assertThat(model).isNotNull();
        return model;
    }

    @Test
    void the_sweep_stores_a_model_of_the_votes_with_the_moment_it_was_computed() {
        recomputation.sweep();

        assertThat(discussions.runCount(discussion)).isEqualTo(1);
        assertThat(runs.stored(discussion).computedAt())
                .isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
        OpinionModel model = stored();
        assertThat(model.votes()).isEqualTo(20 * 7);
        assertThat(model.participants()).isEqualTo(20);
        // Six statements split the two camps and lie out on the map; the last, which everyone agrees with, in the
        // centre.
        List<Double> extremities = discussions
                .dsl()
                .select(STATEMENT.EXTREMITY)
                .from(STATEMENT)
                .where(STATEMENT.DISCUSSION_ID.eq(discussion))
                .orderBy(STATEMENT.ID)
                .fetch(STATEMENT.EXTREMITY);
        assertThat(extremities.subList(0, 6)).allSatisfy(e -> assertThat(e).isGreaterThan(0.5));
        assertThat(extremities.getLast()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void a_new_vote_brings_a_new_run_once_the_minimum_gap_has_passed() {
        recomputation.sweep();
        clock.advance(Duration.ofSeconds(1));
        long extra = discussions.participant(discussion, null);
        discussions.vote(discussion, extra, statements.getFirst(), Stance.AGREE);

        recomputation.sweep();
        assertThat(discussions.runCount(discussion))
                .as("too soon after the last run")
                .isEqualTo(1);

        clock.advance(Duration.ofSeconds(5));
        recomputation.sweep();
        assertThat(discussions.runCount(discussion)).isEqualTo(2);
        assertThat(stored().votes()).isEqualTo(20 * 7 + 1);
    }

    @Test
    void nothing_runs_when_no_vote_changed() {
        recomputation.sweep();
        clock.advance(Duration.ofMinutes(1));

        recomputation.sweep();

        assertThat(discussions.runCount(discussion)).isEqualTo(1);
    }

    @Test
    void hidden_statements_are_left_out_of_the_maths() {
        discussions.hide(statements.getFirst());

        recomputation.recompute(discussion);

        OpinionModel model = stored();
        assertThat(model.statements())
                .extracting(OpinionModel.StatementFigures::statement)
                .doesNotContain(statements.getFirst())
                .contains(statements.get(1));
        assertThat(model.votes()).isEqualTo(20 * 6);
    }

    @Test
    void a_discussion_held_by_another_run_is_left_alone_until_that_claim_lapses() {
        discussions.claimElsewhere(discussion, Duration.ofMinutes(1));

        assertThat(recomputation.recompute(discussion)).isFalse();
        recomputation.sweep();
        assertThat(discussions.runCount(discussion)).isZero();

        clock.advance(Duration.ofMinutes(2));
        assertThat(recomputation.recompute(discussion)).isTrue();
        assertThat(discussions.runCount(discussion)).isEqualTo(1);
    }
}
