package nl.raadsplein.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Ends every session of an account that was authenticated before now, in the transaction of the act. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SessionEnding {

    private final AccountRepository repository;
    private final Clock clock;

    SessionEnding(AccountRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Returns the moment from which sessions are valid again; the column keeps microseconds, so does this. */
    Instant endSessionsOf(long accountId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        repository.setSessionsValidFrom(accountId, now);
        return now;
    }
}
