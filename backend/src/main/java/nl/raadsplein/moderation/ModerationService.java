package nl.raadsplein.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.account.internal.ProfileModeration;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSettings;
import nl.raadsplein.platform.Paging;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.AuditLog;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.Redacted;
import nl.raadsplein.proposal.Redaction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports, the griffie's queue and actions, appeals, the public log and the rules of conduct.
 *
 * <p>Reports never remove content for good. An item is hidden pending review only when a griffier reports it,
 * or when at least N distinct verified residents whose accounts are at least D days old did (N and D per
 * consultation); other reports reach the queue all the same. Every action checks the item's moderation version,
 * so of two griffiers acting on the same item at once one wins and the other gets a
 * {@link ConcurrentChangeException}, nothing applied twice. Content changes go through {@link ProposalService}
 * and {@link ProfileModeration} (ADR 6); each action is recorded in the {@link AuditLog}, last, in its transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class ModerationService {

    public static final int REPORT_TEXT_LENGTH = 1000;
    public static final int DECISION_TEXT_LENGTH = 1000;
    public static final int APPEAL_TEXT_LENGTH = 2000;
    public static final int MIN_JUSTIFICATION_LENGTH = 15;
    /**
     * How long after a decision its author may appeal: six weeks, the term for objecting to a decision of a Dutch
     * administrative body (Awb 6:7). A redacted fragment is kept no longer than that, unless an appeal needs it.
     */
    public static final Duration APPEAL_PERIOD = Duration.ofDays(42);
    static final String DEFAULT_RULES_KEY = "moderation.conduct-rules.default";

    private final ModerationRepository repository;
    private final ProposalService proposals;
    private final ProfileModeration accounts;
    private final ConsultationService consultations;
    private final ModerationNotifications notifications;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationService(ModerationRepository repository, ProposalService proposals, ProfileModeration accounts,
            ConsultationService consultations, ModerationNotifications notifications, AuditLog audit,
            MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.proposals = proposals;
        this.accounts = accounts;
        this.consultations = consultations;
        this.notifications = notifications;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    // ---- reporting ------------------------------------------------------------------------------------------

    /**
     * Reports an item, once per person per item, with a reason (OTHER needs a text). A griffier's report, or
     * enough qualified reports, hide the item pending review.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void report(ContentRef content, ReportReason reason, String text) {
        Actor me = Actor.current();
        if (content == null) {
            throw new InvalidInputException("content", "error.required");
        }
        if (reason == null) {
            throw new InvalidInputException("reason", "error.required");
        }
        String checkedText = reason == ReportReason.OTHER || (text != null && !text.isBlank())
                ? TextInput.multiLine("text", text, REPORT_TEXT_LENGTH) : null;
        ModerationRepository.Target target = repository.target(content)
                .orElseThrow(() -> new NoSuchItemException(content.type() + " " + content.id()));
        if (!visible(target, me)) {
            // The placeholder is still on the reporter's page when reports from others hid the item a moment ago.
            if ("HIDDEN".equals(target.state())
                    && (target.ref().type() == ContentType.PROPOSAL || visible(target.proposalState(), me))) {
                throw new InvalidInputException("reason", "moderation.error.already-hidden");
            }
            throw new NoSuchItemException(content.type() + " " + content.id());
        }
        if (target.authorId() == me.account()) {
            throw new InvalidInputException("reason", "moderation.error.own-content");
        }
        ModerationRepository.Reporter reporter = repository.reporter(me.account())
                .orElseThrow(() -> new NoSuchItemException("account " + me.account()));
        if (reporter.blocked()) {
            throw new InvalidInputException("reason", "moderation.error.blocked");
        }
        ConsultationSettings rule = target.consultationId() == null ? ConsultationSettings.DEFAULTS
                : consultations.consultation(target.consultationId()).settings();
        Instant now = clock.instant();
        long itemId = repository.ensureItem(content, target.consultationId(), target.authorId(), now);
        ModerationRepository.Item item = repository.lockItem(itemId);
        if (repository.hasReported(itemId, me.account())) {
            throw new InvalidInputException("reason", "moderation.error.already-reported");
        }
        boolean qualifies = reporter.verified()
                && !reporter.createdAt().isAfter(now.minus(Duration.ofDays(rule.reporterMinimumAgeDays())));
        try {
            repository.insertReport(itemId, me.account(), reason, checkedText, qualifies, me.griffie(), now);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException("reason", "moderation.error.already-reported");
        }
        repository.openItem(itemId, 1, now);
        boolean hidden = item.hiddenByReports();
        if (!hidden && hideable(target)
                && (me.griffie() || repository.qualifyingReporters(itemId) >= rule.reportsToHide())) {
            // Not the reporter's own right: the rule above decides, the system hides.
            AccountProvisioning.asSystem(() -> hideContent(content));
            repository.setHiddenByReports(itemId, true);
            hidden = true;
            notifications.hiddenPendingReview(target);
            audit.record(me.account(), "MODERATION_HIDDEN_PENDING_REVIEW", content.type().name(), content.id(),
                    null, me.griffie() ? "reported by the griffie" : "reports by verified residents");
        }
        int open = (ModerationRepository.OPEN.equals(item.status()) ? item.openReports() : 0) + 1;
        events.publishEvent(new ReportReceived(itemId, content, target.consultationId(), open, hidden));
    }

    /** Whether the logged-in account reported this item already (the form then says so instead). */
    @PreAuthorize("isAuthenticated()")
    public boolean hasReported(ContentRef content) {
        return repository.hasReported(Objects.requireNonNull(content, "content"), Actor.currentAccountId());
    }

    // ---- the queue ------------------------------------------------------------------------------------------

    /** Items with open reports or waiting for pre-moderation, one statement per page. */
    public List<QueueItem> queue(QueueSort sort, Long consultationId, int offset, int limit) {
        Paging.check(offset, limit);
        return repository.queue(sort, consultationId, offset, limit);
    }

    public int countQueue(Long consultationId) {
        return repository.countQueue(consultationId);
    }

    /** One item with all its reports and earlier actions, whether in the queue or not. */
    public ItemDetails item(ContentRef content) {
        long itemId = repository.itemId(Objects.requireNonNull(content, "content"))
                .orElseThrow(() -> new NoSuchItemException("moderation item " + content));
        return new ItemDetails(repository.queueItem(itemId).orElseThrow(), repository.reports(itemId),
                repository.actions(itemId));
    }

    /** The item's moderation version, as the actions expect it back (0 for an item nobody reported yet). */
    public int version(ContentRef content) {
        return repository.version(Objects.requireNonNull(content, "content"));
    }

    // ---- actions --------------------------------------------------------------------------------------------

    @Transactional
    public long hide(ContentRef content, Decision decision, int version) {
        return act(content, ModerationAction.HIDE, decision, version, target -> {
            if (hiddenByReports(content)) {
                // Hidden pending review already: the griffier's hide makes it a decision, with a reason and an appeal.
                return null;
            }
            return hideContent(content);
        });
    }

    @Transactional
    public long restore(ContentRef content, Decision decision, int version) {
        return act(content, ModerationAction.RESTORE, decision, version, target -> restoreContent(content));
    }

    /** Closes the open reports without changing the item; an item they hid comes back. */
    @Transactional
    public long dismiss(ContentRef content, Decision decision, int version) {
        return act(content, ModerationAction.DISMISS, decision, version,
                target -> hiddenByReports(content) ? restoreContent(content) : null);
    }

    /** Publishes an item that waited for pre-moderation (comment counters follow; for a profile: its text). */
    @Transactional
    public long approve(ContentRef content, Decision decision, int version) {
        return act(content, ModerationAction.APPROVE, decision, version, target -> switch (content.type()) {
            case PROPOSAL -> proposals.approveProposal(content.id());
            case COMMENT -> proposals.approveComment(content.id());
            case PROFILE -> {
                accounts.approveProfileText(content.id());
                yield null;
            }
        });
    }

    /**
     * Replaces a fragment of the text, keeping the rest; for a profile: of the display name when the fragment is
     * in it, otherwise of the profile text. For a proposal or comment what was taken out is kept with the action
     * until an appeal against it is decided, so that overturning it can put the text back.
     */
    @Transactional
    public long redact(ContentRef content, Redaction redaction, Decision decision, int version) {
        if (redaction == null) {
            throw new InvalidInputException("fragment", "error.required");
        }
        return act(content, ModerationAction.REDACT, decision, version, target -> switch (content.type()) {
            case PROPOSAL -> proposals.redactProposal(content.id(), redaction);
            case COMMENT -> proposals.redactComment(content.id(), redaction);
            case PROFILE -> {
                if (redaction.occursIn(target.displayName())) {
                    accounts.replaceDisplayName(content.id(), redaction.applyTo(target.displayName()));
                } else {
                    accounts.replaceProfileText(content.id(), redaction.applyTo(Objects.toString(target.text(), "")));
                }
                yield null;
            }
        });
    }

    /**
     * Blocks the author of the item (for a profile: the account) with a justification of at least
     * {@value #MIN_JUSTIFICATION_LENGTH} characters, and if asked hides all their proposals and comments.
     */
    @Transactional
    public long blockAuthor(ContentRef content, ModerationReason reason, String justification,
            boolean hideAllContent, int version) {
        String checked = TextInput.multiLine("justification", justification, DECISION_TEXT_LENGTH);
        if (checked.codePointCount(0, checked.length()) < MIN_JUSTIFICATION_LENGTH) {
            throw new InvalidInputException("justification", "moderation.error.justification-too-short",
                    MIN_JUSTIFICATION_LENGTH);
        }
        return act(content, ModerationAction.BLOCK_AUTHOR, new Decision(reason, checked), version, target -> {
            if (!accounts.block(target.authorId())) {
                throw new InvalidInputException("action", "moderation.error.already-blocked");
            }
            if (hideAllContent) {
                proposals.hideAllBy(target.authorId());
            }
            return null;
        });
    }

    /** Lifts an account's block; {@code version} is that of the account's profile item. */
    @Transactional
    public long unblock(long accountId, Decision decision, int version) {
        return act(ContentRef.profile(accountId), ModerationAction.UNBLOCK, decision, version, target -> {
            if (!accounts.unblock(accountId)) {
                throw new InvalidInputException("action", "moderation.error.not-blocked");
            }
            return null;
        });
    }

    /** Changes the item; returns what the proposal feature reported back, or null. */
    private interface Change {
        Object apply(ModerationRepository.Target target);
    }

    /** Hides the item (for a profile: its text) through the feature that owns it (ADR 6). */
    private Object hideContent(ContentRef content) {
        return switch (content.type()) {
            case PROPOSAL -> proposals.hideProposal(content.id());
            case COMMENT -> proposals.hideComment(content.id());
            case PROFILE -> {
                accounts.hideProfileText(content.id());
                yield null;
            }
        };
    }

    /** Puts a hidden item (for a profile: its text) back as it was. */
    private Object restoreContent(ContentRef content) {
        return switch (content.type()) {
            case PROPOSAL -> proposals.restoreProposal(content.id());
            case COMMENT -> proposals.restoreComment(content.id());
            case PROFILE -> {
                accounts.restoreProfileText(content.id());
                yield null;
            }
        };
    }

    // A locking read, and reset by every action: true only while the reports' hiding stands.
    private boolean hiddenByReports(ContentRef content) {
        return repository.lockItem(repository.itemId(content).orElseThrow()).hiddenByReports();
    }

    private long act(ContentRef content, ModerationAction action, Decision decision, int version, Change change) {
        Actor me = Actor.current();
        if (content == null) {
            throw new InvalidInputException("content", "error.required");
        }
        if (decision == null || decision.reason() == null) {
            throw new InvalidInputException("reason", "error.required");
        }
        String text = decision.text() == null || decision.text().isBlank() ? null
                : TextInput.multiLine("text", decision.text(), DECISION_TEXT_LENGTH);
        ModerationRepository.Target target = repository.target(content)
                .orElseThrow(() -> new NoSuchItemException(content.type() + " " + content.id()));
        Instant now = clock.instant();
        long itemId = repository.ensureItem(content, target.consultationId(), target.authorId(), now);
        if (!repository.bumpVersion(itemId, version)) {
            throw new ConcurrentChangeException();
        }
        Object changed = change.apply(target);
        long actionId = repository.insertAction(itemId, action, decision.reason(), text, me.account(), now);
        if (changed instanceof Redacted redacted) {
            repository.keepRedaction(actionId, redacted);
        }
        List<Long> reporters = action == ModerationAction.RESTORE || action == ModerationAction.UNBLOCK
                ? List.of() : repository.handleReports(itemId, actionId, now);
        repository.closeItem(itemId, now);
        if (action.appealable() || action == ModerationAction.UNBLOCK || action == ModerationAction.RESTORE) {
            notifications.toAuthor(actionId, target.authorId(), content.type(), action, decision.reason());
        }
        if (action == ModerationAction.APPROVE || (action == ModerationAction.DISMISS && changed != null)) {
            notifications.visibleAfterReview(target, action);
        }
        notifications.toReporters(reporters, content.type(), action, decision.reason(), target.proposalId());
        audit.record(me.account(), "MODERATION_" + action.name(), content.type().name(), content.id(),
                decision.reason().name() + (text == null ? "" : ": " + text),
                "action=" + actionId + " reports=" + reporters.size());
        events.publishEvent(new ModerationChanged(itemId, content, action, null));
        return actionId;
    }

    // ---- appeals ----------------------------------------------------------------------------------------------

    /** The decision as its author sees it; someone else's is as unknown as one that does not exist. */
    @PreAuthorize("isAuthenticated()")
    public AuthorDecision decision(long actionId) {
        Actor me = Actor.current();
        ModerationRepository.ActionRow action = repository.action(actionId, false)
                .filter(a -> a.authorId() == me.account() && concernsAuthor(a.action()))
                .orElseThrow(() -> new NoSuchItemException("decision " + actionId));
        AppealView appeal = repository.appealOfAction(actionId).orElse(null);
        Long proposalId = repository.target(action.ref()).map(ModerationRepository.Target::proposalId).orElse(null);
        Instant appealUntil = action.action().appealable() ? action.actedAt().plus(APPEAL_PERIOD) : null;
        return new AuthorDecision(action.id(), action.ref(), proposalId, action.action(), action.reason(),
                action.text(), action.actedAt(),
                appealUntil != null && appeal == null && clock.instant().isBefore(appealUntil), appealUntil,
                appeal == null ? null : appeal.text(), appeal == null ? null : appeal.decision(),
                appeal == null ? null : appeal.decisionText(), appeal == null ? null : appeal.decidedAt());
    }

    /**
     * The author appeals once against a HIDE, REDACT or BLOCK_AUTHOR (a blocked account may too), within the
     * {@link #APPEAL_PERIOD}.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long appeal(long actionId, String text) {
        Actor me = Actor.current();
        String checked = TextInput.multiLine("text", text, APPEAL_TEXT_LENGTH);
        ModerationRepository.ActionRow action = repository.action(actionId, true)
                .filter(a -> a.authorId() == me.account() && concernsAuthor(a.action()))
                .orElseThrow(() -> new NoSuchItemException("decision " + actionId));
        if (!action.action().appealable()) {
            throw new InvalidInputException("text", "moderation.error.not-appealable");
        }
        if (repository.appealExists(actionId)) {
            throw new InvalidInputException("text", "moderation.error.already-appealed");
        }
        if (!clock.instant().isBefore(action.actedAt().plus(APPEAL_PERIOD))) {
            throw new InvalidInputException("text", "moderation.error.appeal-period-over",
                    APPEAL_PERIOD.toDays() / 7);
        }
        long appealId;
        try {
            appealId = repository.insertAppeal(actionId, me.account(), checked, clock.instant());
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException("text", "moderation.error.already-appealed");
        }
        audit.record(me.account(), "MODERATION_APPEAL", action.ref().type().name(), action.ref().id(), null,
                "action=" + actionId + " appeal=" + appealId);
        events.publishEvent(new ModerationChanged(action.itemId(), action.ref(), action.action(), appealId));
        return appealId;
    }

    /** Undecided appeals, oldest first. */
    public List<AppealView> openAppeals(int offset, int limit) {
        Paging.check(offset, limit);
        return repository.openAppeals(offset, limit);
    }

    public int countOpenAppeals() {
        return repository.countOpenAppeals();
    }

    public AppealView appealDetails(long appealId) {
        return repository.appeal(appealId).orElseThrow(() -> new NoSuchItemException("appeal " + appealId));
    }

    /**
     * Decides an appeal, with a text; only a griffier other than the one who acted (and than the appellant).
     * OVERTURN restores hidden content, lifts a block and puts a redacted fragment back where its placeholder still
     * stands; if the text changed since so that it no longer does, the overturn stands but the text stays as it is
     * ({@link AppealOutcome#OVERTURNED_TEXT_NOT_RESTORED}, for the griffier to see). Either way the fragment kept
     * with a redaction is erased in the same transaction: once decided, no appeal can need it again.
     */
    @Transactional
    public AppealOutcome decideAppeal(long appealId, AppealDecision decision, String text, int version) {
        Actor me = Actor.current();
        if (decision == null) {
            throw new InvalidInputException("decision", "error.required");
        }
        String checked = TextInput.multiLine("text", text, APPEAL_TEXT_LENGTH);
        AppealView appeal = repository.appeal(appealId).orElseThrow(() -> new NoSuchItemException("appeal " + appealId));
        if (Objects.equals(appeal.actedBy(), me.account()) || appeal.appellantId() == me.account()) {
            throw new InvalidInputException("decision", "moderation.error.same-griffier");
        }
        if (appeal.decision() != null) {
            throw new InvalidInputException("decision", "moderation.error.already-decided");
        }
        Instant now = clock.instant();
        if (!repository.decideAppeal(appealId, decision, checked, me.account(), now, version)) {
            throw new ConcurrentChangeException();
        }
        ModerationRepository.ActionRow action = repository.action(appeal.actionId(), true).orElseThrow();
        AppealOutcome outcome = decision == AppealDecision.UPHOLD ? AppealOutcome.UPHELD : AppealOutcome.OVERTURNED;
        if (decision == AppealDecision.OVERTURN) {
            repository.bumpVersion(action.itemId());
            ModerationRepository.Target target = repository.target(action.ref()).orElseThrow();
            switch (action.action()) {
                case HIDE -> {
                    if ("HIDDEN".equals(target.state())) {
                        restoreContent(action.ref());
                    }
                }
                case REDACT -> {
                    if (!unredact(action)) {
                        outcome = AppealOutcome.OVERTURNED_TEXT_NOT_RESTORED;
                    }
                }
                case BLOCK_AUTHOR -> accounts.unblock(action.authorId());
                default -> { }
            }
            repository.markOverturned(action.id(), now);
        }
        if (action.action() == ModerationAction.REDACT) {
            repository.eraseRedaction(action.id());
        }
        notifications.appealDecided(action.id(), appeal.appellantId(), action.ref().type(), decision);
        audit.record(me.account(), "MODERATION_APPEAL_" + decision.name(), action.ref().type().name(),
                action.ref().id(), checked, "action=" + action.id() + " appeal=" + appealId + " outcome=" + outcome);
        events.publishEvent(new ModerationChanged(action.itemId(), action.ref(), action.action(), appealId));
        return outcome;
    }

    /** Puts back what the redaction took out; false when nothing was kept or the placeholder is gone. */
    private boolean unredact(ModerationRepository.ActionRow action) {
        return repository.redaction(action.id()).map(redacted -> switch (action.ref().type()) {
            case PROPOSAL -> proposals.unredactProposal(action.ref().id(), redacted);
            case COMMENT -> proposals.unredactComment(action.ref().id(), redacted);
            case PROFILE -> false;
        }).orElse(false);
    }

    // ---- transparency -----------------------------------------------------------------------------------------

    /** The public log, newest first: date, kind of item, consultation, action and reason category. */
    @PreAuthorize("permitAll()")
    public List<PublicLogEntry> publicLog(int offset, int limit) {
        Paging.check(offset, limit);
        return repository.publicLog(offset, limit);
    }

    @PreAuthorize("permitAll()")
    public int countPublicLog() {
        return repository.countPublicLog();
    }

    /** Counts per month, action and reason, newest month first. */
    @PreAuthorize("permitAll()")
    public List<MonthlyCount> monthlyCounts() {
        return repository.monthlyCounts();
    }

    /**
     * The rules of conduct to show on a consultation's forms (null: the platform's), in the language given; the
     * griffie edits a consultation's own with {@link ConsultationService#setConductRules}. An unknown consultation
     * is a {@link NoSuchItemException}.
     */
    @PreAuthorize("permitAll()")
    public ConductRules conductRules(Long consultationId, Locale locale) {
        String own = consultationId == null ? null : consultations.consultation(consultationId).conductRules();
        if (own != null) {
            return new ConductRules(consultationId, own, false);
        }
        return new ConductRules(consultationId, messages.getMessage(DEFAULT_RULES_KEY, null,
                locale == null ? Locale.forLanguageTag("nl") : locale), true);
    }

    // ---- shared rules -----------------------------------------------------------------------------------------

    /** What a reporter may see and so report: no hidden or waiting items, no comment removed by its author. */
    private static boolean visible(ModerationRepository.Target target, Actor me) {
        if (me.griffie() || target.ref().type() == ContentType.PROFILE) {
            return true;
        }
        boolean proposalVisible = visible(target.proposalState(), me);
        return target.ref().type() == ContentType.PROPOSAL ? proposalVisible
                : proposalVisible && "PUBLISHED".equals(target.state());
    }

    /** Whether a proposal in this state is there for the reporter; a comment's proposal is, when the comment's is. */
    private static boolean visible(String proposalState, Actor me) {
        return me.griffie() || !"HIDDEN".equals(proposalState) && !"AWAITING_MODERATION".equals(proposalState);
    }

    private static boolean hideable(ModerationRepository.Target target) {
        return switch (target.ref().type()) {
            case PROPOSAL -> !"HIDDEN".equals(target.state());
            case COMMENT -> "PUBLISHED".equals(target.state()) || "AWAITING_MODERATION".equals(target.state());
            case PROFILE -> "PUBLISHED".equals(target.state());
        };
    }

    private static boolean concernsAuthor(ModerationAction action) {
        return action.appealable() || action == ModerationAction.RESTORE || action == ModerationAction.UNBLOCK;
    }

}
