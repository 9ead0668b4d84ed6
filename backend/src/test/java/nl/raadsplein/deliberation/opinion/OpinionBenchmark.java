package nl.raadsplein.deliberation.opinion;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.raadsplein.Benchmarks;
import nl.raadsplein.deliberation.Stance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a timed test: a harness that prints what a full recomputation of the opinion groups costs.
 *
 * <pre>
 * export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
 * mvn -B -pl jooq-gen,backend verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=OpinionBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx1g
 * </pre>
 *
 * Synthetic rooms of three camps: every participant votes on bench.votesPerParticipant (100) of
 * bench.statements (1,000) statements drawn at random, agreeing, disagreeing or passing by camp with some noise.
 * Sizes bench.participants (10,000 and 100,000: a million and ten million votes), bench.repeats (3). The peak
 * heap is that of the JVM's heap pools during the runs, input included; the CPU time is the computing thread's, which
 * is what the wall time would be on an otherwise idle machine (the maths runs on one thread).
 */
@Tag("benchmark")
class OpinionBenchmark {

    private static final int STATEMENTS = Integer.getInteger("bench.statements", 1_000);
    private static final int VOTES_PER_PARTICIPANT = Integer.getInteger("bench.votesPerParticipant", 100);
    private static final int REPEATS = Integer.getInteger("bench.repeats", 3);
    private static final String PARTICIPANTS = System.getProperty("bench.participants", "10000,100000");

    @Test
    void fullRecomputation() {
        for (String size : PARTICIPANTS.split(",")) {
            run(Integer.parseInt(size.strip()));
        }
    }

    private static void run(int participants) {
        List<ParticipantVote> votes = room(participants);
        OpinionModel model = OpinionAnalysis.analyse(OpinionInput.of(votes, 1));
        long[] nanos = new long[REPEATS];
        long[] cpu = new long[REPEATS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        for (int r = 0; r < REPEATS; r++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            model = OpinionAnalysis.analyse(OpinionInput.of(votes, 1));
            nanos[r] = System.nanoTime() - start;
            cpu[r] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        System.gc();
        long retained =
                Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                Locale.ROOT,
                "opinion groups: %,d participants x %,d statements, %,d votes: full recomputation median %.0f ms"
                        + " (runs %s ms; CPU time median %.0f ms), %d groups; heap peak %,d MiB of max %,d MiB, in"
                        + " use after the runs (votes and model) %,d MiB%n",
                participants,
                STATEMENTS,
                model.votes(),
                Benchmarks.medianMillis(nanos),
                Arrays.toString(Arrays.stream(nanos).map(n -> n / 1_000_000).toArray()),
                Benchmarks.medianMillis(cpu),
                model.k(),
                peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                retained >> 20);
    }

    static List<ParticipantVote> room(int participants) {
        SplittableRandom random = new SplittableRandom(42);
        int[] campOpinion = new int[3 * STATEMENTS];
        for (int i = 0; i < campOpinion.length; i++) {
            campOpinion[i] = random.nextInt(3);
        }
        List<ParticipantVote> votes = new ArrayList<>(participants * VOTES_PER_PARTICIPANT);
        for (int p = 0; p < participants; p++) {
            int camp = p % 3;
            for (int v = 0; v < VOTES_PER_PARTICIPANT; v++) {
                int statement = random.nextInt(STATEMENTS);
                int opinion =
                        random.nextDouble() < 0.8 ? campOpinion[camp * STATEMENTS + statement] : random.nextInt(3);
                votes.add(new ParticipantVote(p, statement, Stance.values()[opinion]));
            }
        }
        return votes;
    }
}
