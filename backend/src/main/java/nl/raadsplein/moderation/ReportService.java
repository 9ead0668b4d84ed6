package nl.raadsplein.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSettings;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import nl.raadsplein.platform.internal.RateLimits;
import nl.raadsplein.proposal.ProposalState;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting a proposal, comment or public profile. Reports never remove content for good. An item is hidden
 * pending review only when a griffier reports it, or when at least N distinct verified residents whose accounts are
 * at least D days old did (N and D per consultation); other reports reach the queue all the same.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class ReportService {

    public static final int REPORT_TEXT_LENGTH = 1000;

    private final ContentRepository contents;
    private final ItemRepository items;
    private final ReportRepository reports;
    private final ContentActions contentActions;
    private final ConsultationService consultations;
    private final ModerationNotifications notifications;
    private final AuditTrail audit;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportService(
            ContentRepository contents,
            ItemRepository items,
            ReportRepository reports,
            ContentActions contentActions,
            ConsultationService consultations,
            ModerationNotifications notifications,
            AuditTrail audit,
            RateLimits limits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contents = contents;
        this.items = items;
        this.reports = reports;
        this.contentActions = contentActions;
        this.consultations = consultations;
        this.notifications = notifications;
        this.audit = audit;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reports an item, once per person per item, with a reason ({@link ReportReason#needsText() OTHER needs a
     * text}). A griffier's report, or enough qualified reports, hide the item pending review.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void report(Report report) {
        Actor me = Actor.current();
        ContentRef content = report == null ? null : report.content();
        if (content == null) {
            throw new InvalidInputException("content", "error.required");
        }
        if (report.reason() == null) {
            throw new InvalidInputException("reason", "error.required");
        }
        String text = report.reason().needsText()
                        || (report.text() != null && !report.text().isBlank())
                ? TextInput.multiLine("text", report.text(), REPORT_TEXT_LENGTH)
                : null;
        Target target = contents.target(content)
                .orElseThrow(() -> new NoSuchItemException(content.type() + " " + content.id()));
        if (!visible(target, me)) {
            // The placeholder is still on the reporter's page when reports from others hid the item a moment ago.
            if (target.state() == ContentState.HIDDEN
                    && (content.type() == ContentType.PROPOSAL || visible(target.proposalState(), me))) {
                throw new InvalidInputException("reason", "moderation.error.already-hidden");
            }
            throw new NoSuchItemException(content.type() + " " + content.id());
        }
        if (target.authorId() == me.account()) {
            throw new InvalidInputException("reason", "moderation.error.own-content");
        }
        ContentRepository.Reporter reporter =
                contents.reporter(me.account()).orElseThrow(() -> new NoSuchItemException("account " + me.account()));
        if (reporter.blocked()) {
            throw new InvalidInputException("reason", "moderation.error.blocked");
        }
        ConsultationSettings rule = target.consultationId() == null
                ? ConsultationSettings.DEFAULTS
                : consultations.consultation(target.consultationId()).settings();
        Instant now = clock.instant();
        long itemId = items.ensureItem(content, target.consultationId(), target.authorId(), now);
        ItemRepository.Item item = items.lockItem(itemId);
        if (reports.hasReported(itemId, me.account())) {
            throw new InvalidInputException("reason", "moderation.error.already-reported");
        }
        limits.countPost(RateLimits.Post.REPORT, me, "reason");
        boolean qualifies = reporter.verified()
                && !reporter.createdAt().isAfter(now.minus(Duration.ofDays(rule.reporterMinimumAgeDays())));
        try {
            reports.insertReport(itemId, me.account(), report.reason(), text, qualifies, me.griffie(), now);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException("reason", "moderation.error.already-reported");
        }
        items.openItem(itemId, 1, now);
        boolean hidden = item.hiddenByReports();
        if (!hidden
                && hideable(target)
                && (me.griffie() || reports.qualifyingReporters(itemId) >= rule.reportsToHide())) {
            contentActions.hidePendingReview(content);
            items.setHiddenByReports(itemId, true);
            hidden = true;
            notifications.hiddenPendingReview(target);
            audit.record(
                    me.account(),
                    "MODERATION_HIDDEN_PENDING_REVIEW",
                    content.type().name(),
                    content.id(),
                    null,
                    me.griffie() ? "reported by the griffie" : "reports by verified residents");
        }
        int open = (item.status() == ItemStatus.OPEN ? item.openReports() : 0) + 1;
        events.publishEvent(new ReportReceived(itemId, content, target.consultationId(), open, hidden));
    }

    /** Whether the logged-in account reported this item already (the form then says so instead). */
    @PreAuthorize("isAuthenticated()")
    public boolean hasReported(ContentRef content) {
        return reports.hasReported(Objects.requireNonNull(content, "content"), Actor.currentAccountId());
    }

    /** What a reporter may see and so report: no hidden or waiting items, no comment removed by its author. */
    private static boolean visible(Target target, Actor me) {
        if (me.griffie() || target.ref().type() == ContentType.PROFILE) {
            return true;
        }
        if (target.ref().type() == ContentType.STATEMENT) {
            return target.state() == ContentState.PUBLISHED;
        }
        boolean proposalVisible = visible(target.proposalState(), me);
        return target.ref().type() == ContentType.PROPOSAL
                ? proposalVisible
                : proposalVisible && target.state() == ContentState.PUBLISHED;
    }

    /** Whether a proposal in this state is there for the reporter; a comment's proposal is, when the comment's is. */
    private static boolean visible(@Nullable ProposalState proposalState, Actor me) {
        return me.griffie()
                || proposalState != ProposalState.HIDDEN && proposalState != ProposalState.AWAITING_MODERATION;
    }

    private static boolean hideable(Target target) {
        return switch (target.ref().type()) {
            case PROPOSAL -> target.state() != ContentState.HIDDEN;
            case COMMENT ->
                target.state() == ContentState.PUBLISHED || target.state() == ContentState.AWAITING_MODERATION;
            case PROFILE -> target.state() == ContentState.PUBLISHED;
            case STATEMENT ->
                target.state() == ContentState.PUBLISHED || target.state() == ContentState.AWAITING_MODERATION;
        };
    }
}
