package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.DIGITAL_TOPIC;
import static nl.raadsplein.jooq.Tables.DIGITAL_TOPIC_THEME;
import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;
import static nl.raadsplein.jooq.Tables.ORGANISATION;
import static nl.raadsplein.jooq.Tables.ORGANISATION_MEMBER;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.PROPOSAL_TOPIC;
import static nl.raadsplein.jooq.Tables.SUPPORT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.md5;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.substring;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.raadsplein.moderation.ContentType;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.consultation.PhaseDates;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals, supports and comments. Reads account, organisation and consultation rows for names, membership,
 * verification and settings; writes only this feature's tables.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ProposalRepository {

    /** What everyone may see; HIDDEN and AWAITING_MODERATION only the griffie (and the author, while waiting). */
    static final Set<ProposalState> PUBLIC_STATES = EnumSet.of(
            ProposalState.PUBLISHED, ProposalState.FOR_COUNCIL, ProposalState.ANSWERED, ProposalState.WITHDRAWN);
    static final int EXCERPT_LENGTH = 200;

    private static final Field<List<String>> TOPICS = multiset(select(PROPOSAL_TOPIC.TOPIC_CODE)
                    .from(PROPOSAL_TOPIC)
                    .where(PROPOSAL_TOPIC.PROPOSAL_ID.eq(PROPOSAL.ID))
                    .orderBy(PROPOSAL_TOPIC.TOPIC_CODE))
            .convertFrom(r -> r.map(Record1::value1));
    private static final Field<Boolean> ORGANISATION_VERIFIED = field(ORGANISATION.VERIFIED_AT.isNotNull());
    private static final Field<String> EXCERPT = substring(PROPOSAL.BODY, 1, EXCERPT_LENGTH + 1).as("excerpt");
    private static final String SUPPORTED_BY_ME = "supported_by_me";
    private static final List<Field<?>> SUMMARY_FIELDS = List.of(PROPOSAL.ID, PROPOSAL.CONSULTATION_ID,
            PROPOSAL.TITLE, EXCERPT, PROPOSAL.STATE, PROPOSAL.AUTHOR_ID, ACCOUNT.DISPLAY_NAME, ORGANISATION.NAME,
            ORGANISATION_VERIFIED, PROPOSAL.SUPPORT_COUNT, PROPOSAL.COMMENT_COUNT, TOPICS, PROPOSAL.CREATED_AT);

    private final DSLContext dsl;

    ProposalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- rows locked for a change ------------------------------------------------------------------------------

    /** A proposal as a change needs it, its row locked until the transaction ends. */
    record Locked(long id, long consultationId, long authorId, String title, ProposalState state, int supportCount,
            Instant createdAt, int version) {
    }

    /**
     * Locks the proposal row first, so that every change to its supports, comments and counters runs one after
     * the other: no lost counter update, and no deadlock between the foreign-key check of a new support or
     * comment and the counter update that follows it.
     */
    Optional<Locked> lock(long id) {
        return dsl.select(PROPOSAL.ID, PROPOSAL.CONSULTATION_ID, PROPOSAL.AUTHOR_ID, PROPOSAL.TITLE,
                        PROPOSAL.STATE, PROPOSAL.SUPPORT_COUNT,
                        PROPOSAL.CREATED_AT, PROPOSAL.VERSION)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.eq(id))
                .forUpdate()
                .fetchOptional(mapping(Locked::new));
    }

    /**
     * Locks the author's account row: two submissions by one author run one after the other, so the limit per
     * consultation holds. A locking read only; this feature never writes accounts.
     */
    boolean lockAccount(long accountId) {
        return dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).forUpdate().fetchOptional()
                .isPresent();
    }

    boolean accountExists(long accountId) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId));
    }

    boolean isVerified(long accountId) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId).and(ACCOUNT.VERIFIED_AT.isNotNull()));
    }

    /** Whether the account is blocked by the griffie (moderation): it may then not post, comment or support. */
    boolean isBlocked(long accountId) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId).and(ACCOUNT.BLOCKED_AT.isNotNull()));
    }

    boolean isAcceptedMember(long accountId, long organisationId) {
        return dsl.fetchExists(ORGANISATION_MEMBER, ORGANISATION_MEMBER.ORGANISATION_ID.eq(organisationId)
                .and(ORGANISATION_MEMBER.ACCOUNT_ID.eq(accountId))
                .and(ORGANISATION_MEMBER.ACCEPTED_AT.isNotNull()));
    }

    int existingTopicCount(Collection<String> codes) {
        return dsl.fetchCount(DIGITAL_TOPIC, DIGITAL_TOPIC.CODE.in(codes));
    }

    int activeProposalCount(long authorId, long consultationId) {
        return dsl.fetchCount(PROPOSAL, PROPOSAL.AUTHOR_ID.eq(authorId)
                .and(PROPOSAL.CONSULTATION_ID.eq(consultationId))
                .and(PROPOSAL.STATE.ne(ProposalState.WITHDRAWN)));
    }

    // ---- proposals ------------------------------------------------------------------------------------------------

    long insert(long consultationId, long authorId, ProposalDraft draft, ProposalState state, Long enteredBy,
            EntryChannel channel, Instant now) {
        long id = dsl.insertInto(PROPOSAL)
                .set(PROPOSAL.CONSULTATION_ID, consultationId)
                .set(PROPOSAL.AUTHOR_ID, authorId)
                .set(PROPOSAL.ORGANISATION_ID, draft.organisationId())
                .set(PROPOSAL.TITLE, draft.title())
                .set(PROPOSAL.BODY, draft.body())
                .set(PROPOSAL.ADDRESS, draft.address())
                .set(PROPOSAL.STATE, state)
                .set(PROPOSAL.ENTERED_BY, enteredBy)
                .set(PROPOSAL.ENTRY_CHANNEL, channel)
                .set(PROPOSAL.CREATED_AT, now)
                .set(PROPOSAL.UPDATED_AT, now)
                .set(PROPOSAL.PUBLISHED_AT, state == ProposalState.PUBLISHED ? now : null)
                .returningResult(PROPOSAL.ID)
                .fetchOne(Record1::value1);
        insertTopics(id, draft.topicCodes());
        return id;
    }

    boolean update(long id, ProposalDraft draft, ProposalState state, int version, Instant now) {
        int updated = dsl.update(PROPOSAL)
                .set(PROPOSAL.STATE, state)
                .set(PROPOSAL.TITLE, draft.title())
                .set(PROPOSAL.BODY, draft.body())
                .set(PROPOSAL.ADDRESS, draft.address())
                .set(PROPOSAL.ORGANISATION_ID, draft.organisationId())
                .set(PROPOSAL.UPDATED_AT, now)
                .set(PROPOSAL.VERSION, PROPOSAL.VERSION.plus(1))
                .where(PROPOSAL.ID.eq(id).and(PROPOSAL.VERSION.eq(version)))
                .execute();
        if (updated == 0) {
            return false;
        }
        dsl.deleteFrom(PROPOSAL_TOPIC).where(PROPOSAL_TOPIC.PROPOSAL_ID.eq(id)).execute();
        insertTopics(id, draft.topicCodes());
        return true;
    }

    private void insertTopics(long id, List<String> codes) {
        var insert = dsl.insertInto(PROPOSAL_TOPIC, PROPOSAL_TOPIC.PROPOSAL_ID, PROPOSAL_TOPIC.TOPIC_CODE);
        codes.forEach(code -> insert.values(id, code));
        insert.execute();
    }

    void withdraw(long id, String reason, Instant now) {
        dsl.update(PROPOSAL)
                .set(PROPOSAL.STATE, ProposalState.WITHDRAWN)
                .set(PROPOSAL.WITHDRAWN_REASON, reason)
                .set(PROPOSAL.UPDATED_AT, now)
                .set(PROPOSAL.VERSION, PROPOSAL.VERSION.plus(1))
                .where(PROPOSAL.ID.eq(id))
                .execute();
    }

    void answer(long id, AnswerKind kind, String text, long answeredBy, Instant now) {
        dsl.update(PROPOSAL)
                .set(PROPOSAL.STATE, ProposalState.ANSWERED)
                .set(PROPOSAL.ANSWER_KIND, kind)
                .set(PROPOSAL.ANSWER_TEXT, text)
                .set(PROPOSAL.ANSWERED_AT, now)
                .set(PROPOSAL.ANSWERED_BY, answeredBy)
                .set(PROPOSAL.UPDATED_AT, now)
                .set(PROPOSAL.VERSION, PROPOSAL.VERSION.plus(1))
                .where(PROPOSAL.ID.eq(id))
                .execute();
    }

    // ---- moderation (callers hold the proposal's row lock) ------------------------------------------------------

    /** @param publishedAt when it first became public; null while it never was */
    record Texts(String title, String body, ProposalState hiddenFromState, Instant publishedAt) {
    }

    Texts proposalTexts(long id) {
        return dsl.select(PROPOSAL.TITLE, PROPOSAL.BODY, PROPOSAL.HIDDEN_FROM_STATE, PROPOSAL.PUBLISHED_AT)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.eq(id)).fetchOne(mapping(Texts::new));
    }

    /** @param publishedAt when it first became public; null while it never was */
    record CommentTexts(String body, ProposalCommentState hiddenFromState, Instant publishedAt) {
    }

    CommentTexts commentTexts(long id) {
        return dsl.select(COMMENT.BODY, COMMENT.HIDDEN_FROM_STATE, COMMENT.PUBLISHED_AT)
                .from(COMMENT)
                .where(COMMENT.ID.eq(id)).fetchOne(mapping(CommentTexts::new));
    }

    void hideProposal(long id, ProposalState from, Instant now) {
        setProposalState(id, ProposalState.HIDDEN, from, now);
    }

    void setProposalState(long id, ProposalState state, ProposalState hiddenFrom, Instant now) {
        dsl.update(PROPOSAL)
                .set(PROPOSAL.STATE, state)
                .set(PROPOSAL.HIDDEN_FROM_STATE, hiddenFrom)
                .set(PROPOSAL.PUBLISHED_AT, state == ProposalState.PUBLISHED
                        ? coalesce(PROPOSAL.PUBLISHED_AT, val(now, PROPOSAL.PUBLISHED_AT)) : PROPOSAL.PUBLISHED_AT)
                .set(PROPOSAL.UPDATED_AT, now)
                .set(PROPOSAL.VERSION, PROPOSAL.VERSION.plus(1))
                .where(PROPOSAL.ID.eq(id))
                .execute();
    }

    void setProposalTexts(long id, String title, String body, Instant now) {
        dsl.update(PROPOSAL)
                .set(PROPOSAL.TITLE, title)
                .set(PROPOSAL.BODY, body)
                .set(PROPOSAL.UPDATED_AT, now)
                .set(PROPOSAL.VERSION, PROPOSAL.VERSION.plus(1))
                .where(PROPOSAL.ID.eq(id))
                .execute();
    }

    void setCommentModerationState(long id, ProposalCommentState state, ProposalCommentState hiddenFrom,
            Instant now) {
        dsl.update(COMMENT)
                .set(COMMENT.STATE, state)
                .set(COMMENT.HIDDEN_FROM_STATE, hiddenFrom)
                .set(COMMENT.PUBLISHED_AT, state == ProposalCommentState.PUBLISHED
                        ? coalesce(COMMENT.PUBLISHED_AT, val(now, COMMENT.PUBLISHED_AT)) : COMMENT.PUBLISHED_AT)
                .set(COMMENT.VERSION, COMMENT.VERSION.plus(1))
                .where(COMMENT.ID.eq(id))
                .execute();
    }

    void setCommentBody(long id, String body) {
        dsl.update(COMMENT)
                .set(COMMENT.BODY, body)
                .set(COMMENT.VERSION, COMMENT.VERSION.plus(1))
                .where(COMMENT.ID.eq(id))
                .execute();
    }

    /** Locks, in id order, the author's proposals that are not hidden and the proposals of their live comments. */
    List<Long> lockForHidingAllBy(long authorId) {
        return dsl.select(PROPOSAL.ID).from(PROPOSAL)
                .where(PROPOSAL.AUTHOR_ID.eq(authorId).and(PROPOSAL.STATE.ne(ProposalState.HIDDEN))
                        .or(PROPOSAL.ID.in(select(COMMENT.PROPOSAL_ID).from(COMMENT)
                                .where(COMMENT.AUTHOR_ID.eq(authorId).and(COMMENT.STATE.in(
                                        ProposalCommentState.PUBLISHED, ProposalCommentState.AWAITING_MODERATION))))))
                .orderBy(PROPOSAL.ID)
                .forUpdate()
                .fetch(Record1::value1);
    }

    int hideProposalsBy(long authorId, Instant now) {
        return dsl.update(PROPOSAL)
                .set(PROPOSAL.HIDDEN_FROM_STATE, PROPOSAL.STATE)
                .set(PROPOSAL.STATE, ProposalState.HIDDEN)
                .set(PROPOSAL.UPDATED_AT, now)
                .set(PROPOSAL.VERSION, PROPOSAL.VERSION.plus(1))
                .where(PROPOSAL.AUTHOR_ID.eq(authorId).and(PROPOSAL.STATE.ne(ProposalState.HIDDEN)))
                .execute();
    }

    record CommentCount(long proposalId, Alignment alignment, int count) {
    }

    /** The author's published comments per proposal and alignment: what the counters lose when they are hidden. */
    List<CommentCount> publishedCommentCountsBy(long authorId) {
        return dsl.select(COMMENT.PROPOSAL_ID, COMMENT.ALIGNMENT,
                        org.jooq.impl.DSL.count())
                .from(COMMENT)
                .where(COMMENT.AUTHOR_ID.eq(authorId).and(COMMENT.STATE.eq(ProposalCommentState.PUBLISHED)))
                .groupBy(COMMENT.PROPOSAL_ID, COMMENT.ALIGNMENT)
                .orderBy(COMMENT.PROPOSAL_ID)
                .fetch(mapping(CommentCount::new));
    }

    int hideCommentsBy(long authorId) {
        return dsl.update(COMMENT)
                .set(COMMENT.HIDDEN_FROM_STATE, COMMENT.STATE)
                .set(COMMENT.STATE, ProposalCommentState.HIDDEN)
                .set(COMMENT.VERSION, COMMENT.VERSION.plus(1))
                .where(COMMENT.AUTHOR_ID.eq(authorId).and(COMMENT.STATE.in(ProposalCommentState.PUBLISHED,
                        ProposalCommentState.AWAITING_MODERATION)))
                .execute();
    }

    // ---- supports (callers hold the proposal's row lock) -----------------------------------------------------

    /** A locking read: sees the latest committed rows whatever snapshot the transaction started with. */
    boolean hasSupport(long proposalId, long accountId) {
        return dsl.selectOne().from(SUPPORT)
                .where(SUPPORT.PROPOSAL_ID.eq(proposalId).and(SUPPORT.ACCOUNT_ID.eq(accountId)))
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }

    void insertSupport(long proposalId, long accountId, Long enteredBy, EntryChannel channel, Instant now) {
        dsl.insertInto(SUPPORT)
                .set(SUPPORT.PROPOSAL_ID, proposalId)
                .set(SUPPORT.ACCOUNT_ID, accountId)
                .set(SUPPORT.CREATED_AT, now)
                .set(SUPPORT.ENTERED_BY, enteredBy)
                .set(SUPPORT.ENTRY_CHANNEL, channel)
                .execute();
    }

    boolean deleteSupport(long proposalId, long accountId) {
        return dsl.deleteFrom(SUPPORT)
                .where(SUPPORT.PROPOSAL_ID.eq(proposalId).and(SUPPORT.ACCOUNT_ID.eq(accountId)))
                .execute() == 1;
    }

    void addToSupportCount(long proposalId, int delta) {
        dsl.update(PROPOSAL)
                .set(PROPOSAL.SUPPORT_COUNT, PROPOSAL.SUPPORT_COUNT.plus(delta))
                .where(PROPOSAL.ID.eq(proposalId))
                .execute();
    }

    /** True for the one transaction that moves the proposal to the council. */
    boolean moveToCouncilIfReached(long proposalId, int threshold) {
        return dsl.update(PROPOSAL)
                .set(PROPOSAL.STATE, ProposalState.FOR_COUNCIL)
                .where(PROPOSAL.ID.eq(proposalId)
                        .and(PROPOSAL.STATE.eq(ProposalState.PUBLISHED))
                        .and(PROPOSAL.SUPPORT_COUNT.ge(threshold)))
                .execute() == 1;
    }

    // ---- reading proposals ------------------------------------------------------------------------------------

    private static Condition visibleTo(Actor viewer) {
        if (viewer.griffie()) {
            return noCondition();
        }
        Condition visible = PROPOSAL.STATE.in(PUBLIC_STATES);
        return viewer.loggedIn()
                ? visible.or(PROPOSAL.STATE.eq(ProposalState.AWAITING_MODERATION)
                        .and(PROPOSAL.AUTHOR_ID.eq(viewer.accountId())))
                : visible;
    }

    /**
     * The requested states this viewer may see, as one plain IN list where possible (so that a count reads the
     * (consultation_id, state) index alone): HIDDEN for the griffie only, AWAITING_MODERATION for the griffie and
     * the author.
     */
    private static Condition states(Set<ProposalState> requested, Actor viewer) {
        if (viewer.griffie()) {
            return PROPOSAL.STATE.in(requested);
        }
        List<ProposalState> visible = requested.stream().filter(PUBLIC_STATES::contains).toList();
        Condition condition = visible.isEmpty() ? falseCondition() : PROPOSAL.STATE.in(visible);
        if (requested.contains(ProposalState.AWAITING_MODERATION) && viewer.loggedIn()) {
            condition = condition.or(PROPOSAL.STATE.eq(ProposalState.AWAITING_MODERATION)
                    .and(PROPOSAL.AUTHOR_ID.eq(viewer.accountId())));
        }
        return condition;
    }

    private static Field<Boolean> supportedBy(Actor viewer) {
        return viewer.loggedIn()
                ? field(exists(selectOne().from(SUPPORT)
                        .where(SUPPORT.PROPOSAL_ID.eq(PROPOSAL.ID).and(SUPPORT.ACCOUNT_ID.eq(viewer.accountId())))))
                : inline(false);
    }

    /** The details row with the consultation's dates, from which the service derives the phase. */
    record DetailsRow(ProposalDetails details, PhaseDates dates, boolean outcomePublished, int editWindowMinutes) {
    }

    /** Whether the proposal is hidden by reports, not by a decision: the griffie has yet to look at it. */
    boolean underReview(long proposalId) {
        return dsl.fetchExists(PROPOSAL.join(MODERATION_ITEM).on(MODERATION_ITEM.ITEM_TYPE.eq(inline(ContentType.PROPOSAL, MODERATION_ITEM.ITEM_TYPE))
                        .and(MODERATION_ITEM.ITEM_ID.eq(PROPOSAL.ID))),
                PROPOSAL.ID.eq(proposalId).and(PROPOSAL.STATE.eq(ProposalState.HIDDEN))
                        .and(MODERATION_ITEM.HIDDEN_BY_REPORTS.isTrue()));
    }

    Optional<DetailsRow> details(long id, Actor viewer) {
        Field<Boolean> supported = supportedBy(viewer);
        Field<Boolean> outcomePublished = field(CONSULTATION.OUTCOME_PUBLISHED_AT.isNotNull());
        return dsl.select(PROPOSAL.asterisk(), CONSULTATION.TITLE, CONSULTATION.SUPPORT_THRESHOLD,
                        CONSULTATION.EDIT_WINDOW_MINUTES, CONSULTATION.INFORMATION_FROM, CONSULTATION.PROPOSALS_FROM,
                        CONSULTATION.SUPPORTS_FROM, CONSULTATION.DELIBERATION_FROM, CONSULTATION.CLOSED_FROM,
                        outcomePublished, ACCOUNT.DISPLAY_NAME, ORGANISATION.NAME, ORGANISATION_VERIFIED, TOPICS,
                        supported)
                .from(PROPOSAL)
                .join(CONSULTATION).on(CONSULTATION.ID.eq(PROPOSAL.CONSULTATION_ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(PROPOSAL.AUTHOR_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PROPOSAL.ORGANISATION_ID))
                .where(PROPOSAL.ID.eq(id).and(visibleTo(viewer)))
                .fetchOptional(r -> {
                    var p = r.into(PROPOSAL);
                    ProposalDetails details = new ProposalDetails(p.getId(), p.getConsultationId(),
                            r.get(CONSULTATION.TITLE), p.getTitle(), p.getBody(), p.getAddress(),
                            p.getState(), p.getAuthorId(), r.get(ACCOUNT.DISPLAY_NAME),
                            p.getOrganisationId(), r.get(ORGANISATION.NAME), r.get(ORGANISATION_VERIFIED),
                            r.get(TOPICS), p.getSupportCount(), r.get(CONSULTATION.SUPPORT_THRESHOLD),
                            p.getCommentCount(), p.getCommentsFor(), p.getCommentsAgainst(), p.getWithdrawnReason(),
                            p.getAnswerKind(),
                            p.getAnswerText(), p.getAnsweredAt(),
                            p.getEntryChannel(),
                            r.get(supported), viewer.is(p.getAuthorId()), false, false, p.getCreatedAt(),
                            p.getVersion());
                    PhaseDates dates = new PhaseDates(r.get(CONSULTATION.INFORMATION_FROM),
                            r.get(CONSULTATION.PROPOSALS_FROM), r.get(CONSULTATION.SUPPORTS_FROM),
                            r.get(CONSULTATION.DELIBERATION_FROM), r.get(CONSULTATION.CLOSED_FROM));
                    return new DetailsRow(details, dates, r.get(outcomePublished),
                            r.get(CONSULTATION.EDIT_WINDOW_MINUTES));
                });
    }

    /** One statement whatever the page size: topics as a multiset, the viewer's support as an EXISTS. */
    List<ProposalSummary> find(ProposalQuery query, Actor viewer, int offset, int limit) {
        return summaries(viewer)
                .where(matching(query, viewer))
                .orderBy(order(query))
                .offset(offset)
                .limit(limit)
                .fetch(this::toSummary);
    }

    int count(ProposalQuery query, Actor viewer) {
        return dsl.fetchCount(PROPOSAL, matching(query, viewer));
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
        Field<Double> score = field("MATCH({0}, {1}) AGAINST ({2} IN NATURAL LANGUAGE MODE)", Double.class,
                PROPOSAL.TITLE, PROPOSAL.BODY, val(text));
        return summaries(viewer)
                .where(PROPOSAL.CONSULTATION_ID.eq(consultationId)
                        .and(PROPOSAL.STATE.in(ProposalState.PUBLISHED, ProposalState.FOR_COUNCIL,
                                ProposalState.ANSWERED))
                        .and(score.gt(0.0)))
                .orderBy(score.desc(), PROPOSAL.ID)
                .limit(5)
                .fetch(this::toSummary);
    }

    /** The columns of a proposal in a list, with its author, organisation, topics and the viewer's support. */
    private SelectOnConditionStep<Record> summaries(Actor viewer) {
        return dsl.select(SUMMARY_FIELDS).select(supportedBy(viewer).as(SUPPORTED_BY_ME))
                .from(PROPOSAL)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(PROPOSAL.AUTHOR_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PROPOSAL.ORGANISATION_ID));
    }

    private ProposalSummary toSummary(Record r) {
        return new ProposalSummary(r.get(PROPOSAL.ID), r.get(PROPOSAL.CONSULTATION_ID), r.get(PROPOSAL.TITLE),
                excerpt(r.get(EXCERPT)), r.get(PROPOSAL.STATE), r.get(PROPOSAL.AUTHOR_ID),
                r.get(ACCOUNT.DISPLAY_NAME),
                r.get(ORGANISATION.NAME), r.get(ORGANISATION_VERIFIED), r.get(PROPOSAL.SUPPORT_COUNT),
                r.get(PROPOSAL.COMMENT_COUNT), r.get(TOPICS), r.get(SUPPORTED_BY_ME, Boolean.class),
                r.get(PROPOSAL.CREATED_AT));
    }

    private static Condition matching(ProposalQuery query, Actor viewer) {
        Condition condition = states(query.states() == null || query.states().isEmpty()
                ? PUBLIC_STATES : query.states(), viewer);
        if (query.consultationId() != null) {
            condition = condition.and(PROPOSAL.CONSULTATION_ID.eq(query.consultationId()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String terms = FullText.booleanTerms(query.text());
            condition = condition.and(terms.isEmpty() ? falseCondition()
                    : condition("MATCH({0}, {1}) AGAINST ({2} IN BOOLEAN MODE)", PROPOSAL.TITLE, PROPOSAL.BODY,
                            val(terms)));
        }
        if (query.topicCode() != null) {
            condition = condition.and(exists(selectOne().from(PROPOSAL_TOPIC)
                    .where(PROPOSAL_TOPIC.PROPOSAL_ID.eq(PROPOSAL.ID)
                            .and(PROPOSAL_TOPIC.TOPIC_CODE.eq(query.topicCode())))));
        }
        if (query.themeCode() != null) {
            condition = condition.and(exists(selectOne().from(PROPOSAL_TOPIC)
                    .join(DIGITAL_TOPIC_THEME).on(DIGITAL_TOPIC_THEME.TOPIC_CODE.eq(PROPOSAL_TOPIC.TOPIC_CODE))
                    .where(PROPOSAL_TOPIC.PROPOSAL_ID.eq(PROPOSAL.ID)
                            .and(DIGITAL_TOPIC_THEME.THEME_CODE.eq(query.themeCode())))));
        }
        if (query.supportedByMe()) {
            condition = condition.and(exists(selectOne().from(SUPPORT)
                    .where(SUPPORT.PROPOSAL_ID.eq(PROPOSAL.ID).and(SUPPORT.ACCOUNT_ID.eq(viewer.accountId())))));
        }
        if (query.mine()) {
            condition = condition.and(PROPOSAL.AUTHOR_ID.eq(viewer.accountId()));
        }
        return condition;
    }

    private static List<SortField<?>> order(ProposalQuery query) {
        ProposalSort sort = query.sort() == null ? ProposalSort.RANDOM : query.sort();
        return switch (sort) {
            // A hash of the visitor's seed and the id: a fixed order per visitor, a different one per visitor.
            case RANDOM -> List.of(md5(concat(val(Long.toString(query.randomSeed())), inline(":"),
                    PROPOSAL.ID.cast(String.class))).asc(), PROPOSAL.ID.asc());
            case MOST_SUPPORTED -> List.of(PROPOSAL.SUPPORT_COUNT.desc(), PROPOSAL.ID.asc());
            case MOST_COMMENTED -> List.of(PROPOSAL.COMMENT_COUNT.desc(), PROPOSAL.ID.asc());
            case NEWEST -> List.of(PROPOSAL.CREATED_AT.desc(), PROPOSAL.ID.desc());
        };
    }

    static String excerpt(String body) {
        if (body.codePointCount(0, body.length()) <= EXCERPT_LENGTH) {
            return body;
        }
        int end = body.offsetByCodePoints(0, EXCERPT_LENGTH);
        int space = body.lastIndexOf(' ', end);
        return body.substring(0, space > EXCERPT_LENGTH / 2 ? space : end).strip() + "…";
    }

    // ---- comments ----------------------------------------------------------------------------------------------

    record CommentRow(long id, long proposalId, Long parentId, int depth, long authorId, Alignment alignment,
            ProposalCommentState state, int version) {
    }

    Optional<CommentRow> comment(long id, boolean forUpdate) {
        var select = dsl.select(COMMENT.ID, COMMENT.PROPOSAL_ID, COMMENT.PARENT_ID, COMMENT.DEPTH, COMMENT.AUTHOR_ID,
                        COMMENT.ALIGNMENT, COMMENT.STATE, COMMENT.VERSION)
                .from(COMMENT)
                .where(COMMENT.ID.eq(id));
        return (forUpdate ? select.forUpdate() : select).fetchOptional(mapping(CommentRow::new));
    }

    long insertComment(long proposalId, Long parentId, int depth, long authorId, Long organisationId,
            Alignment alignment, String body, ProposalCommentState state, Instant now) {
        return dsl.insertInto(COMMENT)
                .set(COMMENT.PROPOSAL_ID, proposalId)
                .set(COMMENT.PARENT_ID, parentId)
                .set(COMMENT.DEPTH, depth)
                .set(COMMENT.AUTHOR_ID, authorId)
                .set(COMMENT.ORGANISATION_ID, organisationId)
                .set(COMMENT.ALIGNMENT, alignment)
                .set(COMMENT.BODY, body)
                .set(COMMENT.STATE, state)
                .set(COMMENT.CREATED_AT, now)
                .set(COMMENT.PUBLISHED_AT, state == ProposalCommentState.PUBLISHED ? now : null)
                .returningResult(COMMENT.ID)
                .fetchOne(Record1::value1);
    }

    boolean updateComment(long id, String body, ProposalCommentState state, int version, Instant now) {
        return dsl.update(COMMENT)
                .set(COMMENT.STATE, state)
                .set(COMMENT.BODY, body)
                .set(COMMENT.EDITED_AT, now)
                .set(COMMENT.VERSION, COMMENT.VERSION.plus(1))
                .where(COMMENT.ID.eq(id).and(COMMENT.VERSION.eq(version)))
                .execute() == 1;
    }

    void setCommentState(long id, ProposalCommentState state) {
        dsl.update(COMMENT)
                .set(COMMENT.STATE, state)
                .set(COMMENT.VERSION, COMMENT.VERSION.plus(1))
                .where(COMMENT.ID.eq(id))
                .execute();
    }

    /** Adds {@code delta} to the counters of a published comment with this alignment. */
    void addToCommentCounts(long proposalId, Alignment alignment, int delta) {
        dsl.update(PROPOSAL)
                .set(PROPOSAL.COMMENT_COUNT, PROPOSAL.COMMENT_COUNT.plus(delta))
                .set(PROPOSAL.COMMENTS_FOR, PROPOSAL.COMMENTS_FOR.plus(alignment == Alignment.FOR ? delta : 0))
                .set(PROPOSAL.COMMENTS_AGAINST,
                        PROPOSAL.COMMENTS_AGAINST.plus(alignment == Alignment.AGAINST ? delta : 0))
                .where(PROPOSAL.ID.eq(proposalId))
                .execute();
    }

    /**
     * The comments of a proposal visible to the viewer, oldest first, in ONE statement: the proposal left-joined
     * to its comments, so that an empty result means the proposal is not there for this viewer, and one row
     * with no comment means a proposal without comments.
     */
    Optional<List<CommentView>> comments(long proposalId, Actor viewer) {
        Condition commentVisible = viewer.griffie() ? trueCondition()
                : viewer.loggedIn()
                        ? COMMENT.STATE.ne(ProposalCommentState.AWAITING_MODERATION)
                                .or(COMMENT.AUTHOR_ID.eq(viewer.accountId()))
                        : COMMENT.STATE.ne(ProposalCommentState.AWAITING_MODERATION);
        List<Record> rows = dsl.select(PROPOSAL.ID, COMMENT.ID, COMMENT.PARENT_ID, COMMENT.DEPTH, COMMENT.AUTHOR_ID,
                        ACCOUNT.DISPLAY_NAME, ORGANISATION.NAME, ORGANISATION_VERIFIED, COMMENT.ALIGNMENT,
                        COMMENT.BODY, COMMENT.STATE, COMMENT.EDITED_AT, COMMENT.CREATED_AT, COMMENT.VERSION,
                        MODERATION_ITEM.HIDDEN_BY_REPORTS)
                .from(PROPOSAL)
                .leftJoin(COMMENT).on(COMMENT.PROPOSAL_ID.eq(PROPOSAL.ID).and(commentVisible))
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(COMMENT.AUTHOR_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(COMMENT.ORGANISATION_ID))
                .leftJoin(MODERATION_ITEM).on(MODERATION_ITEM.ITEM_TYPE.eq(inline(ContentType.COMMENT, MODERATION_ITEM.ITEM_TYPE))
                        .and(MODERATION_ITEM.ITEM_ID.eq(COMMENT.ID)))
                .where(PROPOSAL.ID.eq(proposalId).and(visibleTo(viewer)))
                .orderBy(COMMENT.CREATED_AT, COMMENT.ID)
                .fetch()
                .stream()
                .map(Record.class::cast)
                .toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<CommentView> comments = new ArrayList<>();
        for (Record r : rows) {
            if (r.get(COMMENT.ID) == null) {
                continue;
            }
            ProposalCommentState state = r.get(COMMENT.STATE);
            long authorId = r.get(COMMENT.AUTHOR_ID);
            boolean bodyShown = state == ProposalCommentState.PUBLISHED
                    || state == ProposalCommentState.AWAITING_MODERATION
                    || (state == ProposalCommentState.HIDDEN && viewer.griffie());
            comments.add(new CommentView(r.get(COMMENT.ID), r.get(COMMENT.PARENT_ID), r.get(COMMENT.DEPTH), authorId,
                    r.get(ACCOUNT.DISPLAY_NAME), r.get(ORGANISATION.NAME), r.get(ORGANISATION_VERIFIED),
                    r.get(COMMENT.ALIGNMENT), bodyShown ? r.get(COMMENT.BODY) : null, state,
                    state == ProposalCommentState.HIDDEN
                            && Boolean.TRUE.equals(r.get(MODERATION_ITEM.HIDDEN_BY_REPORTS)),
                    r.get(COMMENT.EDITED_AT) != null, viewer.is(authorId), r.get(COMMENT.CREATED_AT),
                    r.get(COMMENT.VERSION)));
        }
        return Optional.of(comments);
    }
}
