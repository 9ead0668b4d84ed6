package nl.raadsplein.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.raadsplein.notification.MailOutbox.OutgoingMail;
import nl.raadsplein.notification.NotificationRepository.DigestItem;
import nl.raadsplein.notification.NotificationRepository.Recipient;
import nl.raadsplein.platform.PlatformProperties;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, one mail to each account that chose a daily digest, listing the notifications that came in
 * since the last one. Queuing the mail and marking the notifications digested happen in one transaction.
 */
@Component
class DailyDigest {

    /** Notifications taken per transaction. */
    static final int CHUNK = 2000;
    /** Titles listed in one mail; the rest are counted, and all are in the app. */
    static final int MAX_LISTED = 25;

    private final NotificationRepository repository;
    private final MailSender mailSender;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final PlatformProperties platform;

    DailyDigest(
            NotificationRepository repository,
            MailSender mailSender,
            MessageSource messages,
            Clock clock,
            PlatformTransactionManager transactionManager,
            PlatformProperties platform) {
        this.repository = repository;
        this.mailSender = mailSender;
        this.messages = messages;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.platform = platform;
    }

    @Scheduled(
            cron = "${raadsplein.notification.digest-cron:0 0 7 * * *}",
            zone = "${raadsplein.notification.digest-zone:Europe/Amsterdam}")
    void run() {
        while (runChunk() == CHUNK) {
            // a full chunk: there may be more waiting
        }
    }

    /** Digests up to {@link #CHUNK} notifications; returns how many it took. */
    int runChunk() {
        Integer taken = transactions.execute(status -> {
            List<Long> ids = repository.claimForDigest(clock.instant(), CHUNK);
            if (ids.isEmpty()) {
                return 0;
            }
            Map<Recipient, List<DigestItem>> byRecipient = repository.digestItems(ids).stream()
                    .collect(Collectors.groupingBy(DigestItem::recipient, LinkedHashMap::new, Collectors.toList()));
            List<OutgoingMail> mails = new ArrayList<>();
            byRecipient.forEach((recipient, items) -> {
                if (recipient.emailConfirmed()) {
                    mails.add(mail(recipient, items));
                }
            });
            mailSender.queue(mails);
            return ids.size();
        });
        return taken == null ? 0 : taken;
    }

    private OutgoingMail mail(Recipient recipient, List<DigestItem> items) {
        Locale locale = MailSender.locale(recipient.language());
        StringBuilder list = new StringBuilder();
        for (DigestItem item : items.subList(0, Math.min(items.size(), MAX_LISTED))) {
            list.append("- ")
                    .append(item.title())
                    .append("\n  ")
                    .append(platform.link(item.link()))
                    .append("\n");
        }
        if (items.size() > MAX_LISTED) {
            list.append(messages.getMessage(
                            "notification.mail.digest.more", new Object[] {items.size() - MAX_LISTED}, locale))
                    .append("\n");
        }
        return mailSender.mail(
                recipient.email(),
                messages.getMessage("notification.mail.digest.subject", null, locale),
                messages.getMessage(
                        "notification.mail.digest.body",
                        new Object[] {
                            recipient.displayName(),
                            items.size(),
                            list.toString().stripTrailing(),
                            platform.link(NotificationService.SETTINGS_PATH)
                        },
                        locale),
                locale);
    }
}
