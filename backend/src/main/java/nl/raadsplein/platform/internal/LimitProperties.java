package nl.raadsplein.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one person may do in an hour, under {@code raadsplein.limits.*} (issue 10, ADR 24). Each is a burst of
 * that many, refilled evenly over the hour: 5 proposals at once, then one every 12 minutes.
 *
 * @param mailsPerAddress mails of one kind (confirmation, reset, invitation) to one address
 * @param mailsPerNetwork mails of one kind asked for from one client network (IPv6 by /64)
 * @param proposals proposals one account submits
 * @param comments comments and replies one account posts
 * @param reports reports one account makes
 * @param statements statements one account adds to value discussions
 */
@ConfigurationProperties("raadsplein.limits")
public record LimitProperties(
        @DefaultValue("3") int mailsPerAddress,
        @DefaultValue("20") int mailsPerNetwork,
        @DefaultValue("5") int proposals,
        @DefaultValue("30") int comments,
        @DefaultValue("20") int reports,
        @DefaultValue("20") int statements) {

    public LimitProperties {
        if (mailsPerAddress < 1
                || mailsPerNetwork < 1
                || proposals < 1
                || comments < 1
                || reports < 1
                || statements < 1) {
            throw new IllegalArgumentException("every raadsplein.limits.* must be 1 or more");
        }
    }
}
