package nl.raadsplein.notification;

import static nl.raadsplein.jooq.Tables.MAIL_OUTBOX;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The table of mails waiting for the SMTP server. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class MailOutbox {

    /** A mail ready to leave: texts rendered, recipient checked. */
    record OutgoingMail(String recipient, String subject, String body, String messageId) {}

    /** A queued mail as the sender takes it. */
    record PendingMail(long id, String recipient, String subject, String body, String messageId, int attempts) {}

    /** The body of a mail that left or was given up on. */
    static final String ERASED = "";

    private final DSLContext dsl;

    MailOutbox(DSLContext dsl) {
        this.dsl = dsl;
    }

    void queue(Collection<OutgoingMail> mails, Instant now) {
        if (mails.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(
                MAIL_OUTBOX,
                MAIL_OUTBOX.RECIPIENT,
                MAIL_OUTBOX.SUBJECT,
                MAIL_OUTBOX.BODY,
                MAIL_OUTBOX.MESSAGE_ID,
                MAIL_OUTBOX.CREATED_AT,
                MAIL_OUTBOX.NEXT_ATTEMPT,
                MAIL_OUTBOX.ATTEMPTS);
        for (OutgoingMail mail : mails) {
            insert = insert.values(mail.recipient(), mail.subject(), mail.body(), mail.messageId(), now, now, 0);
        }
        insert.execute();
    }

    /**
     * Locks up to {@code limit} mails that are due, oldest first, skipping those another sender holds: two
     * senders never take the same mail.
     */
    List<PendingMail> lockDue(Instant now, int maxAttempts, int limit) {
        return dsl.select(
                        MAIL_OUTBOX.ID,
                        MAIL_OUTBOX.RECIPIENT,
                        MAIL_OUTBOX.SUBJECT,
                        MAIL_OUTBOX.BODY,
                        MAIL_OUTBOX.MESSAGE_ID,
                        MAIL_OUTBOX.ATTEMPTS)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.SENT_AT.isNull())
                .and(MAIL_OUTBOX.NEXT_ATTEMPT.le(now))
                .and(MAIL_OUTBOX.ATTEMPTS.lt(maxAttempts))
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT, MAIL_OUTBOX.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(mapping(PendingMail::new));
    }

    /** Marks the mail sent and erases its body: confirmation and reset links must not rest in the database. */
    void markSent(long id, Instant now) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.SENT_AT, now)
                .set(MAIL_OUTBOX.BODY, ERASED)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    /** Records a failed attempt; after the last one the body is erased too, as no sender will need it again. */
    void markFailed(long id, int attempts, boolean last, String error, Instant nextAttempt) {
        var update = dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.LAST_ERROR, error)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT, nextAttempt);
        if (last) {
            update = update.set(MAIL_OUTBOX.BODY, ERASED);
        }
        update.where(MAIL_OUTBOX.ID.eq(id)).execute();
    }

    /**
     * Removes the mails sent or given up on before {@code before}: what is left of them (recipient, subject, when)
     * serves to answer "did my mail go out?" for a while, not for ever. Returns how many went.
     */
    int purgeFinishedBefore(Instant before, int maxAttempts) {
        return dsl.deleteFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.CREATED_AT.lt(before))
                .and(MAIL_OUTBOX.SENT_AT.isNotNull().or(MAIL_OUTBOX.ATTEMPTS.ge(maxAttempts)))
                .execute();
    }
}
