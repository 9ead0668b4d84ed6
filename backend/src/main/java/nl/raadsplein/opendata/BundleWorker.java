package nl.raadsplein.opendata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.deliberation.PolisExportService;
import nl.raadsplein.moderation.PublicLogEntry;
import nl.raadsplein.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prepares open-data bundles in the background: one every night, and those the griffie asks for. It reads as an
 * anonymous visitor through {@link OpenDataService}, page by page, so the bundle holds exactly what the site and the
 * API show the public; claims a request so that two instances never both prepare it, and moves the progress after
 * each dataset.
 */
@Component
class BundleWorker {

    /** How long a claim holds when its worker dies before finishing. */
    static final Duration LEASE = Duration.ofMinutes(30);

    private static final Logger LOG = LoggerFactory.getLogger(BundleWorker.class);
    private static final int PAGE = ApiPage.MAX_SIZE;

    private final BundleRepository bundles;
    private final OpenDataService openData;
    private final PolisExportService polis;
    private final OpenDataProperties settings;
    private final PlatformProperties platform;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate writes;

    BundleWorker(
            BundleRepository bundles,
            OpenDataService openData,
            PolisExportService polis,
            OpenDataProperties settings,
            PlatformProperties platform,
            MessageSource messages,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.bundles = bundles;
        this.openData = openData;
        this.polis = polis;
        this.settings = settings;
        this.platform = platform;
        this.messages = messages;
        this.clock = clock;
        this.writes = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${raadsplein.opendata.nightly-cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        writes.executeWithoutResult(status -> bundles.request(null, clock.instant()));
    }

    @Scheduled(fixedDelayString = "${raadsplein.opendata.sweep-interval:PT5S}")
    void sweep() {
        Optional<Long> claimed;
        while ((claimed = claimNext()).isPresent()) {
            long id = claimed.get();
            try {
                AccountProvisioning.asVisitor(() -> {
                    prepare(id);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.error("Open-data bundle {} failed", id, e);
                writes.executeWithoutResult(status -> bundles.failed(id));
            }
        }
    }

    private Optional<Long> claimNext() {
        Instant now = clock.instant();
        Optional<Long> claimed = writes.execute(status -> bundles.claimNext(now, now.plus(LEASE)));
        return claimed == null ? Optional.empty() : claimed;
    }

    private void prepare(long id) {
        List<BundleZip.Dataset> datasets = new ArrayList<>();
        List<ApiDiscussion> discussions = List.of();
        for (int i = 0; i < DATASETS.size(); i++) {
            Kind kind = DATASETS.get(i);
            List<? extends Record> items = all(page -> kind.read().apply(openData, page));
            datasets.add(new BundleZip.Dataset(kind.name(), kind.type(), items));
            if (kind.type() == ApiDiscussion.class) {
                discussions = items.stream().map(ApiDiscussion.class::cast).toList();
            }
            // The Pol.is exports take the next tenth, writing and storing the ZIP the last.
            int percent = (i + 1) * 80 / DATASETS.size();
            writes.executeWithoutResult(status -> bundles.progress(id, percent));
        }
        List<BundleZip.PolisExport> exports = discussions.stream()
                .map(discussion -> new BundleZip.PolisExport(discussion.id(), polis.polisZip(discussion.id())))
                .toList();
        writes.executeWithoutResult(status -> bundles.progress(id, 90));
        Instant now = clock.instant();
        byte[] zip = BundleZip.write(now, settings, platform.link("/"), datasets, exports, messages);
        writes.executeWithoutResult(status -> {
            bundles.ready(id, zip, BundleZip.sha512(zip), now);
            bundles.prune(settings.kept());
        });
    }

    private static List<? extends Record> all(Function<PageRequest, ApiPage<? extends Record>> read) {
        List<Record> items = new ArrayList<>();
        ApiPage<? extends Record> page;
        int number = 0;
        do {
            page = read.apply(new PageRequest(number++, PAGE));
            items.addAll(page.items());
        } while (!page.items().isEmpty() && items.size() < page.total());
        return items;
    }

    /** A dataset of the bundle: the name of its files and the type of its items. */
    /** A dataset of the bundle: the name of its files, the type of its items and how a page of them is read. */
    record Kind(
            String name,
            Class<? extends Record> type,
            BiFunction<OpenDataService, PageRequest, ApiPage<? extends Record>> read) {}

    /** The bundle's datasets, in the order of its files: every public list, unfiltered. */
    static final List<Kind> DATASETS = List.of(
            new Kind("themes", ApiTheme.class, OpenDataService::themes),
            new Kind("consultations", ApiConsultation.class, (data, page) -> data.consultations(ApiFilter.NONE, page)),
            new Kind("proposals", ApiProposal.class, (data, page) -> data.proposals(ApiFilter.NONE, null, page)),
            new Kind("comments", ApiComment.class, (data, page) -> data.comments(ApiFilter.NONE, null, page)),
            new Kind("discussions", ApiDiscussion.class, (data, page) -> data.discussions(ApiFilter.NONE, page)),
            new Kind("motions", ApiMotion.class, (data, page) -> data.motions(ApiFilter.NONE, page)),
            new Kind("meetings", ApiMeeting.class, (data, page) -> data.meetings(ApiFilter.NONE, page)),
            new Kind("moderation_log", PublicLogEntry.class, OpenDataService::moderationLog));
}
