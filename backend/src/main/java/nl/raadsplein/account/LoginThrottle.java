package nl.raadsplein.account;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.DEVICE_COOKIE;
import static nl.raadsplein.jooq.Tables.LOGIN_THROTTLE;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.raadsplein.platform.ClientNetwork;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting a stranger lock the owner out (ADR 22). A browser with a valid device
 * cookie for the address is throttled by that cookie's failures only. Any other attempt is throttled per address
 * tried and per client network (an IPv4 address, an IPv6 /64). Five failures of an address or a device cookie within
 * a minute close it for five minutes, twenty of a network close that network; attempts while closed are refused
 * unchecked and not counted, so a closed door opens again on time.
 *
 * <p>Every attempt is counted before its password is checked, under the lock of its counters' rows, and uncounted
 * when it succeeds: of any number of parallel attempts, no more pass than the limit allows.
 */
@Component
class LoginThrottle {

    static final int FAILURES_PER_EMAIL = 5;
    static final int FAILURES_PER_NETWORK = 20;
    static final int FAILURES_PER_DEVICE = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final Duration LOCK = Duration.ofMinutes(5);
    /** How long a counter matters after its last failure: keeping it any shorter would open its doors early. */
    static final Duration LOOK_BACK = WINDOW.plus(LOCK);

    private static final String ADDRESS = "address:";
    private static final String NETWORK = "network:";

    private final DSLContext dsl;
    private final Clock clock;

    LoginThrottle(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The outcome of {@link #count}: refused unchecked, or counted and to be checked. */
    sealed interface Attempt {}

    /** Refused without checking the password; the door opens after {@code retryAfter}. */
    record Refused(Duration retryAfter) implements Attempt {}

    /** Counted as a failure until {@link #succeeded} uncounts it; from a trusted browser when the hash is set. */
    record Counted(List<String> keys, @Nullable String deviceCookieHash) implements Attempt {}

    /**
     * Counts a login attempt, or refuses it while the browser's device cookie, or else the address or the client's
     * network, is closed. The counters stay locked until the caller's transaction ends.
     */
    @Transactional
    Attempt count(String email, String clientIp, @Nullable String deviceCookie) {
        Instant now = clock.instant();
        Optional<String> trusted = trustedDevice(email, deviceCookie, now);
        Optional<Counter> device = trusted.flatMap(this::lockDevice);
        if (device.isPresent()) {
            return countDevice(trusted.get(), device.get(), now);
        }
        Map<String, Integer> limits = new TreeMap<>(Map.of(
                ADDRESS + email, FAILURES_PER_EMAIL,
                NETWORK + ClientNetwork.of(clientIp), FAILURES_PER_NETWORK));
        // Rows are created and locked in key order, so two attempts never wait for each other crosswise.
        InsertValuesStep3<?, String, Instant, Integer> insert = dsl.insertInto(
                LOGIN_THROTTLE, LOGIN_THROTTLE.THROTTLE_KEY, LOGIN_THROTTLE.WINDOW_START, LOGIN_THROTTLE.FAILURES);
        limits.keySet().forEach(key -> insert.values(key, now, 0));
        insert.onDuplicateKeyUpdate()
                .set(LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.FAILURES)
                .execute();
        Map<String, Counter> counters = dsl.select(
                        LOGIN_THROTTLE.THROTTLE_KEY,
                        LOGIN_THROTTLE.WINDOW_START,
                        LOGIN_THROTTLE.FAILURES,
                        LOGIN_THROTTLE.LAST_FAILURE_AT)
                .from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.THROTTLE_KEY.in(limits.keySet()))
                .orderBy(LOGIN_THROTTLE.THROTTLE_KEY)
                .forUpdate()
                .fetchMap(LOGIN_THROTTLE.THROTTLE_KEY, r -> new Counter(r.value2(), r.value3(), r.value4()));
        Instant until = null;
        for (Map.Entry<String, Integer> limit : limits.entrySet()) {
            until = later(until, locked(counters, limit.getKey()).lockedUntil(limit.getValue(), now));
        }
        if (until != null) {
            return new Refused(Duration.between(now, until));
        }
        for (Map.Entry<String, Integer> limit : limits.entrySet()) {
            Counter next = locked(counters, limit.getKey()).counted(limit.getValue(), now);
            dsl.update(LOGIN_THROTTLE)
                    .set(LOGIN_THROTTLE.WINDOW_START, next.windowStart())
                    .set(LOGIN_THROTTLE.FAILURES, next.failures())
                    .set(LOGIN_THROTTLE.LAST_FAILURE_AT, next.lastFailureAt())
                    .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(limit.getKey()))
                    .execute();
        }
        return new Counted(List.copyOf(limits.keySet()), null);
    }

