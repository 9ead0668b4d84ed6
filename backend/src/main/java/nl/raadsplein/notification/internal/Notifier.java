package nl.raadsplein.notification.internal;

import java.util.Collection;
import nl.raadsplein.notification.FollowTarget;
import org.jspecify.annotations.Nullable;

/**
 * How other features tell people news and make them follow what they took part in, in the caller's transaction:
 * if that rolls back, nobody is told and nobody follows. Not for views, which act for the person logged in through
 * {@code NotificationService}.
 */
public interface Notifier {

    /**
     * Makes the account follow the target, for features that decide so in their own transaction (an author
     * follows their proposal, a supporter or commenter the proposal they took part in). Idempotent.
     */
    void followOnBehalf(long accountId, FollowTarget type, long targetId);

    /**
     * Tells every follower of the target, except {@code exceptAccountId} (the one who acted; may be null), and
     * the extra recipients: one notification each, with the notice's title rendered in the recipient's language,
     * and a mail as each one chose.
     */
    void notify(
            FollowTarget type,
            long targetId,
            Notice notice,
            Collection<Long> extraRecipients,
            @Nullable Long exceptAccountId);

    /**
     * Tells the given accounts, and nobody else, as {@link #notify} tells followers. For news about one person's
     * own doings, such as a moderation decision about their comment.
     *
     * @param subjectId what the news is about (a proposal's or comment's id), or null
     */
    void notifyAccounts(Collection<Long> accountIds, @Nullable Long subjectId, Notice notice);
}
