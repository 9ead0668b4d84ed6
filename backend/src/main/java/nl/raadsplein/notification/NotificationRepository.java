package nl.raadsplein.notification;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.FOLLOW;
import static nl.raadsplein.jooq.Tables.MOTION;
import static nl.raadsplein.jooq.Tables.NOTIFICATION;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
class NotificationRepository {

    /** Someone to tell, with what their mail needs. */
    record Recipient(
            long accountId,
            String email,
            String displayName,
            String language,
            NotificationFrequency frequency,
            boolean emailConfirmed) {}

    /**
     * A notification to store for one recipient; digested when no digest should pick it up, mailed when it goes out
     * by mail right away.
     */
    record NewNotification(
            long accountId,
            String kind,
            @Nullable Long subjectId,
            String title,
            String link,
            boolean digested,
            boolean mailed) {}

    /** An undigested notification with its recipient, for the daily digest. */
    record DigestItem(Recipient recipient, String title, String link, Instant createdAt) {}

    private final DSLContext dsl;

    NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether the account exists and the target can be followed: why {@link #follow} followed nothing. */
    Followable followable(long accountId, FollowTarget type, long targetId) {
        return dsl.select(field(accountExists(accountId)), field(targetExists(type, targetId)))
                .fetchSingle(mapping(Followable::new));
    }

    record Followable(boolean account, boolean target) {}

    private static Condition accountExists(long accountId) {
        return exists(selectOne().from(ACCOUNT).where(ACCOUNT.ID.eq(accountId)));
    }

    private static Condition targetExists(FollowTarget type, long targetId) {
        return switch (type) {
            case PROPOSAL -> exists(selectOne().from(PROPOSAL).where(PROPOSAL.ID.eq(targetId)));
            case CONSULTATION -> exists(selectOne().from(CONSULTATION).where(CONSULTATION.ID.eq(targetId)));
            // a draft motion is its submitters' alone; it becomes public, and followable, once submitted
            case MOTION ->
                exists(selectOne().from(MOTION).where(MOTION.ID.eq(targetId).and(MOTION.SUBMITTED_AT.isNotNull())));
        };
    }

    /**
     * Follows the target if the account and the target exist, in one statement (a support or a comment follows its
     * proposal on every call). False when it followed nothing: the account or the target is missing or, where the
     * driver counts a row left as it was as unaffected, the account followed it already; {@link #followable} tells
     * which. Atomic on the primary key: concurrent calls leave one row and raise no duplicate-key error.
     */
    boolean follow(long accountId, FollowTarget type, long targetId, Instant now) {
        return dsl.insertInto(FOLLOW, FOLLOW.ACCOUNT_ID, FOLLOW.TARGET_TYPE, FOLLOW.TARGET_ID, FOLLOW.CREATED_AT)
                        .select(select(
                                        val(accountId, FOLLOW.ACCOUNT_ID),
                                        val(type, FOLLOW.TARGET_TYPE),
                                        val(targetId, FOLLOW.TARGET_ID),
                                        val(now, FOLLOW.CREATED_AT))
                                .where(accountExists(accountId).and(targetExists(type, targetId))))
                        .onDuplicateKeyUpdate()
                        .set(FOLLOW.ACCOUNT_ID, FOLLOW.ACCOUNT_ID)
                        .execute()
                > 0;
    }

    void unfollow(long accountId, FollowTarget type, long targetId) {
        dsl.deleteFrom(FOLLOW).where(following(accountId, type, targetId)).execute();
    }

    boolean isFollowing(long accountId, FollowTarget type, long targetId) {
        return dsl.fetchExists(FOLLOW, following(accountId, type, targetId));
    }

    private static Condition following(long accountId, FollowTarget type, long targetId) {
        return FOLLOW.ACCOUNT_ID.eq(accountId).and(FOLLOW.TARGET_TYPE.eq(type)).and(FOLLOW.TARGET_ID.eq(targetId));
    }

    /** The followers of the target and the extra accounts, each once, without {@code exceptAccountId}. */
    List<Recipient> recipients(
            FollowTarget type, long targetId, Collection<Long> extra, @Nullable Long exceptAccountId) {
        Condition who = ACCOUNT.ID.in(select(FOLLOW.ACCOUNT_ID)
                .from(FOLLOW)
                .where(FOLLOW.TARGET_TYPE.eq(type).and(FOLLOW.TARGET_ID.eq(targetId))));
        if (!extra.isEmpty()) {
            who = who.or(ACCOUNT.ID.in(extra));
        }
        if (exceptAccountId != null) {
            who = who.and(ACCOUNT.ID.ne(exceptAccountId));
        }
        return recipients(who);
    }

    /** These accounts, each once (an id no account has, or a deleted account, is left out). */
    List<Recipient> recipients(Collection<Long> accountIds) {
        return recipients(ACCOUNT.ID.in(accountIds));
    }

    private List<Recipient> recipients(Condition who) {
        return dsl.select(
                        ACCOUNT.ID,
                        ACCOUNT.EMAIL,
                        ACCOUNT.DISPLAY_NAME,
                        ACCOUNT.LANGUAGE,
                        ACCOUNT.NOTIFICATION_FREQUENCY,
                        field(ACCOUNT.EMAIL_CONFIRMED_AT.isNotNull()))
                .from(ACCOUNT)
                // a deleted account hears nothing more: it has no address and nobody reads it
                .where(who.and(ACCOUNT.DELETED_AT.isNull()))
                .orderBy(ACCOUNT.ID)
                .fetch(mapping(Recipient::new));
    }

    void insert(Collection<NewNotification> notifications, Instant now) {
        if (notifications.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(
                NOTIFICATION,
                NOTIFICATION.ACCOUNT_ID,
                NOTIFICATION.KIND,
                NOTIFICATION.SUBJECT_ID,
                NOTIFICATION.TITLE,
                NOTIFICATION.LINK,
                NOTIFICATION.CREATED_AT,
                NOTIFICATION.DIGESTED_AT,
                NOTIFICATION.MAILED_AT);
        for (NewNotification n : notifications) {
            insert = insert.values(
                    n.accountId(),
                    n.kind(),
                    n.subjectId(),
                    n.title(),
                    n.link(),
                    now,
                    n.digested() ? now : null,
                    n.mailed() ? now : null);
        }
        insert.execute();
    }

    /** Which of these accounts were mailed a notification of this kind about this subject since {@code since}. */
    Set<Long> mailedSince(Collection<Long> accountIds, String kind, long subjectId, Instant since) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return dsl.selectDistinct(NOTIFICATION.ACCOUNT_ID)
                .from(NOTIFICATION)
                .where(NOTIFICATION.ACCOUNT_ID.in(accountIds))
                .and(NOTIFICATION.KIND.eq(kind))
                .and(NOTIFICATION.SUBJECT_ID.eq(subjectId))
                .and(NOTIFICATION.MAILED_AT.gt(since))
                .fetchSet(Record1::value1);
    }

    /**
     * Marks the notifications of this kind about this subject that waited for these accounts' next mail as mailed
     * now (and so digested); returns how many waited per account.
     */
    Map<Long, Integer> takeWaiting(Collection<Long> accountIds, String kind, long subjectId, Instant now) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Condition waiting = NOTIFICATION
                .ACCOUNT_ID
                .in(accountIds)
                .and(NOTIFICATION.KIND.eq(kind))
                .and(NOTIFICATION.SUBJECT_ID.eq(subjectId))
                .and(NOTIFICATION.DIGESTED_AT.isNull());
        Map<Long, Integer> counts = dsl.select(NOTIFICATION.ACCOUNT_ID, DSL.count())
                .from(NOTIFICATION)
                .where(waiting)
                .groupBy(NOTIFICATION.ACCOUNT_ID)
                .forUpdate()
                .fetchMap(Record2::value1, Record2::value2);
        if (!counts.isEmpty()) {
            dsl.update(NOTIFICATION)
                    .set(NOTIFICATION.DIGESTED_AT, now)
                    .set(NOTIFICATION.MAILED_AT, now)
                    .where(waiting)
                    .execute();
        }
        return counts;
    }

