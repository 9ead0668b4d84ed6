package nl.raadsplein.account;

import java.time.Clock;
import java.util.Optional;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Downloading everything the platform holds on oneself (AVG articles 15 and 20, J8): a request is prepared in the
 * background ({@link DataExportWorker}); the ZIP then waits behind a link that works once, for its owner only,
 * for {@link DataExportWorker#VALIDITY}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class DataExportService {

    private final DataExportRepository exports;
    private final Clock clock;

    DataExportService(DataExportRepository exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    /**
     * Asks for a new download of the current account's data, replacing an earlier one; returns the secret of its
     * link, which is not kept (only its hash is) and so cannot be asked for again.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String request() {
        String token = SecretTokens.newToken();
        exports.request(Actor.currentAccountId(), SecretTokens.sha256(token), clock.instant());
        return token;
    }

    /** The current account's latest request, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<DataExportState> latest() {
        return exports.latest(Actor.currentAccountId());
    }

    /**
     * The ZIP behind the link with this token, for the account that asked for it, once, before it expires; any
     * other token is refused with {@code account.error.export-link-invalid}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public byte[] download(@Nullable String token) {
        if (token == null || !SecretTokens.plausible(token)) {
            throw new InvalidInputException("token", "account.error.export-link-invalid");
        }
        return exports.download(Actor.currentAccountId(), SecretTokens.sha256(token), clock.instant())
                .orElseThrow(() -> new InvalidInputException("token", "account.error.export-link-invalid"));
    }
}
