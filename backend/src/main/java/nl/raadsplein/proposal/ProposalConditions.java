package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.DIGITAL_TOPIC_THEME;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.PROPOSAL_TOPIC;
import static nl.raadsplein.jooq.Tables.SUPPORT;
import static nl.raadsplein.proposal.ProposalQuery.PUBLIC_STATES;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.util.List;
import java.util.Set;
import nl.raadsplein.platform.Actor;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;

/** Which proposals a viewer sees, which a list's filters keep, and the orders a list reads them in. */
final class ProposalConditions {

    private ProposalConditions() {}

    /** The proposals this viewer may see: public ones; waiting ones to their author; all to the griffie. */
    static Condition visibleTo(Actor viewer) {
        if (viewer.griffie()) {
            return noCondition();
        }
        Condition visible = PROPOSAL.STATE.in(PUBLIC_STATES);
        return viewer.loggedIn()
                ? visible.or(PROPOSAL.STATE
                        .eq(ProposalState.AWAITING_MODERATION)
                        .and(PROPOSAL.AUTHOR_ID.eq(viewer.accountId())))
                : visible;
    }

    /**
     * The requested states this viewer may see, as one plain IN list where possible (so that a count reads the
     * (consultation_id, state) index alone): HIDDEN for the griffie only, AWAITING_MODERATION for the griffie and
     * the author.
     */
    static Condition states(Set<ProposalState> requested, Actor viewer) {
        List<ProposalState> visible = visibleStates(requested, viewer);
        Condition condition = visible.isEmpty() ? falseCondition() : PROPOSAL.STATE.in(visible);
        return ownWaiting(requested, viewer)
                ? condition.or(PROPOSAL.STATE
                        .eq(ProposalState.AWAITING_MODERATION)
                        .and(PROPOSAL.AUTHOR_ID.eq(viewer.accountId())))
                : condition;
    }

    /** The requested states whose every proposal this viewer sees. */
    static List<ProposalState> visibleStates(Set<ProposalState> requested, Actor viewer) {
        return viewer.griffie()
                ? List.copyOf(requested)
                : requested.stream().filter(PUBLIC_STATES::contains).toList();
    }

    /** Whether the viewer also sees their own proposals waiting for moderation, and no one else's. */
    static boolean ownWaiting(Set<ProposalState> requested, Actor viewer) {
        return !viewer.griffie() && viewer.loggedIn() && requested.contains(ProposalState.AWAITING_MODERATION);
    }

    static Set<ProposalState> requested(ProposalQuery query) {
        Set<ProposalState> states = query.states();
        return states == null || states.isEmpty() ? PUBLIC_STATES : states;
    }

    static Condition matching(ProposalQuery query, Actor viewer) {
        Condition condition = states(requested(query), viewer);
        if (query.consultationId() != null) {
            condition = condition.and(PROPOSAL.CONSULTATION_ID.eq(query.consultationId()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String terms = FullText.booleanTerms(query.text());
            condition = condition.and(
                    terms.isEmpty()
                            ? falseCondition()
                            : condition(
                                    "MATCH({0}, {1}) AGAINST ({2} IN BOOLEAN MODE)",
                                    PROPOSAL.TITLE, PROPOSAL.BODY, val(terms)));
        }
        if (query.topicCode() != null) {
            condition = condition.and(exists(selectOne()
                    .from(PROPOSAL_TOPIC)
                    .where(PROPOSAL_TOPIC
                            .PROPOSAL_ID
                            .eq(PROPOSAL.ID)
                            .and(PROPOSAL_TOPIC.TOPIC_CODE.eq(query.topicCode())))));
        }
        if (query.themeCode() != null) {
            condition = condition.and(exists(selectOne()
                    .from(PROPOSAL_TOPIC)
                    .join(DIGITAL_TOPIC_THEME)
                    .on(DIGITAL_TOPIC_THEME.TOPIC_CODE.eq(PROPOSAL_TOPIC.TOPIC_CODE))
                    .where(PROPOSAL_TOPIC
                            .PROPOSAL_ID
                            .eq(PROPOSAL.ID)
                            .and(DIGITAL_TOPIC_THEME.THEME_CODE.eq(query.themeCode())))));
        }
        if (query.supportedByMe()) {
            condition = condition.and(exists(selectOne()
                    .from(SUPPORT)
                    .where(SUPPORT.PROPOSAL_ID.eq(PROPOSAL.ID).and(SUPPORT.ACCOUNT_ID.eq(viewer.accountId())))));
        }
        if (query.mine()) {
            condition = condition.and(PROPOSAL.AUTHOR_ID.eq(viewer.accountId()));
        }
        return condition;
    }

    /** The stored random ranks (V25), each read upwards or downwards: eight orders, one per visitor's seed. */
    private static final List<Field<Integer>> RANDOM_RANKS =
            List.of(PROPOSAL.RANDOM_RANK_0, PROPOSAL.RANDOM_RANK_1, PROPOSAL.RANDOM_RANK_2, PROPOSAL.RANDOM_RANK_3);

    // Each order is one of V25's indexes (consultation, key, id) read in one direction.
    static List<SortField<?>> order(ProposalQuery query) {
        ProposalSort sort = query.sort() == null ? ProposalSort.RANDOM : query.sort();
        return switch (sort) {
            case RANDOM -> {
                int order = (int) Math.floorMod(query.randomSeed(), 2L * RANDOM_RANKS.size());
                Field<Integer> rank = RANDOM_RANKS.get(order / 2);
                yield order % 2 == 0
                        ? List.of(rank.asc(), PROPOSAL.ID.asc())
                        : List.of(rank.desc(), PROPOSAL.ID.desc());
            }
            case MOST_SUPPORTED -> List.of(PROPOSAL.SUPPORT_COUNT.desc(), PROPOSAL.ID.asc());
            case MOST_COMMENTED -> List.of(PROPOSAL.COMMENT_COUNT.desc(), PROPOSAL.ID.asc());
            case NEWEST -> List.of(PROPOSAL.CREATED_AT.desc(), PROPOSAL.ID.desc());
        };
    }
}
