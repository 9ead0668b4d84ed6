package nl.raadsplein.opendata;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open-data bundle: anyone downloads the latest and the 30 before it; the griffie has one made now (besides
 * the nightly one) and follows its progress. {@link BundleWorker} prepares them in the background.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class OpenDataBundleService {

    private final BundleRepository bundles;
    private final OpenDataProperties settings;
    private final Clock clock;

    OpenDataBundleService(BundleRepository bundles, OpenDataProperties settings, Clock clock) {
        this.bundles = bundles;
        this.settings = settings;
        this.clock = clock;
    }

    /** Asks for a bundle now; while one is being prepared, that one is the answer. Returns its id. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public long prepareNow() {
        return bundles.request(Actor.currentAccountId(), clock.instant());
    }

    /** The bundle being prepared, or the last request if it failed; empty when the latest is ready. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<BundlePreparation> preparation() {
        return bundles.latestUnfinished();
    }

    /** The ready bundles, newest first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<BundleInfo> bundles() {
        return bundles.ready(settings.kept());
    }

    /** A ready bundle's ZIP; empty for one that is not (or no longer) there. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> content(long id) {
        return bundles.content(id);
    }

    /** The licence the bundles are published under. */
    @PreAuthorize("permitAll()")
    public Licence licence() {
        return settings.licence();
    }
}
