package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.DIGITAL_TOPIC;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.PROPOSAL_TOPIC;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposal rows as changes need them: locked first, then written, with their topics and the support and
 * comment counters. Reads for pages and lists are in {@link ProposalQueries}.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ProposalRepository {

    private final DSLContext dsl;

    ProposalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A proposal as a change needs it, its row locked until the transaction ends. */
    record Locked(
            long id,
            long consultationId,
            long authorId,
            String title,
            ProposalState state,
            int supportCount,
            Instant createdAt,
            int version) {}

    /**
     * Locks the proposal row first, so that every change to its supports, comments and counters runs one after
     * the other: no lost counter update, and no deadlock between the foreign-key check of a new support or
     * comment and the counter update that follows it.
     */
    Optional<Locked> lock(long id) {
        return dsl.select(
                        PROPOSAL.ID,
                        PROPOSAL.CONSULTATION_ID,
                        PROPOSAL.AUTHOR_ID,
                        PROPOSAL.TITLE,
                        PROPOSAL.STATE,
                        PROPOSAL.SUPPORT_COUNT,
                        PROPOSAL.CREATED_AT,
                        PROPOSAL.VERSION)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.eq(id))
                .forUpdate()
                .fetchOptional(mapping(Locked::new));
    }

    int existingTopicCount(Collection<String> codes) {
        return dsl.fetchCount(DIGITAL_TOPIC, DIGITAL_TOPIC.CODE.in(codes));
    }

    int activeProposalCount(long authorId, long consultationId) {
        return dsl.fetchCount(
                PROPOSAL,
                PROPOSAL.AUTHOR_ID
                        .eq(authorId)
                        .and(PROPOSAL.CONSULTATION_ID.eq(consultationId))
                        .and(PROPOSAL.STATE.ne(ProposalState.WITHDRAWN)));
    }

    // ---- the author's and the griffie's changes ---------------------------------------------------------------

    long insert(
            long consultationId,
            long authorId,
            ProposalDraft draft,
            ProposalState state,
            @Nullable Long enteredBy,
            @Nullable EntryChannel channel,
            Instant now) {
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

    boolean answeredAs(long id, AnswerKind kind) {
        return dsl.fetchExists(PROPOSAL, PROPOSAL.ID.eq(id).and(PROPOSAL.ANSWER_KIND.eq(kind)));
    }

    void answer(long id, Answer answer, long answeredBy, Instant now) {
        dsl.update(PROPOSAL)
                .set(PROPOSAL.STATE, ProposalState.ANSWERED)
                .set(PROPOSAL.ANSWER_KIND, answer.kind())
                .set(PROPOSAL.ANSWER_TEXT, answer.text())
                .set(PROPOSAL.ANSWERED_AT, now)
                .set(PROPOSAL.ANSWERED_BY, answeredBy)
                .set(PROPOSAL.UPDATED_AT, now)
                .set(PROPOSAL.VERSION, PROPOSAL.VERSION.plus(1))
                .where(PROPOSAL.ID.eq(id))
                .execute();
    }

    // ---- counters (callers hold the proposal's row lock) ----------------------------------------------------

    /** Adds {@code delta} to the support count, and moves the proposal to the council with it when asked. */
    void addToSupportCount(long proposalId, int delta, boolean toCouncil) {
        var update = dsl.update(PROPOSAL).set(PROPOSAL.SUPPORT_COUNT, PROPOSAL.SUPPORT_COUNT.plus(delta));
        (toCouncil ? update.set(PROPOSAL.STATE, ProposalState.FOR_COUNCIL) : update)
                .where(PROPOSAL.ID.eq(proposalId))
                .execute();
    }

    /** Adds {@code delta} to the counters of a published comment with this alignment. */
    void addToCommentCounts(long proposalId, Alignment alignment, int delta) {
        dsl.update(PROPOSAL)
                .set(PROPOSAL.COMMENT_COUNT, PROPOSAL.COMMENT_COUNT.plus(delta))
                .set(PROPOSAL.COMMENTS_FOR, PROPOSAL.COMMENTS_FOR.plus(alignment == Alignment.FOR ? delta : 0))
                .set(
                        PROPOSAL.COMMENTS_AGAINST,
                        PROPOSAL.COMMENTS_AGAINST.plus(alignment == Alignment.AGAINST ? delta : 0))
                .where(PROPOSAL.ID.eq(proposalId))
                .execute();
    }

    // ---- moderation (callers hold the proposal's row lock) --------------------------------------------------

    /** @param publishedAt when it first became public; null while it never was */
    record Texts(
            String title,
            String body,
            @Nullable ProposalState hiddenFromState,
            @Nullable Instant publishedAt) {}

    Texts texts(long id) {
        return dsl.select(PROPOSAL.TITLE, PROPOSAL.BODY, PROPOSAL.HIDDEN_FROM_STATE, PROPOSAL.PUBLISHED_AT)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.eq(id))
                .fetchOne(mapping(Texts::new));
    }

    void setState(long id, ProposalState state, @Nullable ProposalState hiddenFrom, Instant now) {
        dsl.update(PROPOSAL)
                .set(PROPOSAL.STATE, state)
                .set(PROPOSAL.HIDDEN_FROM_STATE, hiddenFrom)
                .set(
                        PROPOSAL.PUBLISHED_AT,
                        state == ProposalState.PUBLISHED
                                ? coalesce(PROPOSAL.PUBLISHED_AT, val(now, PROPOSAL.PUBLISHED_AT))
                                : PROPOSAL.PUBLISHED_AT)
                .set(PROPOSAL.UPDATED_AT, now)
                .set(PROPOSAL.VERSION, PROPOSAL.VERSION.plus(1))
                .where(PROPOSAL.ID.eq(id))
                .execute();
    }

    void setTexts(long id, String title, String body, Instant now) {
        dsl.update(PROPOSAL)
                .set(PROPOSAL.TITLE, title)
                .set(PROPOSAL.BODY, body)
                .set(PROPOSAL.UPDATED_AT, now)
                .set(PROPOSAL.VERSION, PROPOSAL.VERSION.plus(1))
                .where(PROPOSAL.ID.eq(id))
                .execute();
    }

    /** Locks, in id order, the author's proposals that are not hidden and the proposals of their live comments. */
    List<Long> lockForHidingAllBy(long authorId) {
        return dsl.select(PROPOSAL.ID)
                .from(PROPOSAL)
                .where(PROPOSAL.AUTHOR_ID
                        .eq(authorId)
                        .and(PROPOSAL.STATE.ne(ProposalState.HIDDEN))
                        .or(PROPOSAL.ID.in(select(COMMENT.PROPOSAL_ID)
                                .from(COMMENT)
                                .where(COMMENT.AUTHOR_ID
                                        .eq(authorId)
                                        .and(COMMENT.STATE.in(
                                                ProposalCommentState.PUBLISHED,
                                                ProposalCommentState.AWAITING_MODERATION))))))
                .orderBy(PROPOSAL.ID)
                .forUpdate()
                .fetch(Record1::value1);
    }

    int hideAllBy(long authorId, Instant now) {
        return dsl.update(PROPOSAL)
                .set(PROPOSAL.HIDDEN_FROM_STATE, PROPOSAL.STATE)
                .set(PROPOSAL.STATE, ProposalState.HIDDEN)
                .set(PROPOSAL.UPDATED_AT, now)
                .set(PROPOSAL.VERSION, PROPOSAL.VERSION.plus(1))
                .where(PROPOSAL.AUTHOR_ID.eq(authorId).and(PROPOSAL.STATE.ne(ProposalState.HIDDEN)))
                .execute();
    }
}
