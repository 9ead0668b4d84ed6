package nl.raadsplein.notification;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.FOLLOW;
import static nl.raadsplein.jooq.Tables.MAIL_OUTBOX;
import static nl.raadsplein.jooq.Tables.NOTIFICATION;
import static org.jooq.impl.DSL.select;

import java.util.List;
import nl.raadsplein.platform.internal.PersonalDataErasure;
import nl.raadsplein.platform.internal.PersonalDataExport;
import nl.raadsplein.platform.internal.PersonalDataTable;
import nl.raadsplein.platform.internal.PersonalDataTables;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A person's notifications, what they follow and the mails waiting for or recently sent to their address. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class NotificationPersonalData implements PersonalDataExport, PersonalDataErasure {

    private final DSLContext dsl;

    NotificationPersonalData(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<PersonalDataTable> export(long accountId) {
        return List.of(
                PersonalDataTables.of(
                        "notifications",
                        dsl.select(
                                        NOTIFICATION.CREATED_AT.as("created_at"),
                                        NOTIFICATION.KIND.as("kind"),
                                        NOTIFICATION.TITLE.as("title"),
                                        NOTIFICATION.LINK.as("link"),
                                        NOTIFICATION.READ_AT.as("read_at"))
                                .from(NOTIFICATION)
                                .where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                                .orderBy(NOTIFICATION.CREATED_AT, NOTIFICATION.ID)
                                .fetch()),
                PersonalDataTables.of(
                        "follows",
                        dsl.select(
                                        FOLLOW.TARGET_TYPE.as("target_type"),
                                        FOLLOW.TARGET_ID.as("target_id"),
                                        FOLLOW.CREATED_AT.as("since"))
                                .from(FOLLOW)
                                .where(FOLLOW.ACCOUNT_ID.eq(accountId))
                                .orderBy(FOLLOW.CREATED_AT, FOLLOW.TARGET_TYPE, FOLLOW.TARGET_ID)
                                .fetch()),
                // The bodies are left out: a sent mail's body is erased anyway, and a waiting one may hold a link.
                PersonalDataTables.of(
                        "mails",
                        dsl.select(
                                        MAIL_OUTBOX.CREATED_AT.as("created_at"),
                                        MAIL_OUTBOX.SUBJECT.as("subject"),
                                        MAIL_OUTBOX.SENT_AT.as("sent_at"))
                                .from(MAIL_OUTBOX)
                                .where(MAIL_OUTBOX.RECIPIENT.eq(
                                        select(ACCOUNT.EMAIL).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId))))
                                .orderBy(MAIL_OUTBOX.CREATED_AT, MAIL_OUTBOX.ID)
                                .fetch()));
    }

    @Override
    public void erase(long accountId, String email) {
        dsl.deleteFrom(FOLLOW).where(FOLLOW.ACCOUNT_ID.eq(accountId)).execute();
        dsl.deleteFrom(NOTIFICATION)
                .where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                .execute();
        dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(email)).execute();
    }
}
