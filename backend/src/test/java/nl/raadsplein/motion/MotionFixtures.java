package nl.raadsplein.motion;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.MAIL_OUTBOX;
import static nl.raadsplein.jooq.Tables.MOTION_FOLLOW_UP;
import static nl.raadsplein.jooq.Tables.NOTIFICATION;
import static nl.raadsplein.jooq.Tables.PARTY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.proposal.ProposalFixtures;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A council for a test: two or three parties with seats in a term of their own (terms do not overlap, so each
 * council gets years far from any other's), councillors of each party, a griffier and a planned meeting.
 */
@Component
public class MotionFixtures {

    private static final AtomicInteger YEAR = new AtomicInteger(2200);

    private final DSLContext dsl;
    private final ProposalFixtures accounts;
    private final CouncilTermService terms;
    private final MeetingService meetings;
    private final TransactionTemplate transaction;

    public MotionFixtures(
            DSLContext dsl,
            ProposalFixtures accounts,
            CouncilTermService terms,
            MeetingService meetings,
            PlatformTransactionManager transactions) {
        this.dsl = dsl;
        this.accounts = accounts;
        this.terms = terms;
        this.meetings = meetings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A council whose parties hold these seats, in order (party A, B, C ...). */
    public Council council(int... seats) {
        AccountPrincipal griffier = accounts.account(Role.GRIFFIER);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        long[] parties = new long[seats.length];
        AccountPrincipal[] councillors = new AccountPrincipal[seats.length];
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < seats.length; i++) {
                parties[i] = dsl.insertInto(PARTY)
                        .set(PARTY.NAME, "Partij " + (char) ('A' + i) + " " + unique)
                        .set(PARTY.ABBREVIATION, (char) ('A' + i) + unique)
                        .set(PARTY.CREATED_AT, Instant.EPOCH)
                        .returningResult(PARTY.ID)
                        .fetchSingle(Record1::value1);
            }
        });
        for (int i = 0; i < seats.length; i++) {
            councillors[i] = councillor(parties[i]);
        }
        int year = YEAR.getAndAdd(5);
        long termId = ProposalFixtures.as(griffier, () -> {
            long id = terms.createTerm(
                    new TermDraft("Raadsperiode " + year, LocalDate.of(year, 3, 30), LocalDate.of(year + 4, 3, 30)));
            Map<Long, Integer> map = new java.util.HashMap<>();
            for (int i = 0; i < seats.length; i++) {
                map.put(parties[i], seats[i]);
            }
            terms.setSeats(id, map);
            return id;
        });
        Instant meetingAt = LocalDate.of(year + 1, 6, 12).atTime(19, 30).toInstant(ZoneOffset.UTC);
        long meetingId = ProposalFixtures.as(
                griffier,
                () -> meetings.plan(new MeetingDraft(MeetingKind.COUNCIL, "Raadsvergadering", meetingAt, "Raadzaal")));
        long itemId = ProposalFixtures.as(
                griffier,
                () -> meetings.addItem(meetingId, new AgendaItemDraft("Moties vreemd aan de orde", List.of("3A.1"))));
        return new Council(termId, parties, councillors, griffier, meetingId, itemId);
    }

    /** A councillor of this party. */
    public AccountPrincipal councillor(long partyId) {
        AccountPrincipal councillor = accounts.account(Role.COUNCILLOR);
        transaction.executeWithoutResult(status -> dsl.update(ACCOUNT)
                .set(ACCOUNT.PARTY_ID, partyId)
                .where(ACCOUNT.ID.eq(councillor.accountId()))
                .execute());
        return councillor;
    }

    public int notifications(long accountId, String kind) {
        return dsl.fetchCount(
                NOTIFICATION, NOTIFICATION.ACCOUNT_ID.eq(accountId).and(NOTIFICATION.KIND.eq(kind)));
    }

    public int mails(String email) {
        return dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(email));
    }

    /**
     * A promise the executive made after the motion was adopted, recorded by the griffier at {@code createdAt}; a done
     * one was done on its due day.
     */
    public void followUp(long motionId, long griffierId, FollowUpStatus status, Instant createdAt, LocalDate dueOn) {
        dsl.insertInto(MOTION_FOLLOW_UP)
                .set(MOTION_FOLLOW_UP.MOTION_ID, motionId)
                .set(MOTION_FOLLOW_UP.PROMISE, "De raad informeren over de afspraken met de platforms")
                .set(MOTION_FOLLOW_UP.OWNER, "Wethouder Digitalisering")
                .set(MOTION_FOLLOW_UP.DUE_ON, dueOn)
                .set(MOTION_FOLLOW_UP.STATUS, status)
                .set(MOTION_FOLLOW_UP.DONE_ON, status == FollowUpStatus.DONE ? dueOn : null)
                .set(MOTION_FOLLOW_UP.CREATED_BY, griffierId)
                .set(MOTION_FOLLOW_UP.CREATED_AT, createdAt)
                .set(MOTION_FOLLOW_UP.UPDATED_AT, createdAt)
                .execute();
    }

    public static MotionDraft motion(String title, Citation... citations) {
        return new MotionDraft(
                MotionType.MOTION,
                title,
                List.of("inwoners op lokale platforms worden gerangschikt en beoordeeld"),
                List.of("vertrouwen tussen buren een publieke waarde is"),
                List.of("geen platforms te gebruiken die inwoners rangschikken", "de raad voor 1 juli te informeren"),
                null,
                null,
                null,
                List.of(citations),
                List.of("3A.1", "3A.2"));
    }

    public record Council(
            long termId,
            long[] parties,
            AccountPrincipal[] councillors,
            AccountPrincipal griffier,
            long meetingId,
            long itemId) {}
}
