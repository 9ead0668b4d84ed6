package nl.raadsplein.moderation;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.raadsplein.notification.internal.Notice;
import nl.raadsplein.notification.internal.Notifier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Tells the author what was done with their item and why, reporters what came of their report (never who the
 * author is), and the author the outcome of an appeal: in the app and by mail, in the caller's transaction.
 */
@Component
class ModerationNotifications {

    static final String DECISION_PATH = "/moderatie/besluiten/";
    static final String LOG_PATH = "/moderatie/logboek";

    private final Notifier notifications;

    ModerationNotifications(Notifier notifications) {
        this.notifications = notifications;
    }

    void toAuthor(long actionId, long authorId, ContentType type, ModerationAction action, ModerationReason reason) {
        notifications.notifyAccounts(
                List.of(authorId),
                actionId,
                new Notice(
                        "MODERATION_" + action.name(),
                        "moderation.notification.author." + action.name(),
                        List.of(kind(type), reason(reason)),
                        DECISION_PATH + actionId));
    }

    /**
     * Tells the author their item was reported and is hidden until a griffier decides; neutral, and never who
     * reported it or how many did. A hidden proposal is out of the author's sight too: the link leads to its
     * consultation.
     */
    void hiddenPendingReview(Target target) {
        String link = target.ref().type() == ContentType.PROPOSAL
                ? "/raadplegingen/" + target.consultationId()
                : itemPath(target);
        notifications.notifyAccounts(
                List.of(target.authorId()),
                target.ref().id(),
                new Notice(
                        "MODERATION_HIDDEN_PENDING_REVIEW",
                        "moderation.notification.author.hidden-pending-review",
                        List.of(kind(target.ref().type())),
                        link));
    }

    /**
     * Tells the author their item is public (again) after the griffie approved it, or dismissed the reports that
     * hid it: not an appealable decision, so the link leads to the item rather than to a decision page.
     */
    void visibleAfterReview(Target target, ModerationAction action) {
        notifications.notifyAccounts(
                List.of(target.authorId()),
                target.ref().id(),
                new Notice(
                        "MODERATION_" + action.name(),
                        "moderation.notification.author." + action.name(),
                        List.of(kind(target.ref().type())),
                        itemPath(target)));
    }

    void toReporters(
            Collection<Long> reporters,
            ContentType type,
            ModerationAction action,
            ModerationReason reason,
            @Nullable Long proposalId) {
        if (reporters.isEmpty()) {
            return;
        }
        String outcome = action == ModerationAction.DISMISS ? "dismissed" : "acted";
        String link = proposalId == null || action != ModerationAction.DISMISS ? LOG_PATH : proposalPath(proposalId);
        notifications.notifyAccounts(
                reporters,
                proposalId,
                new Notice(
                        "MODERATION_REPORT_HANDLED",
                        "moderation.notification.reporter." + outcome,
                        List.of(
                                kind(type),
                                new DefaultMessageSourceResolvable("moderation.action." + action.name()),
                                reason(reason)),
                        link));
    }

    void appealDecided(long actionId, long appellantId, ContentType type, AppealDecision decision) {
        notifications.notifyAccounts(
                List.of(appellantId),
                actionId,
                new Notice(
                        "MODERATION_APPEAL_" + decision.name(),
                        "moderation.notification.appeal." + decision.name(),
                        List.of(kind(type)),
                        DECISION_PATH + actionId));
    }

    private static String proposalPath(Long proposalId) {
        return "/voorstellen/" + proposalId;
    }

    /** Where the item shows: its proposal's page, for a profile text the public profile, for a statement its discussion. */
    private static String itemPath(Target target) {
        return switch (target.ref().type()) {
            case PROFILE -> "/deelnemers/" + target.ref().id();
            case STATEMENT ->
                "/waardendiscussies/" + Objects.requireNonNull(target.discussionId(), "a statement has a discussion");
            case PROPOSAL, COMMENT ->
                proposalPath(Objects.requireNonNull(target.proposalId(), "a proposal or comment has a proposal"));
        };
    }

    private static DefaultMessageSourceResolvable kind(ContentType type) {
        return new DefaultMessageSourceResolvable("moderation.kind." + type.name());
    }

    private static DefaultMessageSourceResolvable reason(ModerationReason reason) {
        return new DefaultMessageSourceResolvable("moderation.reason." + reason.name());
    }
}