    /** Uncounts an attempt whose password was right. */
    @Transactional
    void succeeded(Counted attempt) {
        if (attempt.deviceCookieHash() != null) {
            dsl.update(DEVICE_COOKIE)
                    .set(DEVICE_COOKIE.FAILURES, greatest(DEVICE_COOKIE.FAILURES.minus(1), inline(0)))
                    .where(DEVICE_COOKIE.TOKEN_HASH.eq(attempt.deviceCookieHash()))
                    .execute();
        }
        if (!attempt.keys().isEmpty()) {
            dsl.update(LOGIN_THROTTLE)
                    .set(LOGIN_THROTTLE.FAILURES, greatest(LOGIN_THROTTLE.FAILURES.minus(1), inline(0)))
                    .where(LOGIN_THROTTLE.THROTTLE_KEY.in(attempt.keys()))
                    .execute();
        }
    }

    /** Forgets the failures for an address, after its owner proved who they are. */
    @Transactional
    void forgive(String email) {
        dsl.deleteFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(ADDRESS + email))
                .execute();
    }

    /** Removes the counters whose last failure (or window) began before {@code before}; returns how many went. */
    @Transactional
    int forgetBefore(Instant before) {
        return dsl.deleteFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.LAST_FAILURE_AT.lt(before))
                .or(LOGIN_THROTTLE.LAST_FAILURE_AT.isNull().and(LOGIN_THROTTLE.WINDOW_START.lt(before)))
                .execute();
    }

    /** The key of the counter an address has, for the owner's data and its erasure. */
    static String addressKey(String email) {
        return ADDRESS + email;
    }

    // Only a cookie issued to the account of exactly this address, and used within its lifetime, is trusted.
    private Optional<String> trustedDevice(String email, @Nullable String deviceCookie, Instant now) {
        if (deviceCookie == null || !SecretTokens.plausible(deviceCookie)) {
            return Optional.empty();
        }
        return dsl.select(DEVICE_COOKIE.TOKEN_HASH)
                .from(DEVICE_COOKIE)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(DEVICE_COOKIE.ACCOUNT_ID))
                .where(DEVICE_COOKIE.TOKEN_HASH.eq(SecretTokens.sha256(deviceCookie)))
                .and(ACCOUNT.EMAIL.eq(email))
                .and(ACCOUNT.DELETED_AT.isNull())
                .and(DEVICE_COOKIE.LAST_USED_AT.gt(now.minus(DeviceCookieService.LIFETIME)))
                .fetchOptional(DEVICE_COOKIE.TOKEN_HASH);
    }

    // Empty when the cookie was revoked since it was found: the attempt is then a stranger's.
    private Optional<Counter> lockDevice(String hash) {
        return dsl.select(DEVICE_COOKIE.WINDOW_START, DEVICE_COOKIE.FAILURES, DEVICE_COOKIE.LAST_FAILURE_AT)
                .from(DEVICE_COOKIE)
                .where(DEVICE_COOKIE.TOKEN_HASH.eq(hash))
                .forUpdate()
                .fetchOptional(mapping(Counter::new));
    }

    private Attempt countDevice(String hash, Counter counter, Instant now) {
        Instant until = counter.lockedUntil(FAILURES_PER_DEVICE, now);
        if (until != null) {
            return new Refused(Duration.between(now, until));
        }
        Counter next = counter.counted(FAILURES_PER_DEVICE, now);
        dsl.update(DEVICE_COOKIE)
                .set(DEVICE_COOKIE.WINDOW_START, next.windowStart())
                .set(DEVICE_COOKIE.FAILURES, next.failures())
                .set(DEVICE_COOKIE.LAST_FAILURE_AT, next.lastFailureAt())
                .where(DEVICE_COOKIE.TOKEN_HASH.eq(hash))
                .execute();
        return new Counted(List.of(), hash);
    }

    /** Failures in the window that began at {@code windowStart}; the last one starts the lock once they reach the limit. */
    private record Counter(
            Instant windowStart, int failures, @Nullable Instant lastFailureAt) {

        @Nullable
        Instant lockedUntil(int limit, Instant now) {
            if (failures < limit || lastFailureAt == null) {
                return null;
            }
            Instant until = lastFailureAt.plus(LOCK);
            return until.isAfter(now) ? until : null;
        }

        /** With one more failure, in a new window if the last one is over or its lock has passed. */
        Counter counted(int limit, Instant now) {
            boolean fresh = failures >= limit || !now.isBefore(windowStart.plus(WINDOW));
            return new Counter(fresh ? now : windowStart, (fresh ? 0 : failures) + 1, now);
        }
    }

    // The insert before the read made sure every row exists.
    private static Counter locked(Map<String, Counter> counters, String key) {
        return Objects.requireNonNull(counters.get(key), key);
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
