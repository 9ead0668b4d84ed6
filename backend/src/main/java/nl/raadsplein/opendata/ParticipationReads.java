package nl.raadsplein.opendata;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.COMMENT;
import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.CONSULTATION_THEME;
import static nl.raadsplein.jooq.Tables.CONSULTATION_TOPIC;
import static nl.raadsplein.jooq.Tables.ORGANISATION;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.PROPOSAL_TOPIC;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.consultation.PhaseDates;
import nl.raadsplein.jooq.tables.Account;
import nl.raadsplein.proposal.ProposalCommentState;
import nl.raadsplein.proposal.ProposalQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.TableField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of participation as the open-data API reads it: consultations, and of proposals and comments only
 * what any visitor of the site sees. Lists go by id, so that a client harvesting page after page with
 * {@code modified_since} misses nothing that was added meanwhile.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class ParticipationReads {

    /** Published, never hidden or waiting for the griffie; on a public proposal only. */
    static final Condition PUBLIC_COMMENT = COMMENT.STATE
            .eq(ProposalCommentState.PUBLISHED)
            .and(COMMENT.PROPOSAL_ID.in(
                    select(PROPOSAL.ID).from(PROPOSAL).where(PROPOSAL.STATE.in(ProposalQuery.PUBLIC_STATES))));

    private static final Field<@Nullable String> AUTHOR = publicName(ACCOUNT);

    private static final Field<Instant> COMMENT_MODIFIED = coalesce(COMMENT.EDITED_AT, COMMENT.CREATED_AT);

    private final DSLContext dsl;

    ParticipationReads(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** {@code now} decides each consultation's phase. */
    List<ApiConsultation> consultations(ApiFilter filter, Instant now, int offset, int limit) {
        return consultations(consultationsMatching(filter), now, offset, limit);
    }

    /** A consultation by id (all consultations are public), with its phase at {@code now}. */
    Optional<ApiConsultation> consultation(long id, Instant now) {
        return consultations(CONSULTATION.ID.eq(id), now, 0, 1).stream().findFirst();
    }

    private List<ApiConsultation> consultations(Condition condition, Instant now, int offset, int limit) {
        return dsl.select(
                        CONSULTATION.ID,
                        CONSULTATION.TITLE,
                        CONSULTATION.SUMMARY,
                        CONSULTATION.INFORMATION_FROM,
                        CONSULTATION.PROPOSALS_FROM,
                        CONSULTATION.SUPPORTS_FROM,
                        CONSULTATION.DELIBERATION_FROM,
                        CONSULTATION.CLOSED_FROM,
                        CONSULTATION.OUTCOME_PUBLISHED_AT,
                        codes(CONSULTATION_THEME.THEME_CODE, CONSULTATION_THEME.CONSULTATION_ID.eq(CONSULTATION.ID)),
                        codes(CONSULTATION_TOPIC.TOPIC_CODE, CONSULTATION_TOPIC.CONSULTATION_ID.eq(CONSULTATION.ID)),
                        CONSULTATION.CREATED_AT,
                        CONSULTATION.UPDATED_AT)
                .from(CONSULTATION)
                .where(condition)
                .orderBy(CONSULTATION.ID)
                .offset(offset)
                .limit(limit)
                .fetch(mapping(
                        (id,
                                title,
                                summary,
                                information,
                                proposals,
                                supports,
                                deliberation,
                                closed,
                                outcome,
                                themes,
                                topics,
                                created,
                                modified) -> {
                            PhaseDates phases = new PhaseDates(information, proposals, supports, deliberation, closed);
                            return new ApiConsultation(
                                    id,
                                    title,
                                    summary,
                                    phases.phaseAt(now, outcome != null),
                                    phases,
                                    themes,
                                    topics,
                                    created,
                                    modified);
                        }));
    }

    long countConsultations(ApiFilter filter) {
        return dsl.fetchCount(CONSULTATION, consultationsMatching(filter));
    }

    List<ApiProposal> proposals(ApiFilter filter, @Nullable Long consultationId, int offset, int limit) {
        return dsl.select(
                        PROPOSAL.ID,
                        PROPOSAL.CONSULTATION_ID,
                        PROPOSAL.TITLE,
                        PROPOSAL.BODY,
                        PROPOSAL.STATE,
                        PROPOSAL.WITHDRAWN_REASON,
                        AUTHOR,
                        ORGANISATION.NAME,
                        PROPOSAL.SUPPORT_COUNT,
                        PROPOSAL.COMMENT_COUNT,
                        PROPOSAL.COMMENTS_FOR,
                        PROPOSAL.COMMENTS_AGAINST,
                        PROPOSAL.ANSWER_KIND,
                        PROPOSAL.ANSWER_TEXT,
                        codes(PROPOSAL_TOPIC.TOPIC_CODE, PROPOSAL_TOPIC.PROPOSAL_ID.eq(PROPOSAL.ID)),
                        PROPOSAL.CREATED_AT,
                        PROPOSAL.UPDATED_AT)
                .from(PROPOSAL)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(PROPOSAL.AUTHOR_ID))
                .leftJoin(ORGANISATION)
                .on(ORGANISATION.ID.eq(PROPOSAL.ORGANISATION_ID))
                .where(proposalsMatching(filter, consultationId))
                .orderBy(PROPOSAL.ID)
                .offset(offset)
                .limit(limit)
                .fetch(mapping(ApiProposal::new));
    }

    long countProposals(ApiFilter filter, @Nullable Long consultationId) {
        return dsl.fetchCount(PROPOSAL, proposalsMatching(filter, consultationId));
    }

    List<ApiComment> comments(ApiFilter filter, @Nullable Long proposalId, int offset, int limit) {
        return comments(commentsMatching(filter, proposalId), offset, limit);
    }

    /** Every public comment on the public proposals of a consultation, for its archive. */
    List<ApiComment> commentsInConsultation(long consultationId) {
        return comments(
                PUBLIC_COMMENT.and(COMMENT.PROPOSAL_ID.in(
                        select(PROPOSAL.ID).from(PROPOSAL).where(PROPOSAL.CONSULTATION_ID.eq(consultationId)))),
                0,
                Integer.MAX_VALUE);
    }

    private List<ApiComment> comments(Condition condition, int offset, int limit) {
        return dsl.select(
                        COMMENT.ID,
                        COMMENT.PROPOSAL_ID,
                        COMMENT.PARENT_ID,
                        COMMENT.ALIGNMENT,
                        COMMENT.BODY,
                        AUTHOR,
                        ORGANISATION.NAME,
                        COMMENT.CREATED_AT,
                        COMMENT.EDITED_AT)
                .from(COMMENT)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(COMMENT.AUTHOR_ID))
                .leftJoin(ORGANISATION)
                .on(ORGANISATION.ID.eq(COMMENT.ORGANISATION_ID))
                .where(condition)
                .orderBy(COMMENT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(mapping(ApiComment::new));
    }

    long countComments(ApiFilter filter, @Nullable Long proposalId) {
        return dsl.fetchCount(COMMENT, commentsMatching(filter, proposalId));
    }

    private static Condition consultationsMatching(ApiFilter filter) {
        Condition condition = noCondition();
        if (filter.theme() != null) {
            condition = condition.and(onTheme(CONSULTATION.ID, filter.theme()));
        }
        if (filter.modifiedSince() != null) {
            condition = condition.and(CONSULTATION.UPDATED_AT.ge(filter.modifiedSince()));
        }
        return condition;
    }

    private static Condition proposalsMatching(ApiFilter filter, @Nullable Long consultationId) {
        Condition condition = PROPOSAL.STATE.in(ProposalQuery.PUBLIC_STATES);
        if (consultationId != null) {
            condition = condition.and(PROPOSAL.CONSULTATION_ID.eq(consultationId));
        }
        if (filter.theme() != null) {
            condition = condition.and(onTheme(PROPOSAL.CONSULTATION_ID, filter.theme()));
        }
        if (filter.modifiedSince() != null) {
            condition = condition.and(PROPOSAL.UPDATED_AT.ge(filter.modifiedSince()));
        }
        return condition;
    }

    private static Condition commentsMatching(ApiFilter filter, @Nullable Long proposalId) {
        Condition condition = PUBLIC_COMMENT;
        if (proposalId != null) {
            condition = condition.and(COMMENT.PROPOSAL_ID.eq(proposalId));
        }
        if (filter.theme() != null) {
            condition = condition.and(COMMENT.PROPOSAL_ID.in(
                    select(PROPOSAL.ID).from(PROPOSAL).where(onTheme(PROPOSAL.CONSULTATION_ID, filter.theme()))));
        }
        if (filter.modifiedSince() != null) {
            condition = condition.and(COMMENT_MODIFIED.ge(filter.modifiedSince()));
        }
        return condition;
    }

    // Proposals and comments belong to the themes of their consultation.
    private static Condition onTheme(Field<Long> consultationId, String theme) {
        return consultationId.in(select(CONSULTATION_THEME.CONSULTATION_ID)
                .from(CONSULTATION_THEME)
                .where(CONSULTATION_THEME.THEME_CODE.eq(theme)));
    }

    /** An account's public display name; none for a former participant, whose account is deleted. */
    static Field<@Nullable String> publicName(Account account) {
        return when(account.DELETED_AT.isNull(), account.DISPLAY_NAME).else_(inline((String) null));
    }

    /** The codes (themes, topics, values) an item is linked to, read in the item's own query. */
    static Field<List<String>> codes(TableField<?, String> code, Condition belongs) {
        return multiset(select(code).from(code.getTable()).where(belongs).orderBy(code))
                .convertFrom(result -> result.map(Record1::value1));
    }
}
