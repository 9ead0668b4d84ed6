package nl.raadsplein.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.raadsplein.notification.internal.Notice;
import nl.raadsplein.notification.internal.Notifier;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Framing a value discussion and getting it published: councillors and griffiers write drafts; a griffier publishes
 * directly, a councillor offers the draft and a griffier approves it or rejects it with a reason (the griffie guards
 * neutrality). The griffiers hear of an offer, the author of the decision.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('COUNCILLOR', 'GRIFFIER')")
public class FramingService {

    public static final int QUESTION_LENGTH = 300;
    public static final int CONTEXT_LENGTH = 20_000;
    public static final int TRADEOFF_LENGTH = 300;
    public static final int STATEMENT_LENGTH = 280;
    public static final int REASON_LENGTH = 1000;
    public static final int MIN_VALUES = 2;
    public static final int MAX_VALUES = 8;
    public static final int MIN_SEEDS = 5;
    public static final int MAX_SEEDS = 100;

    private final DiscussionRepository repository;
    private final Notifier notifier;
    private final Clock clock;

    FramingService(DiscussionRepository repository, Notifier notifier, Clock clock) {
        this.repository = repository;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Saves a new draft, visible to its author and the griffie only. */
    @Transactional
    @PreAuthorize("hasAnyRole('COUNCILLOR', 'GRIFFIER')")
    public long create(DiscussionDraft draft) {
        Framed checked = check(draft);
        return repository.insert(Actor.currentAccountId(), checked, clock.instant());
    }

    /** The author changes a draft, or a rejected discussion before offering it again. */
    @Transactional
    @PreAuthorize("hasAnyRole('COUNCILLOR', 'GRIFFIER')")
    public void update(long id, DiscussionDraft draft, int version) {
        Framed checked = check(draft);
        DiscussionRepository.Locked discussion = ownLocked(id);
        if (discussion.state() != DiscussionState.DRAFT && discussion.state() != DiscussionState.REJECTED) {
            throw new InvalidInputException("question", "deliberation.error.not-editable");
        }
        if (!repository.update(id, checked, version, clock.instant())) {
            throw new ConcurrentChangeException();
        }
    }

    /** A councillor offers their draft to the griffie; every griffier is told. */
    @Transactional
    @PreAuthorize("hasRole('COUNCILLOR')")
    public void offer(long id) {
        DiscussionRepository.Locked discussion = ownLocked(id);
        if (discussion.state() != DiscussionState.DRAFT && discussion.state() != DiscussionState.REJECTED) {
            throw new InvalidInputException("state", "deliberation.error.not-offerable");
        }
        checkStillOpen(discussion);
        repository.setState(id, DiscussionState.OFFERED, null, null, clock.instant());
        notifier.notifyAccounts(
                repository.griffiers(),
                id,
                new Notice(
                        "DISCUSSION_OFFERED", "deliberation.notice.offered", List.of(discussion.question()), link(id)));
    }

    /**
     * A griffier publishes: their own draft directly, or a councillor's offered discussion (the approval, told to
     * the author).
     */
    @Transactional
    @PreAuthorize("hasRole('GRIFFIER')")
    public void publish(long id) {
        Actor me = Actor.current();
        DiscussionRepository.Locked discussion = locked(id);
        boolean ownDraft = discussion.state() == DiscussionState.DRAFT && me.is(discussion.authorId());
        if (!ownDraft && discussion.state() != DiscussionState.OFFERED) {
            throw new InvalidInputException("state", "deliberation.error.not-publishable");
        }
        checkStillOpen(discussion);
        repository.setState(id, DiscussionState.PUBLISHED, me.account(), null, clock.instant());
        if (!ownDraft) {
            notifier.notifyAccounts(
                    List.of(discussion.authorId()),
                    id,
                    new Notice(
                            "DISCUSSION_APPROVED",
                            "deliberation.notice.approved",
                            List.of(discussion.question()),
                            link(id)));
        }
    }

    /** A griffier turns an offered discussion down with a reason the author sees; the author may edit and offer again. */
    @Transactional
    @PreAuthorize("hasRole('GRIFFIER')")
    public void reject(long id, String reason) {
        String checked = TextInput.multiLine("reason", reason, REASON_LENGTH);
        DiscussionRepository.Locked discussion = locked(id);
        if (discussion.state() != DiscussionState.OFFERED) {
            throw new InvalidInputException("reason", "deliberation.error.not-offered");
        }
        repository.setState(id, DiscussionState.REJECTED, Actor.currentAccountId(), checked, clock.instant());
        notifier.notifyAccounts(
                List.of(discussion.authorId()),
                id,
                new Notice(
                        "DISCUSSION_REJECTED",
                        "deliberation.notice.rejected",
                        List.of(discussion.question()),
                        link(id)));
    }

    static String link(long id) {
        return "/waardendiscussies/" + id;
    }

    private void checkStillOpen(DiscussionRepository.Locked discussion) {
        if (!discussion.closesAt().isAfter(clock.instant())) {
            throw new InvalidInputException("closesAt", "deliberation.error.closes-in-past");
        }
    }

    private DiscussionRepository.Locked locked(long id) {
        return repository.lock(id).orElseThrow(() -> new NoSuchItemException("discussion " + id));
    }

    private DiscussionRepository.Locked ownLocked(long id) {
        DiscussionRepository.Locked discussion = locked(id);
        if (!Actor.current().is(discussion.authorId())) {
            throw new AccessDeniedException("discussion " + id + " is not the viewer's");
        }
        return discussion;
    }

    /** Every rule of framing; the first part that breaks one names the field and the message. */
    Framed check(DiscussionDraft draft) {
        Objects.requireNonNull(draft, "draft");
        String question = TextInput.line("question", draft.question(), QUESTION_LENGTH);
        String context = TextInput.multiLine("context", draft.context(), CONTEXT_LENGTH);
        List<String> themes = distinct(draft.themeCodes());
        if (themes.isEmpty()) {
            throw new InvalidInputException("themeCodes", "deliberation.error.theme-required");
        }
        if (!repository.themesExist(themes)) {
            throw new InvalidInputException("themeCodes", "deliberation.error.unknown-theme");
        }
        @Nullable Long consultation = draft.consultationId();
        if (consultation != null && !repository.consultationExists(consultation)) {
            throw new InvalidInputException("consultationId", "deliberation.error.unknown-consultation");
        }
        List<String> values = distinct(draft.valueCodes());
        if (values.size() < MIN_VALUES) {
            throw new InvalidInputException("valueCodes", "deliberation.error.values-min", MIN_VALUES);
        }
        if (values.size() > MAX_VALUES) {
            throw new InvalidInputException("valueCodes", "deliberation.error.values-max", MAX_VALUES);
        }
        if (!repository.valuesExist(values)) {
            throw new InvalidInputException("valueCodes", "deliberation.error.unknown-value");
        }
        List<Tradeoff> tradeoffs = tradeoffs(draft.tradeoffs(), values);
        List<String> seeds = seeds(draft.seedStatements());
        Instant opensAt = draft.opensAt();
        Instant closesAt = draft.closesAt();
        if (opensAt == null) {
            throw new InvalidInputException("opensAt", "error.required");
        }
        if (closesAt == null) {
            throw new InvalidInputException("closesAt", "error.required");
        }
        if (!opensAt.isBefore(closesAt)) {
            throw new InvalidInputException("closesAt", "deliberation.error.closes-before-opens");
        }
        if (!closesAt.isAfter(clock.instant())) {
            throw new InvalidInputException("closesAt", "deliberation.error.closes-in-past");
        }
        Eligibility eligibility = draft.eligibility();
        if (eligibility == null) {
            throw new InvalidInputException("eligibility", "error.required");
        }
        return new Framed(
                question,
                context,
                themes,
                consultation,
                values,
                tradeoffs,
                seeds,
                opensAt,
                closesAt,
                draft.residentsMayAdd(),
                draft.residentsMayAdd() && draft.premoderation(),
                eligibility);
    }

    private static List<String> distinct(@Nullable List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return List.copyOf(
                new LinkedHashSet<>(codes.stream().filter(Objects::nonNull).toList()));
    }

    /** Pairs in code order, one sentence each; pairs left blank are dropped, but at least one must remain. */
    private static List<Tradeoff> tradeoffs(@Nullable List<Tradeoff> given, List<String> values) {
        List<Tradeoff> tradeoffs = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (Tradeoff t : given == null ? List.<Tradeoff>of() : given) {
            if (t == null || t.sentence() == null || t.sentence().isBlank()) {
                continue;
            }
            if (!values.contains(t.valueA())
                    || !values.contains(t.valueB())
                    || t.valueA().equals(t.valueB())) {
                throw new InvalidInputException("tradeoffs", "deliberation.error.tradeoff-values");
            }
            String a = t.valueA().compareTo(t.valueB()) < 0 ? t.valueA() : t.valueB();
            String b = a.equals(t.valueA()) ? t.valueB() : t.valueA();
            if (!pairs.add(a + " " + b)) {
                throw new InvalidInputException("tradeoffs", "deliberation.error.tradeoff-twice");
            }
            tradeoffs.add(new Tradeoff(a, b, TextInput.line("tradeoffs", t.sentence(), TRADEOFF_LENGTH)));
        }
        if (tradeoffs.isEmpty()) {
            throw new InvalidInputException("tradeoffs", "deliberation.error.tradeoff-required");
        }
        return List.copyOf(tradeoffs);
    }

    /** Seed statements: blank lines are dropped, each at most 280 characters, no two the same. */
    private static List<String> seeds(@Nullable List<String> given) {
        List<String> seeds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String seed : given == null ? List.<String>of() : given) {
            if (seed == null || seed.isBlank()) {
                continue;
            }
            String text = TextInput.line("seedStatements", seed, STATEMENT_LENGTH);
            if (!seen.add(text.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("seedStatements", "deliberation.error.seed-twice", text);
            }
            seeds.add(text);
        }
        if (seeds.size() < MIN_SEEDS) {
            throw new InvalidInputException("seedStatements", "deliberation.error.seeds-min", MIN_SEEDS);
        }
        if (seeds.size() > MAX_SEEDS) {
            throw new InvalidInputException("seedStatements", "deliberation.error.seeds-max", MAX_SEEDS);
        }
        return List.copyOf(seeds);
    }
}
