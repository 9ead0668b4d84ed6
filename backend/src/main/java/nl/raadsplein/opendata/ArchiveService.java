package nl.raadsplein.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.raadsplein.consultation.Consultation;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.deliberation.PolisExportService;
import nl.raadsplein.moderation.PublicLogEntry;
import nl.raadsplein.moderation.PublicLogService;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.Zips;
import nl.raadsplein.platform.internal.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Archive exports (Archiefwet) of a closed consultation or value discussion, for the griffie: everything needed to
 * understand it later, in durable formats: the report as PDF/A, the data as CSV and JSON, the moderation decisions
 * about it (never the hidden content), metadata with the retention period, and SHA-512 checksums. Each export is
 * recorded in the audit log with the checksum of what was handed out.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class ArchiveService {

    private static final Locale DUTCH = Locale.of("nl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(DUTCH)
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final ParticipationReads participation;
    private final CouncilReads council;
    private final ConsultationService consultations;
    private final PublicLogService moderation;
    private final PolisExportService polis;
    private final AuditTrail audit;
    private final OpenDataProperties settings;
    private final MessageSource messages;
    private final Clock clock;

    ArchiveService(
            ParticipationReads participation,
            CouncilReads council,
            ConsultationService consultations,
            PublicLogService moderation,
            PolisExportService polis,
            AuditTrail audit,
            OpenDataProperties settings,
            MessageSource messages,
            Clock clock) {
        this.participation = participation;
        this.council = council;
        this.consultations = consultations;
        this.moderation = moderation;
        this.polis = polis;
        this.audit = audit;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** A closed consultation's archive; refused (on {@code consultation}) while it is still running. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public Archive consultation(long id) {
        Instant now = clock.instant();
        ApiConsultation consultation =
                participation.consultation(id, now).orElseThrow(() -> new NoSuchItemException("consultation " + id));
        if (consultation.phase() != Phase.CLOSED && consultation.phase() != Phase.OUTCOME_PUBLISHED) {
            throw new InvalidInputException("consultation", "opendata.archive.consultation-open");
        }
        Consultation details = consultations.consultation(id);
        List<ApiProposal> proposals = participation.proposals(ApiFilter.NONE, id, 0, Integer.MAX_VALUE);
        List<ApiComment> comments = participation.commentsInConsultation(id);
        List<PublicLogEntry> decisions = moderation.aboutConsultation(id);

        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> facts = facts(
                "opendata.archive.kind.consultation",
                id,
                consultation.title(),
                consultation.themes(),
                consultation.phases().informationFrom(),
                consultation.phases().closedFrom(),
                now);
        List<String> outcome =
                details.outcome() == null ? List.of(text("opendata.archive.no-outcome")) : List.of(details.outcome());
        List<String> listed = proposals.stream()
                .map(p -> text(
                        "opendata.archive.proposal-line",
                        p.id(),
                        p.title(),
                        p.state().name(),
                        p.supports(),
                        p.comments(),
                        p.answer() == null ? "-" : p.answer().name()))
                .toList();
        files.put(
                "report.pdf",
                ArchiveReport.write(
                        text("opendata.archive.consultation-title", consultation.title()),
                        consultation.summary(),
                        List.of(
                                new ArchiveReport.Section(text("opendata.archive.facts"), facts),
                                new ArchiveReport.Section(
                                        text("opendata.archive.summary"), List.of(consultation.summary())),
                                new ArchiveReport.Section(text("opendata.archive.outcome"), outcome),
                                new ArchiveReport.Section(
                                        text("opendata.archive.figures"),
                                        List.of(text(
                                                "opendata.archive.consultation-figures",
                                                proposals.size(),
                                                proposals.stream()
                                                        .mapToInt(ApiProposal::supports)
                                                        .sum(),
                                                comments.size(),
                                                decisions.size()))),
                                new ArchiveReport.Section(text("opendata.archive.proposals"), listed))));
        data(files, "consultation", ApiConsultation.class, List.of(consultation));
        data(files, "proposals", ApiProposal.class, proposals);
        data(files, "comments", ApiComment.class, comments);
        data(files, "moderation_decisions", PublicLogEntry.class, decisions);
        return finish("CONSULTATION", id, "raadpleging-" + id, consultation.title(), consultation.themes(), now, files);
    }

    /** A closed value discussion's archive; refused (on {@code discussion}) while it is open. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public Archive discussion(long id) {
        Instant now = clock.instant();
        ApiDiscussion discussion =
                council.discussion(id).orElseThrow(() -> new NoSuchItemException("discussion " + id));
        if (discussion.closes().isAfter(now)) {
            throw new InvalidInputException("discussion", "opendata.archive.discussion-open");
        }
        List<PublicLogEntry> decisions = moderation.aboutDiscussion(id);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> statements = discussion.statements().stream()
                .map(s -> text("opendata.archive.statement-line", s.text(), s.agree(), s.disagree(), s.pass()))
                .toList();
        files.put(
                "report.pdf",
                ArchiveReport.write(
                        text("opendata.archive.discussion-title", discussion.question()),
                        discussion.question(),
                        List.of(
                                new ArchiveReport.Section(
                                        text("opendata.archive.facts"),
                                        facts(
                                                "opendata.archive.kind.discussion",
                                                id,
                                                discussion.question(),
                                                discussion.themes(),
                                                discussion.opens(),
                                                discussion.closes(),
                                                now)),
                                new ArchiveReport.Section(
                                        text("opendata.archive.context"), List.of(discussion.context())),
                                new ArchiveReport.Section(
                                        text("opendata.archive.figures"),
                                        List.of(text(
                                                "opendata.archive.discussion-figures",
                                                discussion.participants(),
                                                discussion.votes(),
                                                String.join(", ", discussion.values()),
                                                decisions.size()))),
                                new ArchiveReport.Section(text("opendata.archive.statements"), statements))));
        data(files, "discussion", ApiDiscussion.class, List.of(discussion));
        data(files, "moderation_decisions", PublicLogEntry.class, decisions);
        Zips.unzip(polis.polisZip(id)).forEach((name, content) -> files.put("polis/" + name, content));
        return finish(
                "DISCUSSION", id, "waardendiscussie-" + id, discussion.question(), discussion.themes(), now, files);
    }

    private List<String> facts(
            String kindKey, long id, String title, List<String> themes, Instant from, Instant until, Instant now) {
        return List.of(
                text("opendata.archive.fact.kind", text(kindKey)),
                text("opendata.archive.fact.id", id),
                text("opendata.archive.fact.title", title),
                text("opendata.archive.fact.themes", String.join(", ", themes)),
                text("opendata.archive.fact.period", DATE.format(from), DATE.format(until)),
                text("opendata.archive.fact.exported", DATE.format(now)),
                text(
                        "opendata.archive.fact.retention",
                        settings.archiveRetention().toString()));
    }

    private void data(
            Map<String, byte[]> files, String name, Class<? extends Record> type, List<? extends Record> items) {
        files.put(
                name + ".json", BundleZip.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(items));
        for (BundleTable table : BundleTable.of(name, type, items)) {
            files.put(table.name() + ".csv", BundleZip.csv(table));
        }
    }

    private Archive finish(
            String itemType,
            long id,
            String baseName,
            String title,
            List<String> themes,
            Instant now,
            Map<String, byte[]> files) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("kind", itemType);
        metadata.put("id", id);
        metadata.put("title", title);
        metadata.put("themes", themes);
        metadata.put("exported", now.toString());
        metadata.put("exportedBy", Actor.currentAccountId());
        metadata.put("retentionPeriod", settings.archiveRetention().toString());
        metadata.put("source", "Raadsplein");
        metadata.put("files", new ArrayList<>(files.keySet()));
        files.put(
                "metadata.json", BundleZip.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(metadata));
        StringBuilder sums = new StringBuilder();
        files.forEach((name, content) ->
                sums.append(BundleZip.sha512(content)).append("  ").append(name).append('\n'));
        files.put(BundleZip.CHECKSUMS, sums.toString().getBytes(StandardCharsets.UTF_8));
        byte[] zip = Zips.zip(files);
        audit.record(
                Actor.currentAccountId(), "ARCHIVE_EXPORTED", itemType, id, null, "sha512=" + BundleZip.sha512(zip));
        return new Archive(baseName + "-archief.zip", zip);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, DUTCH);
    }
}
