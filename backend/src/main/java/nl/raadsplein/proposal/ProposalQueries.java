package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;
import static nl.raadsplein.jooq.Tables.ORGANISATION;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.PROPOSAL_STATE_COUNT;
import static nl.raadsplein.jooq.Tables.PROPOSAL_TOPIC;
import static nl.raadsplein.jooq.Tables.SUPPORT;
import static nl.raadsplein.proposal.ProposalQuery.PUBLIC_STATES;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.substring;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.raadsplein.consultation.PhaseDates;
import nl.raadsplein.jooq.tables.Account;
import nl.raadsplein.moderation.ContentType;
import nl.raadsplein.platform.Actor;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals as pages and lists show them, each read in one statement, and only what the viewer may see. Reads
 * account, organisation and consultation rows for names, verification and settings.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ProposalQueries {

    static final int EXCERPT_LENGTH = 200;
    static final Field<Boolean> ORGANISATION_VERIFIED = field(ORGANISATION.VERIFIED_AT.isNotNull());

    private static final Field<List<String>> TOPICS = multiset(select(PROPOSAL_TOPIC.TOPIC_CODE)
                    .from(PROPOSAL_TOPIC)
                    .where(PROPOSAL_TOPIC.PROPOSAL_ID.eq(PROPOSAL.ID))
                    .orderBy(PROPOSAL_TOPIC.TOPIC_CODE))
            .convertFrom(r -> r.map(Record1::value1));
    private static final Field<String> EXCERPT =
            substring(PROPOSAL.BODY, 1, EXCERPT_LENGTH + 1).as("excerpt");
    private static final String SUPPORTED_BY_ME = "supported_by_me";
    private static final List<Field<?>> SUMMARY_FIELDS = List.of(
            PROPOSAL.ID,
            PROPOSAL.CONSULTATION_ID,
            PROPOSAL.TITLE,
            EXCERPT,
            PROPOSAL.STATE,
            PROPOSAL.AUTHOR_ID,
            ACCOUNT.PUBLIC_ID,
            ACCOUNT.DISPLAY_NAME,
            ORGANISATION.NAME,
            ORGANISATION_VERIFIED,
            PROPOSAL.SUPPORT_COUNT,
            PROPOSAL.COMMENT_COUNT,
            TOPICS,
            PROPOSAL.CREATED_AT);
    private static final Account VIEWER = ACCOUNT.as("viewer");

    private final DSLContext dsl;

    ProposalQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Field<Boolean> supportedBy(Actor viewer) {
        return viewer.loggedIn()
                ? field(exists(selectOne()
                        .from(SUPPORT)
                        .where(SUPPORT.PROPOSAL_ID.eq(PROPOSAL.ID).and(SUPPORT.ACCOUNT_ID.eq(viewer.accountId())))))
                : inline(false);
    }

    /**
     * The details row with what the service needs to decide what the viewer may do: the consultation's dates
     * (from which it derives the phase), its edit window and whether supports need a confirmed residency, and
     * whether the viewer's is confirmed.
     */
    record DetailsRow(
            ProposalDetails details,
            PhaseDates dates,
            boolean outcomePublished,
            int editWindowMinutes,
            boolean supportsRequireVerification,
            boolean viewerVerified) {}

    boolean visible(long proposalId, Actor viewer) {
        return dsl.fetchExists(PROPOSAL, PROPOSAL.ID.eq(proposalId).and(ProposalConditions.visibleTo(viewer)));
    }

    /** Whether the proposal is hidden by reports, not by a decision: the griffie has yet to look at it. */
    boolean underReview(long proposalId) {
        return dsl.fetchExists(
                PROPOSAL.join(MODERATION_ITEM)
                        .on(MODERATION_ITEM
                                .ITEM_TYPE
                                .eq(inline(ContentType.PROPOSAL, MODERATION_ITEM.ITEM_TYPE))
                                .and(MODERATION_ITEM.ITEM_ID.eq(PROPOSAL.ID))),
                PROPOSAL.ID
                        .eq(proposalId)
                        .and(PROPOSAL.STATE.eq(ProposalState.HIDDEN))
                        .and(MODERATION_ITEM.HIDDEN_BY_REPORTS.isTrue()));
    }

    Optional<DetailsRow> details(long id, Actor viewer) {
        Field<Boolean> supported = supportedBy(viewer);
        Field<Boolean> outcomePublished = field(CONSULTATION.OUTCOME_PUBLISHED_AT.isNotNull());
        Field<Boolean> viewerVerified = viewer.loggedIn()
                ? field(exists(selectOne()
                        .from(VIEWER)
                        .where(VIEWER.ID.eq(viewer.accountId()).and(VIEWER.VERIFIED_AT.isNotNull()))))
                : inline(false);
        return dsl.select(
                        PROPOSAL.asterisk(),
                        CONSULTATION.TITLE,
                        CONSULTATION.SUPPORT_THRESHOLD,
                        CONSULTATION.EDIT_WINDOW_MINUTES,
                        CONSULTATION.SUPPORTS_REQUIRE_VERIFICATION,
                        CONSULTATION.INFORMATION_FROM,
                        CONSULTATION.PROPOSALS_FROM,
                        CONSULTATION.SUPPORTS_FROM,
                        CONSULTATION.DELIBERATION_FROM,
                        CONSULTATION.CLOSED_FROM,
                        outcomePublished,
                        ACCOUNT.PUBLIC_ID,
                        ACCOUNT.DISPLAY_NAME,
                        ORGANISATION.NAME,
                        ORGANISATION_VERIFIED,
                        TOPICS,
                        supported,
                        viewerVerified)
                .from(PROPOSAL)
                .join(CONSULTATION)
                .on(CONSULTATION.ID.eq(PROPOSAL.CONSULTATION_ID))
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(PROPOSAL.AUTHOR_ID))
                .leftJoin(ORGANISATION)
                .on(ORGANISATION.ID.eq(PROPOSAL.ORGANISATION_ID))
                .where(PROPOSAL.ID.eq(id).and(ProposalConditions.visibleTo(viewer)))
                .fetchOptional(r -> {
                    var p = r.into(PROPOSAL);
                    ProposalDetails details = new ProposalDetails(
                            p.getId(),
                            p.getConsultationId(),
                            r.get(CONSULTATION.TITLE),
                            p.getTitle(),
                            p.getBody(),
                            p.getAddress(),
                            p.getState(),
                            p.getAuthorId(),
                            r.get(ACCOUNT.PUBLIC_ID),
                            r.get(ACCOUNT.DISPLAY_NAME),
                            p.getOrganisationId(),
                            r.get(ORGANISATION.NAME),
                            r.get(ORGANISATION_VERIFIED),
                            r.get(TOPICS),
                            p.getSupportCount(),
                            r.get(CONSULTATION.SUPPORT_THRESHOLD),
                            p.getCommentCount(),
                            p.getCommentsFor(),
                            p.getCommentsAgainst(),
                            p.getWithdrawnReason(),
                            p.getAnswerKind(),
                            p.getAnswerText(),
                            p.getAnsweredAt(),
                            p.getEntryChannel(),
                            r.get(supported),
                            viewer.is(p.getAuthorId()),
                            false,
                            ProposalPermissions.NONE,
                            p.getCreatedAt(),
                            p.getVersion());
                    PhaseDates dates = new PhaseDates(
                            r.get(CONSULTATION.INFORMATION_FROM),
                            r.get(CONSULTATION.PROPOSALS_FROM),
                            r.get(CONSULTATION.SUPPORTS_FROM),
                            r.get(CONSULTATION.DELIBERATION_FROM),
                            r.get(CONSULTATION.CLOSED_FROM));
                    return new DetailsRow(
                            details,
                            dates,
                            r.get(outcomePublished),
                            r.get(CONSULTATION.EDIT_WINDOW_MINUTES),
                            r.get(CONSULTATION.SUPPORTS_REQUIRE_VERIFICATION),
                            r.get(viewerVerified));
                });
    }

    /** One statement whatever the page size: topics as a multiset, the viewer's support as an EXISTS. */
    List<ProposalSummary> find(ProposalQuery query, Actor viewer, int offset, int limit) {
        return summaries(viewer)
                .where(ProposalConditions.matching(query, viewer))
                .orderBy(ProposalConditions.order(query))
                .offset(offset)
                .limit(limit)
                .fetch(this::toSummary);
    }

    /**
     * A consultation's list by state alone is counted from the counters the triggers of V26 keep (one row per
     * state, whatever the number of proposals); any other filter needs the proposals themselves.
     */
    int count(ProposalQuery query, Actor viewer) {
        Long consultationId = query.consultationId();
        boolean byStateAlone = consultationId != null
                && (query.text() == null || query.text().isBlank())
                && query.topicCode() == null
                && query.themeCode() == null
                && !query.supportedByMe()
                && !query.mine();
        if (!byStateAlone) {
            return dsl.fetchCount(PROPOSAL, ProposalConditions.matching(query, viewer));
        }
        Set<ProposalState> requested = ProposalConditions.requested(query);
        List<ProposalState> counted = ProposalConditions.visibleStates(requested, viewer);
        int tallied = counted.isEmpty()
                ? 0
                : dsl.select(coalesce(sum(PROPOSAL_STATE_COUNT.PROPOSALS), BigDecimal.ZERO))
                        .from(PROPOSAL_STATE_COUNT)
                        .where(PROPOSAL_STATE_COUNT
                                .CONSULTATION_ID
                                .eq(consultationId)
                                .and(PROPOSAL_STATE_COUNT.STATE.in(counted)))
                        .fetchSingle()
                        .value1()
                        .intValueExact();
        return ProposalConditions.ownWaiting(requested, viewer)
                ? tallied
                        + dsl.fetchCount(
                                PROPOSAL,
                                PROPOSAL.CONSULTATION_ID
                                        .eq(consultationId)
                                        .and(PROPOSAL.STATE.eq(ProposalState.AWAITING_MODERATION))
                                        .and(PROPOSAL.AUTHOR_ID.eq(viewer.accountId())))
                : tallied;
    }

    /** An author's public proposals, newest first, in one statement whatever the page size. */
    List<ProposalSummary> byAuthor(long authorId, Actor viewer, int offset, int limit) {
        return summaries(viewer)
                .where(ofAuthor(authorId))
                .orderBy(PROPOSAL.CREATED_AT.desc(), PROPOSAL.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(this::toSummary);
    }

    int countByAuthor(long authorId) {
        return dsl.fetchCount(PROPOSAL, ofAuthor(authorId));
    }

    private static Condition ofAuthor(long authorId) {
        return PROPOSAL.AUTHOR_ID.eq(authorId).and(PROPOSAL.STATE.in(PUBLIC_STATES));
    }

    /** Up to five live proposals of the consultation whose words are most like these (natural-language full text). */
    List<ProposalSummary> similar(long consultationId, String text, Actor viewer) {
        Field<Double> score = field(
                "MATCH({0}, {1}) AGAINST ({2} IN NATURAL LANGUAGE MODE)",
                Double.class, PROPOSAL.TITLE, PROPOSAL.BODY, val(text));
        return summaries(viewer)
                .where(PROPOSAL.CONSULTATION_ID
                        .eq(consultationId)
                        .and(PROPOSAL.STATE.in(
                                ProposalState.PUBLISHED, ProposalState.FOR_COUNCIL, ProposalState.ANSWERED))
                        .and(score.gt(0.0)))
                .orderBy(score.desc(), PROPOSAL.ID)
                .limit(5)
                .fetch(this::toSummary);
    }

    /** The columns of a proposal in a list, with its author, organisation, topics and the viewer's support. */
    private SelectOnConditionStep<Record> summaries(Actor viewer) {
        return dsl.select(SUMMARY_FIELDS)
                .select(supportedBy(viewer).as(SUPPORTED_BY_ME))
                .from(PROPOSAL)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(PROPOSAL.AUTHOR_ID))
                .leftJoin(ORGANISATION)
                .on(ORGANISATION.ID.eq(PROPOSAL.ORGANISATION_ID));
    }

    private ProposalSummary toSummary(Record r) {
        return new ProposalSummary(
                r.get(PROPOSAL.ID),
                r.get(PROPOSAL.CONSULTATION_ID),
                r.get(PROPOSAL.TITLE),
                excerpt(r.get(EXCERPT)),
                r.get(PROPOSAL.STATE),
                r.get(PROPOSAL.AUTHOR_ID),
                r.get(ACCOUNT.PUBLIC_ID),
                r.get(ACCOUNT.DISPLAY_NAME),
                r.get(ORGANISATION.NAME),
                r.get(ORGANISATION_VERIFIED),
                r.get(PROPOSAL.SUPPORT_COUNT),
                r.get(PROPOSAL.COMMENT_COUNT),
                r.get(TOPICS),
                r.get(SUPPORTED_BY_ME, Boolean.class),
                r.get(PROPOSAL.CREATED_AT));
    }

    static String excerpt(String body) {
        if (body.codePointCount(0, body.length()) <= EXCERPT_LENGTH) {
            return body;
        }
        int end = body.offsetByCodePoints(0, EXCERPT_LENGTH);
        int space = body.lastIndexOf(' ', end);
        return body.substring(0, space > EXCERPT_LENGTH / 2 ? space : end).strip() + "…";
    }
}
