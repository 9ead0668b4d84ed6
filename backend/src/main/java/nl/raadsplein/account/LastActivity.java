package nl.raadsplein.account;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records a successful login, which keeps an account from deletion for inactivity (ADR 19). */
@Component
class LastActivity {

    private final RetentionRepository retention;
    private final Clock clock;

    LastActivity(RetentionRepository retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Transactional
    void loggedIn(long accountId) {
        retention.loggedIn(accountId, clock.instant());
    }
}
