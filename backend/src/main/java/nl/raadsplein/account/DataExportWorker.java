package nl.raadsplein.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.platform.internal.PersonalDataExport;
import nl.raadsplein.platform.internal.PersonalDataTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prepares requested downloads in the background: claims a request (so that two instances never both prepare it),
 * asks each feature for its tables, moving the progress after each, and stores the ZIP. Content past its link's
 * validity is erased at night.
 */
@Component
class DataExportWorker {

    static final Duration VALIDITY = Duration.ofDays(7);
    /** How long a claim holds when its worker dies before finishing. */
    static final Duration LEASE = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(DataExportWorker.class);

    private final DataExportRepository exports;
    private final List<PersonalDataExport> sources;
    private final Clock clock;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;

    DataExportWorker(
            DataExportRepository exports,
            List<PersonalDataExport> sources,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.exports = exports;
        this.sources = sources;
        this.clock = clock;
        this.writes = new TransactionTemplate(transactions);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    @Scheduled(fixedDelayString = "${raadsplein.export.sweep-interval:PT2S}")
    void sweep() {
        Optional<DataExportRepository.Claimed> claimed;
        while ((claimed = claimNext()).isPresent()) {
            prepare(claimed.get());
        }
    }

    @Scheduled(cron = "${raadsplein.export.erase-cron:0 50 3 * * *}")
    void eraseExpired() {
        writes.executeWithoutResult(status -> exports.eraseExpired(clock.instant()));
    }

    private Optional<DataExportRepository.Claimed> claimNext() {
        Instant now = clock.instant();
        Optional<DataExportRepository.Claimed> claimed =
                writes.execute(status -> exports.claimNext(now, now.plus(LEASE)));
        return claimed == null ? Optional.empty() : claimed;
    }

    private void prepare(DataExportRepository.Claimed claimed) {
        try {
            List<PersonalDataTable> tables = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                PersonalDataExport source = sources.get(i);
                List<PersonalDataTable> part = reads.execute(status -> source.export(claimed.accountId()));
                tables.addAll(part == null ? List.of() : part);
                // The last tenth is writing and storing the ZIP.
                int percent = (i + 1) * 90 / sources.size();
                writes.executeWithoutResult(status -> exports.progress(claimed.id(), percent));
            }
            Instant now = clock.instant();
            byte[] zip = DataExportZip.write(now, tables);
            writes.executeWithoutResult(status -> exports.ready(claimed.id(), zip, now, now.plus(VALIDITY)));
        } catch (RuntimeException e) {
            LOG.error("Data export {} failed", claimed.id(), e);
            writes.executeWithoutResult(status -> exports.failed(claimed.id()));
        }
    }
}
