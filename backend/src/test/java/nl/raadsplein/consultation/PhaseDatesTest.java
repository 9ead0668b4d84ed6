package nl.raadsplein.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PhaseDatesTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    private static final PhaseDates DATES = new PhaseDates(
            START,
            START.plus(Duration.ofDays(7)),
            START.plus(Duration.ofDays(21)),
            START.plus(Duration.ofDays(35)),
            START.plus(Duration.ofDays(49)));

    @Test
    void each_phase_ends_when_the_next_one_starts_and_closed_ones_never_end() {
        for (Phase phase : Phase.values()) {
            Instant end = DATES.endOf(phase);
            if (phase == Phase.CLOSED || phase == Phase.OUTCOME_PUBLISHED) {
                assertThat(end).as(phase.name()).isNull();
            } else {
                assertThat(end).as(phase.name()).isNotNull();
                assertThat(DATES.phaseAt(end.minusMillis(1), false))
                        .as(phase.name())
                        .isEqualTo(phase);
                assertThat(DATES.phaseAt(end, false)).as(phase.name()).isNotEqualTo(phase);
            }
        }
    }
}
