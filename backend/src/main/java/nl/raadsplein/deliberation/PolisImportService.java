package nl.raadsplein.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.raadsplein.deliberation.PolisImportRepository.NewStatement;
import nl.raadsplein.deliberation.opinion.PolisExport;
import nl.raadsplein.deliberation.opinion.PolisFormatException;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.internal.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a Pol.is conversation into Raadsplein as a new, published value discussion: its statements (those Pol.is
 * moderated out are kept hidden), anonymous participants under Pol.is' participant ids and their votes, all in one
 * transaction, so that a file refused halfway leaves nothing behind. Then computes its opinion groups.
 */
@Service
public class PolisImportService {

    static final int QUESTION_LENGTH = 300;
    static final int TEXT_LENGTH = 2000;
    static final int REF_LENGTH = 40;

    private final PolisImportRepository repository;
    private final OpinionRecomputation recomputation;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PolisImportService(
            PolisImportRepository repository,
            OpinionRecomputation recomputation,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.recomputation = recomputation;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Imports the conversation; InvalidInputException (nothing stored) for a missing question or theme, dates in
     * the wrong order, or files that do not read, naming the file and line.
     */
    @PreAuthorize("hasRole('GRIFFIER')")
    public ImportedDiscussion importConversation(PolisImport command) {
        long griffier = Actor.currentAccountId();
        check(command);
        PolisExport export = read(command);
        check(export);
        Instant now = clock.instant();
        ImportedDiscussion imported = transaction.execute(status -> store(command, export, griffier, now));
        recomputation.recompute(imported.discussionId());
        return imported;
    }

    /** The imported discussion with this question, if there is one (for start-up code that imports once). */
    @PreAuthorize("hasRole('GRIFFIER')")
    public Optional<Long> imported(String question) {
        return repository.imported(question);
    }

    private void check(PolisImport command) {
        String question = command.question() == null ? "" : command.question().strip();
        if (question.isEmpty()) {
            throw new InvalidInputException("question", "opinionreport.import.question-required");
        }
        if (question.length() > QUESTION_LENGTH) {
            throw new InvalidInputException("question", "opinionreport.import.question-too-long", QUESTION_LENGTH);
        }
        if (command.themes().isEmpty()) {
            throw new InvalidInputException("themes", "opinionreport.import.theme-required");
        }
        if (!repository.knownThemes(command.themes()).containsAll(command.themes())) {
            throw new InvalidInputException("themes", "opinionreport.import.theme-unknown");
        }
        if (command.opensAt() == null
                || command.closesAt() == null
                || !command.opensAt().isBefore(command.closesAt())) {
            throw new InvalidInputException("closesAt", "opinionreport.import.dates-order");
        }
    }

    private static PolisExport read(PolisImport command) {
        if (command.comments().length == 0 || command.participantsVotes().length == 0) {
            throw new InvalidInputException("files", "opinionreport.import.files-required");
        }
        try {
            return PolisExport.read(command.comments(), command.participantsVotes());
        } catch (PolisFormatException e) {
            throw new InvalidInputException("files", e.key(), e.arguments().toArray());
        }
    }

    private static void check(PolisExport export) {
        if (export.statements().isEmpty()) {
            throw new InvalidInputException("files", "opinionreport.import.no-statements");
        }
        Set<Long> comments = new HashSet<>();
        for (PolisExport.Statement s : export.statements()) {
            if (s.commentId() < 0 || s.commentId() > Integer.MAX_VALUE) {
                throw new InvalidInputException("files", "opinionreport.import.comment-id", s.commentId());
            }
            if (s.text().length() > TEXT_LENGTH) {
                throw new InvalidInputException(
                        "files", "opinionreport.import.text-too-long", s.commentId(), TEXT_LENGTH);
            }
            comments.add(s.commentId());
        }
        for (PolisExport.Participant p : export.participants()) {
            if (p.id().isEmpty() || p.id().length() > REF_LENGTH) {
                throw new InvalidInputException("files", "opinionreport.import.participant-id", REF_LENGTH);
            }
        }
        for (PolisExport.Vote v : export.votes()) {
            if (!comments.contains(v.commentId())) {
                throw new InvalidInputException("files", "opinionreport.import.unknown-comment", v.commentId());
            }
        }
    }

    private ImportedDiscussion store(PolisImport command, PolisExport export, long griffier, Instant now) {
        long id = repository.discussion(command, griffier, now);
        Map<String, Long> participants = repository.participants(id, export.participants(), now);
        Map<Long, int[]> counts = new HashMap<>();
        for (PolisExport.Vote v : export.votes()) {
            counts.computeIfAbsent(v.commentId(), c -> new int[3])[v.stance().ordinal()]++;
        }
        List<NewStatement> statements = new ArrayList<>();
        int hidden = 0;
        for (PolisExport.Statement s : export.statements()) {
            int[] c = counts.getOrDefault(s.commentId(), new int[3]);
            statements.add(new NewStatement(
                    s, c[Stance.AGREE.ordinal()], c[Stance.DISAGREE.ordinal()], c[Stance.PASS.ordinal()]));
            hidden += s.moderatedOut() ? 1 : 0;
        }
        Map<Long, Long> statementIds = repository.statements(id, statements, participants, now);
        repository.votes(id, export.votes(), participants, statementIds, now);
        int published = statements.size() - hidden;
        repository.counters(id, published, participants.size(), export.votes().size(), now);
        audit.record(
                griffier,
                "DISCUSSION_IMPORTED",
                "DISCUSSION",
                id,
                null,
                "statements=" + statements.size() + " participants=" + participants.size() + " votes="
                        + export.votes().size());
        return new ImportedDiscussion(
                id, published, hidden, participants.size(), export.votes().size());
    }
}
