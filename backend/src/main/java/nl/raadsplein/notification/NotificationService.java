package nl.raadsplein.notification;

import nl.raadsplein.platform.PlatformProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.raadsplein.notification.MailOutbox.OutgoingMail;
import nl.raadsplein.notification.NotificationRepository.NewNotification;
import nl.raadsplein.notification.NotificationRepository.Recipient;
import nl.raadsplein.platform.Paging;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following proposals and consultations, and the notifications that tell followers what happened: in the
 * app always, by mail as each recipient chose (right away, in a daily digest, or not at all).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    static final int TITLE_LENGTH = 300;
    static final int LINK_LENGTH = 300;
    static final String SETTINGS_PATH = "/meldingen";
    private static final Pattern KIND = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern LINK = Pattern.compile("/(?![/\\\\])[^\\s\\p{Cc}\\\\]*");

    private final NotificationRepository repository;
    private final MailSender mailSender;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlatformProperties platform;

    NotificationService(NotificationRepository repository, MailSender mailSender, MessageSource messages,
            ApplicationEventPublisher events, Clock clock, PlatformProperties platform) {
        this.repository = repository;
        this.mailSender = mailSender;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.platform = platform;
    }

    /** Follows the target; following it again changes nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void follow(FollowTarget type, long targetId) {
        followOnBehalf(Actor.currentAccountId(), type, targetId);
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

    /**
     * Makes the account follow the target, for features that decide so in their own transaction (an author
     * follows their proposal, a supporter or commenter the proposal they took part in). Idempotent.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void followOnBehalf(long accountId, FollowTarget type, long targetId) {
        required(type);
        if (!repository.accountExists(accountId)) {
            throw new NoSuchItemException("account " + accountId);
        }
        if (!repository.targetExists(type, targetId)) {
            throw new NoSuchItemException(type + " " + targetId);
        }
        repository.follow(accountId, type, targetId, clock.instant());
    }

    /**
     * Tells every follower of the target, except {@code exceptAccountId} (the one who acted; may be null), and
     * the extra recipients: one notification each, with the notice's title rendered in the recipient's language,
     * and a mail as each one chose. Joins the caller's transaction: if that rolls back, nobody is told.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void notify(FollowTarget type, long targetId, Notice notice, Collection<Long> extraRecipients,
            Long exceptAccountId) {
        required(type);
        checkNotice(notice);
        deliver(repository.recipients(type, targetId, distinct(extraRecipients), exceptAccountId), targetId, notice);
    }

    /**
     * Tells the given accounts, and nobody else, as {@link #notify} tells followers: one notification each in the
     * recipient's language, a mail as each one chose, in the caller's transaction. For news about one person's own
     * doings, such as a moderation decision about their comment.
     *
     * @param subjectId what the news is about (a proposal's or comment's id), or null
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void notifyAccounts(Collection<Long> accountIds, Long subjectId, Notice notice) {
        checkNotice(notice);
        Collection<Long> recipients = distinct(accountIds);
        if (!recipients.isEmpty()) {
            deliver(repository.recipients(recipients), subjectId, notice);
        }
    }

    private static void checkNotice(Notice notice) {
        Objects.requireNonNull(notice, "notice");
        if (notice.kind() == null || !KIND.matcher(notice.kind()).matches()) {
            throw new IllegalArgumentException("kind must match " + KIND + ": " + notice.kind());
        }
        Objects.requireNonNull(notice.titleKey(), "titleKey");
        String link = notice.link();
        if (link == null || link.length() > LINK_LENGTH || !LINK.matcher(link).matches()) {
            throw new IllegalArgumentException("link must be a path within the application: " + link);
        }
    }

    private static Collection<Long> distinct(Collection<Long> accountIds) {
        return accountIds == null ? List.of() : accountIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    private void deliver(List<Recipient> recipients, Long subjectId, Notice notice) {
        Object[] titleArguments = notice.arguments() == null ? new Object[0] : notice.arguments().toArray();
        String link = notice.link();
        List<NewNotification> notifications = new ArrayList<>();
        List<OutgoingMail> mails = new ArrayList<>();
        for (Recipient recipient : recipients) {
            Locale locale = MailSender.locale(recipient.language());
            String title = MailSender.truncate(messages.getMessage(notice.titleKey(), titleArguments, locale),
                    TITLE_LENGTH);
            boolean mailNow = recipient.frequency() == NotificationFrequency.IMMEDIATE && recipient.emailConfirmed();
            notifications.add(new NewNotification(recipient.accountId(), notice.kind(), subjectId, title, link,
                    recipient.frequency() != NotificationFrequency.DAILY));
            if (mailNow) {
                mails.add(mailSender.mail(recipient.email(),
                        messages.getMessage("notification.mail.single.subject", null, locale),
                        messages.getMessage("notification.mail.single.body",
                                new Object[] {recipient.displayName(), title, platform.link(link), platform.link(SETTINGS_PATH)},
                                locale),
                        locale));
            }
        }
        Instant now = clock.instant();
        repository.insert(notifications, now);
        mailSender.queue(mails);
        changed(recipients.stream().map(Recipient::accountId).toList());
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
            changed(List.of(me));
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        long me = Actor.currentAccountId();
        if (repository.markAllRead(me, clock.instant()) > 0) {
            changed(List.of(me));
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

    private static FollowTarget required(FollowTarget type) {
        if (type == null) {
            throw new InvalidInputException("type", "error.required");
        }
        return type;
    }

    /** Announces the change once the transaction has committed: a rolled-back one announces nothing. */
    private void changed(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        events.publishEvent(new NotificationsChanged(Set.copyOf(new LinkedHashSet<>(accountIds))));
    }

}
