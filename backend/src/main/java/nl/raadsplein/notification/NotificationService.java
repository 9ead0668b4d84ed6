package nl.raadsplein.notification;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.raadsplein.notification.internal.Notifier;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following proposals and consultations, and one's own notifications: the list, the unread count, marking them
 * read, and how often mail about them comes. What other features tell people goes through
 * {@link nl.raadsplein.notification.internal.Notifier}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    static final String SETTINGS_PATH = "/meldingen";

    private final NotificationRepository repository;
    private final Notifier notifier;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(
            NotificationRepository repository, Notifier notifier, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.notifier = notifier;
        this.events = events;
        this.clock = clock;
    }

    /** Follows the target; following it again changes nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void follow(FollowTarget type, long targetId) {
        notifier.followOnBehalf(Actor.currentAccountId(), type, targetId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unfollow(FollowTarget type, long targetId) {
        repository.unfollow(Actor.currentAccountId(), required(type), targetId);
    }

    @PreAuthorize("isAuthenticated()")
    public boolean isFollowing(FollowTarget type, long targetId) {
        return repository.isFollowing(Actor.currentAccountId(), required(type), targetId);
    }

    /** My notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Notification> mine(int offset, int limit) {
        Paging.check(offset, limit);
        return repository.notificationsOf(Actor.currentAccountId(), offset, limit);
    }

    @PreAuthorize("isAuthenticated()")
    public int countMine() {
        return repository.count(Actor.currentAccountId());
    }

    @PreAuthorize("isAuthenticated()")
    public int unreadCount() {
        return repository.unreadCount(Actor.currentAccountId());
    }

    /** Marks one of my notifications read; someone else's is as unknown as one that does not exist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long notificationId) {
        long me = Actor.currentAccountId();
        if (!repository.isOwn(notificationId, me)) {
            throw new NoSuchItemException("notification " + notificationId);
        }
        if (repository.markRead(notificationId, me, clock.instant())) {
            events.publishEvent(new NotificationsChanged(Set.of(me)));
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        long me = Actor.currentAccountId();
        if (repository.markAllRead(me, clock.instant()) > 0) {
            events.publishEvent(new NotificationsChanged(Set.of(me)));
        }
    }

    @PreAuthorize("isAuthenticated()")
    public NotificationFrequency frequency() {
        return repository.frequency(Actor.currentAccountId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setFrequency(NotificationFrequency frequency) {
        if (frequency == null) {
            throw new InvalidInputException("frequency", "error.required");
        }
        repository.setFrequency(Actor.currentAccountId(), frequency);
    }

    static FollowTarget required(FollowTarget type) {
        if (type == null) {
            throw new InvalidInputException("type", "error.required");
        }
        return type;
    }
}
