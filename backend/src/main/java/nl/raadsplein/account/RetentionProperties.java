package nl.raadsplein.account;

import java.time.Duration;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the platform keeps what it no longer needs, under {@code raadsplein.retention.*} (ADR 19).
 *
 * @param inactiveAfter an account nobody logged in to for this long is deleted, after the warnings
 * @param warnings how long before the deletion each warning is mailed, at least one
 * @param unconfirmedAfter an account whose address was never confirmed is deleted this long after it was made,
 *     without mail: the address was never proven to be its owner's
 * @param loginRecordsAfter failed-login counters (per address tried, per client network) and used or expired tokens
 *     are removed this long after their last use; at least what the login throttle looks back over. Device cookies
 *     go a year after their last login (ADR 22).
 */
@ConfigurationProperties("raadsplein.retention")
public record RetentionProperties(
        @DefaultValue("P2Y") Period inactiveAfter,
        @DefaultValue({"P30D", "P7D"}) List<Duration> warnings,
        @DefaultValue("P30D") Duration unconfirmedAfter,
        @DefaultValue("PT1H") Duration loginRecordsAfter) {

    public RetentionProperties {
        if (inactiveAfter.isNegative() || inactiveAfter.isZero()) {
            throw new IllegalArgumentException("raadsplein.retention.inactive-after must be positive");
        }
        if (warnings.isEmpty() || warnings.stream().anyMatch(w -> w.isNegative() || w.isZero())) {
            throw new IllegalArgumentException("raadsplein.retention.warnings needs at least one positive period");
        }
        if (!unconfirmedAfter.isPositive()) {
            throw new IllegalArgumentException("raadsplein.retention.unconfirmed-after must be positive");
        }
        if (loginRecordsAfter.compareTo(LoginThrottle.LOOK_BACK) < 0) {
            throw new IllegalArgumentException(
                    "raadsplein.retention.login-records-after must be at least " + LoginThrottle.LOOK_BACK);
        }
        // The first warning is the earliest; the order they were written in does not matter.
        warnings =
                warnings.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }
}
