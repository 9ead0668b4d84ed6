package nl.raadsplein.account;

import static nl.raadsplein.jooq.Tables.LOGIN_FAILURE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: five failures for one address within a minute close that address for five
 * minutes; twenty failures from one client within a minute close that client for five minutes. Attempts while
 * closed are refused unchecked and not counted, so a closed door opens again on time.
 */
@Component
class LoginThrottle {

    static final int FAILURES_PER_EMAIL = 5;
    static final int FAILURES_PER_CLIENT = 20;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final Duration LOCK = Duration.ofMinutes(5);
    /** How far back the throttle reads failures: keeping them any shorter would open its doors early. */
    static final Duration LOOK_BACK = WINDOW.plus(LOCK);

    private final DSLContext dsl;
    private final Clock clock;
    private final Duration keep;

    LoginThrottle(DSLContext dsl, Clock clock, RetentionProperties retention) {
        this.dsl = dsl;
        this.clock = clock;
        this.keep = retention.loginRecordsAfter();
    }

    /** How long this address or client must still wait, if at all. */
    @Transactional(readOnly = true)
    Optional<Duration> waitFor(String email, String clientIp) {
        Instant now = clock.instant();
        Instant until = max(
                lockedUntil(LOGIN_FAILURE.EMAIL, email, FAILURES_PER_EMAIL, now),
                lockedUntil(LOGIN_FAILURE.CLIENT_IP, clientIp, FAILURES_PER_CLIENT, now));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    @Transactional
    void recordFailure(String email, String clientIp) {
        Instant now = clock.instant();
        forgetBefore(now.minus(keep));
        dsl.insertInto(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.EMAIL, email)
                .set(LOGIN_FAILURE.CLIENT_IP, clientIp)
                .set(LOGIN_FAILURE.FAILED_AT, now)
                .execute();
    }

    /** Forgets the failures for an address, after its owner proved who they are. */
    @Transactional
    void forgive(String email) {
        dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.EMAIL.eq(email)).execute();
    }

    /** Removes the failures older than {@code before}; returns how many went. */
    @Transactional
    int forgetBefore(Instant before) {
        return dsl.deleteFrom(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.FAILED_AT.lt(before))
                .execute();
    }

    // The lock starts at the failure that completed a run of `limit` failures within the window.
    private @Nullable Instant lockedUntil(TableField<?, String> key, String value, int limit, Instant now) {
        List<Instant> failures = dsl.select(LOGIN_FAILURE.FAILED_AT)
                .from(LOGIN_FAILURE)
                .where(DSL.field(key).eq(value))
                .and(LOGIN_FAILURE.FAILED_AT.gt(now.minus(LOOK_BACK)))
                .orderBy(LOGIN_FAILURE.FAILED_AT)
                .fetch(Record1::value1);
        Instant until = null;
        for (int i = limit - 1; i < failures.size(); i++) {
            if (!failures.get(i).isAfter(failures.get(i - limit + 1).plus(WINDOW))) {
                until = failures.get(i).plus(LOCK);
            }
        }
        return until;
    }

    private static @Nullable Instant max(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