    /** Newest first. */
    List<Notification> notificationsOf(long accountId, int offset, int limit) {
        return dsl.select(
                        NOTIFICATION.ID,
                        NOTIFICATION.KIND,
                        NOTIFICATION.TITLE,
                        NOTIFICATION.LINK,
                        NOTIFICATION.CREATED_AT,
                        field(NOTIFICATION.READ_AT.isNotNull()))
                .from(NOTIFICATION)
                .where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .limit(limit)
                .offset(offset)
                .fetch(mapping(Notification::new));
    }

    int count(long accountId) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.ACCOUNT_ID.eq(accountId));
    }

    int unreadCount(long accountId) {
        return dsl.fetchCount(
                NOTIFICATION, NOTIFICATION.ACCOUNT_ID.eq(accountId).and(NOTIFICATION.READ_AT.isNull()));
    }

    boolean isOwn(long notificationId, long accountId) {
        return dsl.fetchExists(
                NOTIFICATION, NOTIFICATION.ID.eq(notificationId).and(NOTIFICATION.ACCOUNT_ID.eq(accountId)));
    }

    /** Returns whether it was unread. */
    boolean markRead(long notificationId, long accountId, Instant now) {
        return dsl.update(NOTIFICATION)
                        .set(NOTIFICATION.READ_AT, now)
                        .where(NOTIFICATION.ID.eq(notificationId))
                        .and(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                        .and(NOTIFICATION.READ_AT.isNull())
                        .execute()
                > 0;
    }

    int markAllRead(long accountId, Instant now) {
        return dsl.update(NOTIFICATION)
                .set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                .and(NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    NotificationFrequency frequency(long accountId) {
        return dsl.select(ACCOUNT.NOTIFICATION_FREQUENCY)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId))
                .fetchSingle(Record1::value1);
    }

    void setFrequency(long accountId, NotificationFrequency frequency) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.NOTIFICATION_FREQUENCY, frequency)
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
    }

    /**
     * Takes up to {@code limit} notifications that wait for a daily digest and marks them digested; rows
     * another digest run holds are skipped, so no notification is mailed twice. Those of accounts mailed right away
     * are the ones held back for a later mail about the same subject (ADR 24): the digest takes them too.
     */
    List<Long> claimForDigest(Instant now, int limit) {
        // Only the notification rows are locked (a subquery reads without locks): accounts stay free to change.
        List<Long> ids = dsl.select(NOTIFICATION.ID)
                .from(NOTIFICATION)
                .where(NOTIFICATION.DIGESTED_AT.isNull())
                .and(NOTIFICATION.ACCOUNT_ID.in(select(ACCOUNT.ID)
                        .from(ACCOUNT)
                        .where(ACCOUNT.NOTIFICATION_FREQUENCY.in(
                                NotificationFrequency.DAILY, NotificationFrequency.IMMEDIATE))))
                .orderBy(NOTIFICATION.ACCOUNT_ID, NOTIFICATION.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(Record1::value1);
        if (!ids.isEmpty()) {
            dsl.update(NOTIFICATION)
                    .set(NOTIFICATION.DIGESTED_AT, now)
                    .where(NOTIFICATION.ID.in(ids))
                    .execute();
        }
        return ids;
    }

    /** By recipient, then oldest first. */
    List<DigestItem> digestItems(Collection<Long> notificationIds) {
        return dsl.select(
                        row(
                                        ACCOUNT.ID,
                                        ACCOUNT.EMAIL,
                                        ACCOUNT.DISPLAY_NAME,
                                        ACCOUNT.LANGUAGE,
                                        ACCOUNT.NOTIFICATION_FREQUENCY,
                                        field(ACCOUNT.EMAIL_CONFIRMED_AT.isNotNull()))
                                .mapping(Recipient::new),
                        NOTIFICATION.TITLE,
                        NOTIFICATION.LINK,
                        NOTIFICATION.CREATED_AT)
                .from(NOTIFICATION)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(NOTIFICATION.ACCOUNT_ID))
                .where(NOTIFICATION.ID.in(notificationIds))
                .orderBy(ACCOUNT.ID, NOTIFICATION.CREATED_AT, NOTIFICATION.ID)
                .fetch(mapping(DigestItem::new));
    }
}
