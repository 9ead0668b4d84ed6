package nl.raadsplein.opendata.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import nl.raadsplein.platform.RecentBuckets;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * At most so many API requests a minute from one client address, refilled gradually; buckets are kept for the most
 * recently seen addresses only.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    static final int REMEMBERED_ADDRESSES = 10_000;

    private final int requestsPerMinute;
    private final MessageSource messages;
    private final JsonMapper json;
    private final RecentBuckets buckets = new RecentBuckets(REMEMBERED_ADDRESSES, this::newBucket);

    RateLimitFilter(int requestsPerMinute, MessageSource messages, JsonMapper json) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("raadsplein.api.requests-per-minute must be 1 or more");
        }
        this.requestsPerMinute = requestsPerMinute;
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = buckets.of(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(retryAfter));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String detail =
                messages.getMessage("opendata.rate-limited", new Object[] {retryAfter}, ApiProblems.localeOf(request));
        json.writeValue(response.getOutputStream(), new Problem("about:blank", "Too Many Requests", 429, detail));
    }

    /** The fields of RFC 9457 that a client needs here. */
    record Problem(String type, String title, int status, String detail) {}

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(requestsPerMinute)
                        .refillGreedy(requestsPerMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
