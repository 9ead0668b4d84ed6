package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.MODERATION_ITEM;
import static nl.raadsplein.jooq.Tables.ORGANISATION;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.val;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.moderation.ContentType;
import nl.raadsplein.platform.Actor;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record1;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comment rows: a proposal's thread, and the changes of authors and moderation. Changes lock the proposal's
 * row first (callers do, through {@link ProposalRepository#lock}), then the comment's.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class CommentRepository {

    private final DSLContext dsl;

    CommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record CommentRow(
            long id,
            long proposalId,
            @Nullable Long parentId,
            int depth,
            long authorId,
            Alignment alignment,
            ProposalCommentState state,
            int version) {}

    Optional<CommentRow> comment(long id, boolean forUpdate) {
        var select = dsl.select(
                        COMMENT.ID,
                        COMMENT.PROPOSAL_ID,
                        COMMENT.PARENT_ID,
                        COMMENT.DEPTH,
                        COMMENT.AUTHOR_ID,
                        COMMENT.ALIGNMENT,
                        COMMENT.STATE,
                        COMMENT.VERSION)
                .from(COMMENT)
                .where(COMMENT.ID.eq(id));
        return (forUpdate ? select.forUpdate() : select).fetchOptional(mapping(CommentRow::new));
    }

    long insert(
            long proposalId,
            @Nullable Long parentId,
            int depth,
            long authorId,
            CommentDraft draft,
            ProposalCommentState state,
            Instant now) {
        return dsl.insertInto(COMMENT)
                .set(COMMENT.PROPOSAL_ID, proposalId)
                .set(COMMENT.PARENT_ID, parentId)
                .set(COMMENT.DEPTH, depth)
                .set(COMMENT.AUTHOR_ID, authorId)
                .set(COMMENT.ORGANISATION_ID, draft.organisationId())
                .set(COMMENT.ALIGNMENT, draft.alignment())
                .set(COMMENT.BODY, draft.body())
                .set(COMMENT.STATE, state)
                .set(COMMENT.CREATED_AT, now)
                .set(COMMENT.PUBLISHED_AT, state == ProposalCommentState.PUBLISHED ? now : null)
                .returningResult(COMMENT.ID)
                .fetchOne(Record1::value1);
    }

    boolean update(long id, String body, ProposalCommentState state, int version, Instant now) {
        return dsl.update(COMMENT)
                        .set(COMMENT.STATE, state)
                        .set(COMMENT.BODY, body)
                        .set(COMMENT.EDITED_AT, now)
                        .set(COMMENT.VERSION, COMMENT.VERSION.plus(1))
                        .where(COMMENT.ID.eq(id).and(COMMENT.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    void setState(long id, ProposalCommentState state) {
        dsl.update(COMMENT)
                .set(COMMENT.STATE, state)
                .set(COMMENT.VERSION, COMMENT.VERSION.plus(1))
                .where(COMMENT.ID.eq(id))
                .execute();
    }

    // ---- moderation -------------------------------------------------------------------------------------------

    /** @param publishedAt when it first became public; null while it never was */
    record Texts(
            String body,
            @Nullable ProposalCommentState hiddenFromState,
            @Nullable Instant publishedAt) {}

    Texts texts(long id) {
        return dsl.select(COMMENT.BODY, COMMENT.HIDDEN_FROM_STATE, COMMENT.PUBLISHED_AT)
                .from(COMMENT)
                .where(COMMENT.ID.eq(id))
                .fetchOne(mapping(Texts::new));
    }

    void setModerationState(
            long id, ProposalCommentState state, @Nullable ProposalCommentState hiddenFrom, Instant now) {
        dsl.update(COMMENT)
                .set(COMMENT.STATE, state)
                .set(COMMENT.HIDDEN_FROM_STATE, hiddenFrom)
                .set(
                        COMMENT.PUBLISHED_AT,
                        state == ProposalCommentState.PUBLISHED
                                ? coalesce(COMMENT.PUBLISHED_AT, val(now, COMMENT.PUBLISHED_AT))
                                : COMMENT.PUBLISHED_AT)
                .set(COMMENT.VERSION, COMMENT.VERSION.plus(1))
                .where(COMMENT.ID.eq(id))
                .execute();
    }

    void setBody(long id, String body) {
        dsl.update(COMMENT)
                .set(COMMENT.BODY, body)
                .set(COMMENT.VERSION, COMMENT.VERSION.plus(1))
                .where(COMMENT.ID.eq(id))
                .execute();
    }

    record CommentCount(long proposalId, Alignment alignment, int count) {}

    /** The author's published comments per proposal and alignment: what the counters lose when they are hidden. */
    List<CommentCount> publishedCountsBy(long authorId) {
        return dsl.select(COMMENT.PROPOSAL_ID, COMMENT.ALIGNMENT, count())
                .from(COMMENT)
                .where(COMMENT.AUTHOR_ID.eq(authorId).and(COMMENT.STATE.eq(ProposalCommentState.PUBLISHED)))
                .groupBy(COMMENT.PROPOSAL_ID, COMMENT.ALIGNMENT)
                .orderBy(COMMENT.PROPOSAL_ID)
                .fetch(mapping(CommentCount::new));
    }

    int hideAllBy(long authorId) {
        return dsl.update(COMMENT)
                .set(COMMENT.HIDDEN_FROM_STATE, COMMENT.STATE)
                .set(COMMENT.STATE, ProposalCommentState.HIDDEN)
                .set(COMMENT.VERSION, COMMENT.VERSION.plus(1))
                .where(COMMENT.AUTHOR_ID
                        .eq(authorId)
                        .and(COMMENT.STATE.in(
                                ProposalCommentState.PUBLISHED, ProposalCommentState.AWAITING_MODERATION)))
                .execute();
    }

    // ---- the thread -------------------------------------------------------------------------------------------

    /** A proposal's comments visible to the viewer, oldest first, and the proposal's state. */
    record Thread(ProposalState proposalState, List<CommentView> comments) {}

    /**
     * The comments of a proposal visible to the viewer, oldest first, in ONE statement: the proposal left-joined
     * to its comments, so that an empty result means the proposal is not there for this viewer, and one row
     * with no comment means a proposal without comments. What the viewer may do with each is left to the service.
     */
    Optional<Thread> thread(long proposalId, Actor viewer) {
        Condition commentVisible = viewer.griffie()
                ? trueCondition()
                : viewer.loggedIn()
                        ? COMMENT.STATE
                                .ne(ProposalCommentState.AWAITING_MODERATION)
                                .or(COMMENT.AUTHOR_ID.eq(viewer.accountId()))
                        : COMMENT.STATE.ne(ProposalCommentState.AWAITING_MODERATION);
        List<Record> rows = dsl
                .select(
                        PROPOSAL.ID,
                        PROPOSAL.STATE,
                        COMMENT.ID,
                        COMMENT.PARENT_ID,
                        COMMENT.DEPTH,
                        COMMENT.AUTHOR_ID,
                        ACCOUNT.PUBLIC_ID,
                        ACCOUNT.DISPLAY_NAME,
                        ORGANISATION.NAME,
                        ProposalQueries.ORGANISATION_VERIFIED,
                        COMMENT.ALIGNMENT,
                        COMMENT.BODY,
                        COMMENT.STATE,
                        COMMENT.EDITED_AT,
                        COMMENT.CREATED_AT,
                        COMMENT.VERSION,
                        MODERATION_ITEM.HIDDEN_BY_REPORTS)
                .from(PROPOSAL)
                .leftJoin(COMMENT)
                .on(COMMENT.PROPOSAL_ID.eq(PROPOSAL.ID).and(commentVisible))
                .leftJoin(ACCOUNT)
                .on(ACCOUNT.ID.eq(COMMENT.AUTHOR_ID))
                .leftJoin(ORGANISATION)
                .on(ORGANISATION.ID.eq(COMMENT.ORGANISATION_ID))
                .leftJoin(MODERATION_ITEM)
                .on(MODERATION_ITEM
                        .ITEM_TYPE
                        .eq(inline(ContentType.COMMENT, MODERATION_ITEM.ITEM_TYPE))
                        .and(MODERATION_ITEM.ITEM_ID.eq(COMMENT.ID)))
                .where(PROPOSAL.ID.eq(proposalId).and(ProposalConditions.visibleTo(viewer)))
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
            comments.add(new CommentView(
                    r.get(COMMENT.ID),
                    r.get(COMMENT.PARENT_ID),
                    r.get(COMMENT.DEPTH),
                    authorId,
                    r.get(ACCOUNT.PUBLIC_ID),
                    r.get(ACCOUNT.DISPLAY_NAME),
                    r.get(ORGANISATION.NAME),
                    r.get(ProposalQueries.ORGANISATION_VERIFIED),
                    r.get(COMMENT.ALIGNMENT),
                    bodyShown ? r.get(COMMENT.BODY) : null,
                    state,
                    state == ProposalCommentState.HIDDEN
                            && Boolean.TRUE.equals(r.get(MODERATION_ITEM.HIDDEN_BY_REPORTS)),
                    r.get(COMMENT.EDITED_AT) != null,
                    viewer.is(authorId),
                    CommentPermissions.NONE,
                    r.get(COMMENT.CREATED_AT),
                    r.get(COMMENT.VERSION)));
        }
        return Optional.of(new Thread(rows.getFirst().get(PROPOSAL.STATE), comments));
    }
}
