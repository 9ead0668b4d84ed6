package nl.raadsplein.consultation;

import java.time.Clock;
import java.util.List;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.agenda.ReferenceItem;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.Paging;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consultations: read by everyone, set up and concluded by the griffie. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class ConsultationService {

    public static final int TITLE_LENGTH = 150;
    public static final int SUMMARY_LENGTH = 500;
    public static final int BODY_LENGTH = 20_000;
    public static final int OUTCOME_LENGTH = 20_000;
    /** Rules fold out on every form where people post: long enough for a page of rules, short enough to read. */
    public static final int CONDUCT_RULES_LENGTH = 5_000;

    private final ConsultationRepository repository;
    private final AgendaService agenda;
    private final AuditTrail audit;
    private final Clock clock;

    ConsultationService(ConsultationRepository repository, AgendaService agenda, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.agenda = agenda;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    public Consultation consultation(long id) {
        return repository.find(id, clock.instant()).orElseThrow(() -> new NoSuchItemException("consultation " + id));
    }

    @PreAuthorize("permitAll()")
    public boolean exists(long id) {
        return repository.exists(id);
    }

    @PreAuthorize("permitAll()")
    public List<ConsultationSummary> list(ConsultationFilter filter, int offset, int limit) {
        Paging.check(offset, limit);
        return repository.list(filter, clock.instant(), offset, limit);
    }

    /** Open consultations, the one whose current phase ends first at the top: what a resident should act on. */
    @PreAuthorize("permitAll()")
    public List<ConsultationSummary> openByDeadline(int limit) {
        Paging.check(0, limit);
        return repository.openByDeadline(clock.instant(), limit);
    }

    @PreAuthorize("permitAll()")
    public int count(ConsultationFilter filter) {
        return repository.count(filter, clock.instant());
    }

    @Transactional
    public long create(ConsultationDraft draft) {
        ConsultationDraft checked = check(draft);
        long createdBy = Actor.currentAccountId();
        long id = repository.insert(checked, createdBy, clock.instant());
        audit.record(createdBy, "CONSULTATION_CREATED", "CONSULTATION", id, null, checked.title());
        return id;
    }

    @Transactional
    public void update(long id, ConsultationDraft draft, int version) {
        ConsultationDraft checked = check(draft);
        if (!repository.exists(id)) {
            throw new NoSuchItemException("consultation " + id);
        }
        if (!repository.update(id, checked, version, clock.instant())) {
            throw new ConcurrentChangeException();
        }
        audit.record(Actor.currentAccountId(), "CONSULTATION_UPDATED", "CONSULTATION", id, null, checked.title());
    }

    /** Publishes (or corrects) the outcome: what the council did with the consultation. */
    @Transactional
    public void publishOutcome(long id, String outcome, int version) {
        String checked = TextInput.multiLine("outcome", outcome, OUTCOME_LENGTH);
        Consultation consultation = consultation(id);
        if (consultation.phase() != Phase.CLOSED && consultation.phase() != Phase.OUTCOME_PUBLISHED) {
            throw new InvalidInputException("outcome", "consultation.error.outcome-before-closing");
        }
        if (!repository.publishOutcome(id, checked, version, clock.instant())) {
            throw new ConcurrentChangeException();
        }
        audit.record(Actor.currentAccountId(), "CONSULTATION_OUTCOME", "CONSULTATION", id, null, null);
    }

    /**
     * Sets the consultation's own rules of conduct: plain text with line breaks, shown as text on its forms and
     * its rules page, never as HTML. {@code null} or blank goes back to the platform's default text.
     *
     * @return the consultation's version after the change, for the next change from the same form
     */
    @Transactional
    public int setConductRules(long id, @Nullable String text, int version) {
        String checked =
                text == null || text.isBlank() ? null : TextInput.multiLine("conductRules", text, CONDUCT_RULES_LENGTH);
        if (!repository.exists(id)) {
            throw new NoSuchItemException("consultation " + id);
        }
        if (!repository.setConductRules(id, checked, version, clock.instant())) {
            throw new ConcurrentChangeException();
        }
        audit.record(
                Actor.currentAccountId(),
                "CONSULTATION_CONDUCT_RULES",
                "CONSULTATION",
                id,
                null,
                checked == null ? "platform default" : null);
        return version + 1;
    }

    private ConsultationDraft check(ConsultationDraft draft) {
        if (draft == null || draft.dates() == null || draft.settings() == null) {
            throw new InvalidInputException("title", "error.required");
        }
        String title = TextInput.line("title", draft.title(), TITLE_LENGTH);
        String summary = TextInput.multiLine("summary", draft.summary(), SUMMARY_LENGTH);
        String body = TextInput.multiLine("body", draft.body(), BODY_LENGTH);
        draft.dates().check();
        draft.settings().check();
        List<String> themes = draft.themeCodes() == null
                ? List.of()
                : draft.themeCodes().stream().distinct().toList();
        List<String> topics = draft.topicCodes() == null
                ? List.of()
                : draft.topicCodes().stream().distinct().toList();
        if (themes.isEmpty()) {
            throw new InvalidInputException("themeCodes", "consultation.error.theme-required");
        }
        if (!themes.stream().allMatch(agenda::themeExists)) {
            throw new InvalidInputException("themeCodes", "error.unknown-theme");
        }
        List<String> knownTopics =
                agenda.digitalTopics().stream().map(ReferenceItem::code).toList();
        if (!knownTopics.containsAll(topics)) {
            throw new InvalidInputException("topicCodes", "consultation.error.unknown-topic");
        }
        return new ConsultationDraft(title, summary, body, draft.dates(), draft.settings(), themes, topics);
    }
}
