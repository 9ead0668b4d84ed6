package nl.raadsplein.motion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.TextInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The checks a motion's text, citations and themes pass before anything is written. */
@Component
class MotionTexts {

    static final int TITLE_LENGTH = 200;
    static final int CLAUSE_LENGTH = 2000;
    static final int REPLACEMENT_LENGTH = 4000;
    static final int MAX_CLAUSES = 20;
    static final int MAX_CITATIONS = 50;

    private final CitationRepository cited;
    private final AgendaService agenda;

    MotionTexts(CitationRepository cited, AgendaService agenda) {
        this.cited = cited;
        this.agenda = agenda;
    }

    CheckedText text(MotionDraft draft, MotionType type) {
        String title = TextInput.line("title", draft.title(), TITLE_LENGTH);
        List<String> findings = clauses("findings", draft.findings());
        List<String> considerations = clauses("considerations", draft.considerations());
        List<String> requests = clauses("requests", draft.requests());
        String replacement = null;
        if (type == MotionType.AMENDMENT) {
            replacement = TextInput.multiLine("replacement", draft.replacement(), REPLACEMENT_LENGTH);
        } else {
            if (findings.isEmpty()) {
                throw new InvalidInputException("findings", "motion.error.finding-required");
            }
            if (requests.isEmpty()) {
                throw new InvalidInputException("requests", "motion.error.request-required");
            }
        }
        return new CheckedText(title, findings, considerations, requests, replacement);
    }

    /** The clauses given, without empty ones (a form's unused rows). */
    private static List<String> clauses(String field, @Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> checked = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            checked.add(TextInput.multiLine(field, value, CLAUSE_LENGTH));
        }
        if (checked.size() > MAX_CLAUSES) {
            throw new InvalidInputException(field, "motion.error.too-many-clauses", MAX_CLAUSES);
        }
        return List.copyOf(checked);
    }

    List<Citation> citations(@Nullable List<Citation> citations) {
        if (citations == null) {
            return List.of();
        }
        LinkedHashSet<Citation> distinct = new LinkedHashSet<>();
        for (Citation citation : citations) {
            if (citation == null || citation.kind() == null) {
                throw new InvalidInputException("citations", "error.required");
            }
            boolean exists = switch (citation.kind()) {
                case PROPOSAL -> cited.citableProposal(citation.targetId());
                case CONSULTATION -> cited.consultationExists(citation.targetId());
                case DISCUSSION -> cited.citableDiscussion(citation.targetId());
            };
            if (!exists) {
                throw new InvalidInputException("citations", "motion.error.citation-unknown");
            }
            distinct.add(citation);
        }
        if (distinct.size() > MAX_CITATIONS) {
            throw new InvalidInputException("citations", "motion.error.too-many-citations", MAX_CITATIONS);
        }
        return List.copyOf(distinct);
    }

    List<String> themes(@Nullable List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        List<String> distinct =
                codes.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (distinct.size() != codes.size() && codes.contains(null)) {
            throw new InvalidInputException("themeCodes", "motion.error.unknown-theme");
        }
        for (String code : distinct) {
            if (!agenda.themeExists(code)) {
                throw new InvalidInputException("themeCodes", "motion.error.unknown-theme");
            }
        }
        return distinct;
    }
}
