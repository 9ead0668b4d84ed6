package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.ACCOUNT_ROLE;
import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.ORGANISATION;
import static nl.raadsplein.jooq.Tables.ORGANISATION_MEMBER;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.SUPPORT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.OrganisationRole;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.consultation.ConsultationDraft;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSettings;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.consultation.PhaseDates;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data for the proposal tests. Accounts are inserted directly (no Argon2 hash per account, so hundreds of
 * residents cost milliseconds); organisations and verification too, as their features have no service yet.
 * Consultations go through their service.
 */
@Component
public class ProposalFixtures {

    public static final String NO_PASSWORD = "{noop}not-for-login";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext dsl;
    private final ConsultationService consultations;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private volatile AccountPrincipal griffier;

    ProposalFixtures(
            DSLContext dsl, ConsultationService consultations, Clock clock, PlatformTransactionManager transactions) {
        this.dsl = dsl;
        this.consultations = consultations;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public AccountPrincipal account(Role... roles) {
        return accounts(1, roles).getFirst();
    }

    /** {@code count} confirmed accounts with RESIDENT and these roles, inserted in a few statements. */
    public List<AccountPrincipal> accounts(int count, Role... roles) {
        Set<Role> set = EnumSet.of(Role.RESIDENT, roles);
        Instant now = clock.instant();
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<AccountPrincipal> principals = new ArrayList<>(count);
        transaction.executeWithoutResult(status -> {
            var insert = dsl.insertInto(
                    ACCOUNT,
                    ACCOUNT.EMAIL,
                    ACCOUNT.DISPLAY_NAME,
                    ACCOUNT.PASSWORD_HASH,
                    ACCOUNT.EMAIL_CONFIRMED_AT,
                    ACCOUNT.CREATED_AT);
            List<String> emails = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String email = "p-" + batch + "-" + i + "@test.example";
                emails.add(email);
                insert = insert.values(email, "Bewoner " + SEQUENCE.incrementAndGet(), NO_PASSWORD, now, now);
            }
            insert.execute();
            var ids = dsl.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME)
                    .from(ACCOUNT)
                    .where(ACCOUNT.EMAIL.in(emails))
                    .orderBy(ACCOUNT.ID)
                    .fetch();
            var roleInsert =
                    dsl.insertInto(ACCOUNT_ROLE, ACCOUNT_ROLE.ACCOUNT_ID, ACCOUNT_ROLE.ROLE, ACCOUNT_ROLE.GRANTED_AT);
            for (var r : ids) {
                for (Role role : set) {
                    roleInsert = roleInsert.values(r.value1(), role, now);
                }
                principals.add(new AccountPrincipal(r.value1(), r.value2(), r.value3(), "nl", true, set, null));
            }
            roleInsert.execute();
        });
        return principals;
    }

    public AccountPrincipal signInAs(Role... roles) {
        AccountPrincipal principal = account(roles);
        TestAccounts.signIn(principal);
        return principal;
    }

    public void verify(long... accountIds) {
        for (long id : accountIds) {
            dsl.update(ACCOUNT)
                    .set(ACCOUNT.VERIFIED_AT, clock.instant())
                    .where(ACCOUNT.ID.eq(id))
                    .execute();
        }
    }

    /** An organisation with this member, accepted or only invited. */
    public long organisation(long memberId, boolean accepted, boolean verified) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long id = dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, "Dierenoppas " + unique)
                .set(ORGANISATION.KVK_NUMBER, String.format("%08d", Math.floorMod(unique.hashCode(), 100_000_000)))
                .set(ORGANISATION.CREATED_BY, memberId)
                .set(ORGANISATION.CREATED_AT, clock.instant())
                .set(ORGANISATION.VERIFIED_AT, verified ? clock.instant() : null)
                .returningResult(ORGANISATION.ID)
                .fetchOne()
                .value1();
        dsl.insertInto(ORGANISATION_MEMBER)
                .set(ORGANISATION_MEMBER.ORGANISATION_ID, id)
                .set(ORGANISATION_MEMBER.ACCOUNT_ID, memberId)
                .set(ORGANISATION_MEMBER.ROLE, OrganisationRole.OWNER)
                .set(ORGANISATION_MEMBER.INVITED_AT, clock.instant())
                .set(ORGANISATION_MEMBER.ACCEPTED_AT, accepted ? clock.instant() : null)
                .execute();
        return id;
    }

    /** A consultation now in {@code phase} (PROPOSALS, SUPPORTS, DELIBERATION or INFORMATION). */
    public long consultation(Phase phase, ConsultationSettings settings) {
        PhaseDates dates = dates(phase);
        return asGriffier(() -> consultations.create(new ConsultationDraft(
                "Raadpleging " + SEQUENCE.incrementAndGet(),
                "Samenvatting.",
                "Uitleg.",
                dates,
                settings,
                List.of("3A.2"),
                List.of("cameras"))));
    }

    private PhaseDates dates(Phase phase) {
        Instant now = clock.instant();
        Instant proposalsFrom = switch (phase) {
            case INFORMATION -> now.plus(Duration.ofDays(1));
            case PROPOSALS -> now.minus(Duration.ofDays(1));
            case SUPPORTS -> now.minus(Duration.ofDays(15));
            case DELIBERATION -> now.minus(Duration.ofDays(29));
            default -> throw new IllegalArgumentException(phase.name());
        };
        return new PhaseDates(
                proposalsFrom.minus(Duration.ofDays(7)),
                proposalsFrom,
                proposalsFrom.plus(Duration.ofDays(14)),
                proposalsFrom.plus(Duration.ofDays(28)),
                proposalsFrom.plus(Duration.ofDays(42)));
    }

    /** A proposal by a new resident in a new consultation now in {@code phase}, which may be past submitting. */
    public long proposalIn(Phase phase, ConsultationSettings settings, ProposalService proposals) {
        long consultation = consultation(Phase.PROPOSALS, settings);
        long id = as(
                account(), () -> proposals.submit(submission(consultation, "Voorstel " + SEQUENCE.incrementAndGet())));
        PhaseDates dates = dates(phase);
        dsl.update(CONSULTATION)
                .set(CONSULTATION.INFORMATION_FROM, dates.informationFrom())
                .set(CONSULTATION.PROPOSALS_FROM, dates.proposalsFrom())
                .set(CONSULTATION.SUPPORTS_FROM, dates.supportsFrom())
                .set(CONSULTATION.DELIBERATION_FROM, dates.deliberationFrom())
                .set(CONSULTATION.CLOSED_FROM, dates.closedFrom())
                .where(CONSULTATION.ID.eq(consultation))
                .execute();
        return id;
    }

    public long consultation(Phase phase) {
        return consultation(phase, settings(50, 3, 30, false, false));
    }

    public static ConsultationSettings settings(
            int threshold, int maxProposals, int editWindow, boolean verification, boolean premoderation) {
        return new ConsultationSettings(threshold, maxProposals, editWindow, verification, premoderation);
    }

    public <T> T asGriffier(java.util.function.Supplier<T> work) {
        if (griffier == null) {
            griffier = account(Role.GRIFFIER);
        }
        return as(griffier, work);
    }

    public static <T> T as(AccountPrincipal principal, java.util.function.Supplier<T> work) {
        return AccountProvisioning.as(principal, work);
    }

    public static ProposalDraft draft(String title) {
        return new ProposalDraft(
                title, "Laat zien welke gegevens de gemeente deelt, en met wie.", List.of("personal-data"), null, null);
    }

    /** A proposal with this title for the consultation, with a text that holds no personal data. */
    public static ProposalSubmission submission(long consultationId, String title) {
        return new ProposalSubmission(consultationId, draft(title), false);
    }

    /** A comment on the proposal, or with {@code parentId} a reply, written as oneself, without personal data. */
    public static CommentSubmission newComment(long proposalId, Long parentId, Alignment alignment, String body) {
        return new CommentSubmission(proposalId, parentId, new CommentDraft(alignment, body, null), false);
    }

    /**
     * {@code count} published proposals by this author with one topic, inserted in multi-row statements (no
     * events, no limit): for the concurrency tests and the benchmark. Returns their ids in order.
     */
    public List<Long> insertProposals(long consultationId, long authorId, int count) {
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>(count);
        transaction.executeWithoutResult(status -> {
            long before = dsl.select(org.jooq.impl.DSL.max(PROPOSAL.ID))
                    .from(PROPOSAL)
                    .where(PROPOSAL.CONSULTATION_ID.eq(consultationId))
                    .fetchOptional(org.jooq.Record1::value1)
                    .map(id -> id == null ? 0L : id)
                    .orElse(0L);
            for (int start = 0; start < count; start += 1000) {
                var insert = dsl.insertInto(
                        PROPOSAL,
                        PROPOSAL.CONSULTATION_ID,
                        PROPOSAL.AUTHOR_ID,
                        PROPOSAL.TITLE,
                        PROPOSAL.BODY,
                        PROPOSAL.STATE,
                        PROPOSAL.CREATED_AT,
                        PROPOSAL.UPDATED_AT);
                for (int i = start; i < Math.min(count, start + 1000); i++) {
                    insert = insert.values(
                            consultationId,
                            authorId,
                            "Voorstel " + i,
                            "Tekst van voorstel " + i,
                            ProposalState.PUBLISHED,
                            now,
                            now);
                }
                insert.execute();
            }
            ids.addAll(dsl.select(PROPOSAL.ID)
                    .from(PROPOSAL)
                    .where(PROPOSAL.CONSULTATION_ID.eq(consultationId).and(PROPOSAL.ID.gt(before)))
                    .orderBy(PROPOSAL.ID)
                    .fetch(org.jooq.Record1::value1));
            dsl.insertInto(nl.raadsplein.jooq.Tables.PROPOSAL_TOPIC)
                    .select(dsl.select(PROPOSAL.ID, org.jooq.impl.DSL.inline("cameras"))
                            .from(PROPOSAL)
                            .where(PROPOSAL.CONSULTATION_ID.eq(consultationId).and(PROPOSAL.ID.gt(before))))
                    .execute();
        });
        return ids;
    }

    /** The opaque id of the account's public page. */
    public String publicId(long accountId) {
        return dsl.select(ACCOUNT.PUBLIC_ID)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId))
                .fetchSingle()
                .value1();
    }

    /** Gives the account a public proposal, so that others see its page, and returns the page's id. */
    public String publicPage(long accountId) {
        insertProposals(consultation(Phase.PROPOSALS), accountId, 1);
        return publicId(accountId);
    }

    public void setState(long proposalId, ProposalState state) {
        dsl.update(PROPOSAL)
                .set(PROPOSAL.STATE, state)
                .where(PROPOSAL.ID.eq(proposalId))
                .execute();
    }

    public int supportRows(long proposalId) {
        return dsl.fetchCount(SUPPORT, SUPPORT.PROPOSAL_ID.eq(proposalId));
    }

    public int supportCount(long proposalId) {
        return dsl.select(PROPOSAL.SUPPORT_COUNT)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.eq(proposalId))
                .fetchOne()
                .value1();
    }

    public int proposalCount() {
        return dsl.fetchCount(PROPOSAL);
    }

    public DSLContext dsl() {
        return dsl;
    }
}
