package nl.raadsplein.platform.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.ToIntFunction;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.ClientNetwork;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.RecentBuckets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Limits on what one person sets going (issue 10, ADR 24), as Bucket4j buckets in memory that read the application's
 * clock: mail to addresses a person may not own, per address and per client network, and posting, per account.
 * Checking and counting are one atomic step, so parallel requests cannot slip through together.
 */
@Component
@EnableConfigurationProperties(LimitProperties.class)
public class RateLimits {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);
    private static final Duration PERIOD = Duration.ofHours(1);
    private static final int REMEMBERED_KEYS = 50_000;

    /** Mail that a person's act sends to an address, perhaps someone else's. */
    public enum Mail {
        REGISTRATION,
        PASSWORD_RESET,
        INVITATION
    }

    /** What an account posts, with the refusal that says so. */
    public enum Post {
        PROPOSAL("error.posting-limit.proposal", LimitProperties::proposals),
        COMMENT("error.posting-limit.comment", LimitProperties::comments),
        REPORT("error.posting-limit.report", LimitProperties::reports),
        STATEMENT("error.posting-limit.statement", LimitProperties::statements);

        private final String messageKey;
        private final ToIntFunction<LimitProperties> perHour;

        Post(String messageKey, ToIntFunction<LimitProperties> perHour) {
            this.messageKey = messageKey;
            this.perHour = perHour;
        }
    }

    // By the kind's ordinal rather than in EnumMaps, whose get() NullAway would take for a possible null.
    private final RecentBuckets[] byAddress = new RecentBuckets[Mail.values().length];
    private final RecentBuckets[] byNetwork = new RecentBuckets[Mail.values().length];
    private final RecentBuckets[] byAccount = new RecentBuckets[Post.values().length];

    RateLimits(LimitProperties limits, Clock clock) {
        TimeMeter time = new ClockTime(clock);
        for (Mail kind : Mail.values()) {
            byAddress[kind.ordinal()] = buckets(limits.mailsPerAddress(), time);
            byNetwork[kind.ordinal()] = buckets(limits.mailsPerNetwork(), time);
        }
        for (Post kind : Post.values()) {
            byAccount[kind.ordinal()] = buckets(kind.perHour.applyAsInt(limits), time);
        }
    }

    /**
     * Whether a mail of this kind may go to this address, asked for from this client address; counts it when so.
     * A refusal is only logged: the caller answers as if the mail went, so that the limit tells nobody anything
     * about the address.
     */
    public boolean mayMail(Mail kind, String address, @Nullable String clientAddress) {
        String network = ClientNetwork.of(clientAddress);
        if (!byNetwork[kind.ordinal()].of(network).tryConsume(1)) {
            LOG.warn("Mail limit: no {} mail, too many asked for from network {}", kind, network);
            return false;
        }
        if (!byAddress[kind.ordinal()].of(address.toLowerCase(Locale.ROOT)).tryConsume(1)) {
            LOG.warn("Mail limit: no {} mail, too many to one address (asked for from network {})", kind, network);
            return false;
        }
        return true;
    }

    /**
     * Counts a post by the acting account, or refuses it on {@code field} with the minutes until the next one may go.
     * The griffie is not limited: it enters what residents hand in and posts as part of its work.
     */
    public void countPost(Post kind, Actor actor, String field) {
        if (actor.griffie()) {
            return;
        }
        ConsumptionProbe probe =
                byAccount[kind.ordinal()].of(Long.toString(actor.account())).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long minutes = Math.max(1, (probe.getNanosToWaitForRefill() + 59_999_999_999L) / 60_000_000_000L);
            throw new InvalidInputException(field, kind.messageKey, minutes);
        }
    }

    private static RecentBuckets buckets(int perHour, TimeMeter time) {
        return new RecentBuckets(
                REMEMBERED_KEYS,
                () -> Bucket.builder()
                        .withCustomTimePrecision(time)
                        .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, PERIOD))
                        .build());
    }

    /** The application's clock, which tests move forward, as Bucket4j reads time. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
