package nl.raadsplein.moderation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.raadsplein.notification.FollowTarget;
import nl.raadsplein.notification.NotificationService;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Tells the author what was done with their item and why, reporters what came of their report (never who the
 * author is), and the author the outcome of an appeal: in the app and by mail, in the caller's transaction.
 */
@Component
class ModerationNotifications {

    /**
     * {@link NotificationService#notify} tells a target's followers and the extra recipients. These notices are
     * for the extra recipients only, so they name a target id no row has (ids start at 1) and nobody follows.
     */
    static final long NOBODY_FOLLOWS = 0L;
    static final String DECISION_PATH = "/moderatie/besluiten/";
    static final String LOG_PATH = "/moderatie/logboek";

    private final NotificationService notifications;

    ModerationNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    void toAuthor(long actionId, long authorId, ContentType type, ModerationAction action, ModerationReason reason) {
        notifications.notify(FollowTarget.PROPOSAL, NOBODY_FOLLOWS, "MODERATION_" + action.name(),
                "moderation.notification.author." + action.name(), List.of(kind(type), reason(reason)),
                DECISION_PATH + actionId, Set.of(authorId), null);
    }

    void toReporters(Collection<Long> reporters, ContentType type, ModerationAction action, ModerationReason reason,
            Long proposalId) {
        if (reporters.isEmpty()) {
            return;
        }
        String outcome = action == ModerationAction.DISMISS ? "dismissed" : "acted";
        String link = proposalId == null || action != ModerationAction.DISMISS ? LOG_PATH : "/voorstellen/" + proposalId;
        notifications.notify(FollowTarget.PROPOSAL, NOBODY_FOLLOWS, "MODERATION_REPORT_HANDLED",
                "moderation.notification.reporter." + outcome,
                List.of(kind(type), new DefaultMessageSourceResolvable("moderation.action." + action.name()),
                        reason(reason)),
                link, reporters, null);
    }

    void appealDecided(long actionId, long appellantId, ContentType type, AppealDecision decision) {
        notifications.notify(FollowTarget.PROPOSAL, NOBODY_FOLLOWS, "MODERATION_APPEAL_" + decision.name(),
                "moderation.notification.appeal." + decision.name(), List.of(kind(type)), DECISION_PATH + actionId,
                Set.of(appellantId), null);
    }

    private static DefaultMessageSourceResolvable kind(ContentType type) {
        return new DefaultMessageSourceResolvable("moderation.kind." + type.name());
    }

    private static DefaultMessageSourceResolvable reason(ModerationReason reason) {
        return new DefaultMessageSourceResolvable("moderation.reason." + reason.name());
    }
}
