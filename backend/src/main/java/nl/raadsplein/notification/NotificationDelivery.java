package nl.raadsplein.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.raadsplein.notification.MailOutbox.OutgoingMail;
import nl.raadsplein.notification.NotificationRepository.NewNotification;
import nl.raadsplein.notification.NotificationRepository.Recipient;
import nl.raadsplein.notification.internal.Notice;
import nl.raadsplein.notification.internal.Notifier;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.PlatformProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people news for the features that decide it, in the app always and by mail as each recipient chose (right
 * away, in a daily digest, or not at all), and makes them follow what they took part in.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class NotificationDelivery implements Notifier {

    static final int TITLE_LENGTH = 300;
    static final int LINK_LENGTH = 300;
    private static final Pattern KIND = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern LINK = Pattern.compile("/(?![/\\\\])[^\\s\\p{Cc}\\\\]*");
    /**
     * Kinds of news that can come thick and fast about one subject: who asked for mail right away gets at most one
     * such mail per subject in this time (ADR 24); the rest waits, listed in the app, for the next one or the digest.
     */
    static final Set<String> COALESCED = Set.of(ProposalNotifications.COMMENTED);

    static final Duration COALESCE_WITHIN = Duration.ofHours(1);

    private final NotificationRepository repository;
    private final MailSender mailSender;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlatformProperties platform;

    NotificationDelivery(
            NotificationRepository repository,
            MailSender mailSender,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformProperties platform) {
        this.repository = repository;
        this.mailSender = mailSender;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.platform = platform;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void followOnBehalf(long accountId, FollowTarget type, long targetId) {
        NotificationService.required(type);
        if (repository.follow(accountId, type, targetId, clock.instant())) {
            return;
        }
        NotificationRepository.Followable followable = repository.followable(accountId, type, targetId);
        if (!followable.account()) {
            throw new NoSuchItemException("account " + accountId);
        }
        if (!followable.target()) {
            throw new NoSuchItemException(type + " " + targetId);
        }
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void notify(
            FollowTarget type,
            long targetId,
            Notice notice,
            Collection<Long> extraRecipients,
            @Nullable Long exceptAccountId) {
        NotificationService.required(type);
        checkNotice(notice);
        deliver(repository.recipients(type, targetId, distinct(extraRecipients), exceptAccountId), targetId, notice);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void notifyAccounts(Collection<Long> accountIds, @Nullable Long subjectId, Notice notice) {
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
        return accountIds == null
                ? List.of()
                : accountIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    private void deliver(List<Recipient> recipients, @Nullable Long subjectId, Notice notice) {
        Object[] titleArguments =
                notice.arguments() == null ? new Object[0] : notice.arguments().toArray();
        String link = notice.link();
        Instant now = clock.instant();
        List<Long> mailable = recipients.stream()
                .filter(NotificationDelivery::mailedRightAway)
                .map(Recipient::accountId)
                .toList();
        Set<Long> held = Set.of();
        Map<Long, Integer> waiting = Map.of();
        if (subjectId != null && COALESCED.contains(notice.kind())) {
            held = repository.mailedSince(mailable, notice.kind(), subjectId, now.minus(COALESCE_WITHIN));
            Set<Long> recentlyMailed = held;
            waiting = repository.takeWaiting(
                    mailable.stream().filter(id -> !recentlyMailed.contains(id)).toList(),
                    notice.kind(),
                    subjectId,
                    now);
        }
        List<NewNotification> notifications = new ArrayList<>();
        List<OutgoingMail> mails = new ArrayList<>();
        for (Recipient recipient : recipients) {
            Locale locale = MailSender.locale(recipient.language());
            String title =
                    MailSender.truncate(messages.getMessage(notice.titleKey(), titleArguments, locale), TITLE_LENGTH);
            boolean heldBack = held.contains(recipient.accountId());
            boolean mailNow = mailedRightAway(recipient) && !heldBack;
            notifications.add(new NewNotification(
                    recipient.accountId(),
                    notice.kind(),
                    subjectId,
                    title,
                    link,
                    // held back, it waits undigested for the next mail about the subject or the digest
                    recipient.frequency() != NotificationFrequency.DAILY && !heldBack,
                    mailNow));
            if (mailNow) {
                int earlier = waiting.getOrDefault(recipient.accountId(), 0);
                String news = earlier == 0
                        ? title
                        : title + "\n\n"
                                + messages.getMessage(
                                        "notification.mail.single.waiting", new Object[] {earlier}, locale);
                mails.add(mailSender.mail(
                        recipient.email(),
                        messages.getMessage("notification.mail.single.subject", null, locale),
                        messages.getMessage(
                                "notification.mail.single.body",
                                new Object[] {
                                    recipient.displayName(),
                                    news,
                                    platform.link(link),
                                    platform.link(NotificationService.SETTINGS_PATH)
                                },
                                locale),
                        locale));
            }
        }
        repository.insert(notifications, now);
        mailSender.queue(mails);
        changed(recipients.stream().map(Recipient::accountId).toList());
    }

    private static boolean mailedRightAway(Recipient recipient) {
        return recipient.frequency() == NotificationFrequency.IMMEDIATE && recipient.emailConfirmed();
    }

    /** Announces the change once the transaction has committed: a rolled-back one announces nothing. */
    private void changed(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        events.publishEvent(new NotificationsChanged(Set.copyOf(new LinkedHashSet<>(accountIds))));
    }
}
