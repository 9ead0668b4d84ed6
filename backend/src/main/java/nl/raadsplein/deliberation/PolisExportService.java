package nl.raadsplein.deliberation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.raadsplein.deliberation.DiscussionReportRepository.Head;
import nl.raadsplein.deliberation.DiscussionReportRepository.StatementRow;
import nl.raadsplein.deliberation.OpinionRunRepository.StoredModel;
import nl.raadsplein.deliberation.opinion.OpinionModel;
import nl.raadsplein.deliberation.opinion.PolisExport;
import nl.raadsplein.deliberation.opinion.PolisWriter;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.PlatformProperties;
import nl.raadsplein.platform.Zips;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A discussion in Pol.is' export format, for anyone who may see its report: the statements (moderated-out ones
 * marked -1, those waiting for the griffie left out), the votes and the participants with the groups of the report.
 * Participants appear only by their participant number in the discussion, never with anything of their account.
 */
@Service
@Transactional(readOnly = true)
public class PolisExportService {

    private final DiscussionReportRepository discussions;
    private final OpinionRunRepository runs;
    private final OpinionModels models;
    private final PlatformProperties platform;

    PolisExportService(
            DiscussionReportRepository discussions,
            OpinionRunRepository runs,
            OpinionModels models,
            PlatformProperties platform) {
        this.discussions = discussions;
        this.runs = runs;
        this.models = models;
        this.platform = platform;
    }

    /** A zip of comments.csv, votes.csv, participants-votes.csv and summary.csv. */
    @PreAuthorize("permitAll()")
    public byte[] polisZip(long discussionId) {
        Head head = discussions.visibleHead(discussionId, Actor.current());
        Map<String, byte[]> files = PolisWriter.files(
                export(discussionId),
                new PolisWriter.Summary(
                        head.question(), platform.link(DiscussionReportService.path(discussionId)), ""));
        return Zips.zip(files);
    }

    /** The file name of a discussion's download, such as {@code waardendiscussie-12-polis.zip}. */
    public static String fileName(long discussionId, String kind) {
        return String.format(Locale.ROOT, "waardendiscussie-%d-%s", discussionId, kind);
    }

    private PolisExport export(long discussionId) {
        OpinionModel model = model(discussionId);
        Map<Long, Integer> groups = new HashMap<>();
        if (model != null) {
            model.placements().forEach(p -> groups.put(p.participant(), p.group()));
        }
        List<PolisExport.Statement> statements = new ArrayList<>();
        for (StatementRow s : discussions.statements(discussionId)) {
            statements.add(new PolisExport.Statement(
                    s.id(),
                    s.participantId() == null ? null : String.valueOf(s.participantId()),
                    s.text(),
                    s.state() == StatementState.HIDDEN ? -1 : 1,
                    s.createdAt()));
        }
        Set<Long> exported =
                statements.stream().map(PolisExport.Statement::commentId).collect(Collectors.toSet());
        List<PolisExport.Participant> participants = discussions.participants(discussionId).stream()
                .map(id -> new PolisExport.Participant(String.valueOf(id), groups.getOrDefault(id, -1)))
                .toList();
        List<PolisExport.Vote> votes = discussions.votes(discussionId).stream()
                .filter(v -> exported.contains(v.statementId()))
                .map(v -> new PolisExport.Vote(
                        String.valueOf(v.participantId()), v.statementId(), v.stance(), v.votedAt()))
                .toList();
        return new PolisExport(statements, participants, votes);
    }

    /** The final model once there is one, else the latest. */
    @Nullable
    OpinionModel model(long discussionId) {
        StoredModel stored = runs.stored(discussionId);
        return models.read(stored.finalModel() != null ? stored.finalModel() : stored.model());
    }
}
