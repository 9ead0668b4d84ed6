package nl.raadsplein.deliberation.opinion;

import java.util.List;
import nl.raadsplein.deliberation.Stance;

/**
 * The opinion groups of a discussion at one moment: where each participant stands, the groups and what sets them
 * apart, and figures per statement. Only records, lists and plain values, so it is stored and sent as JSON as is.
 *
 * @param votes the votes it was computed on (moderated-out statements not counted, a changed vote once)
 * @param participants the participants it was computed on
 * @param k the number of groups (0 without participants in the conversation)
 * @param placements every participant, ordered by id
 * @param groups the groups, ids from 0
 * @param statements figures per statement that has votes, ordered by id
 * @param consensus what (nearly) everyone agrees or disagrees on: at most five of each, agrees first, best first
 * @param divisive statements the groups answer most differently, most divisive first, at most ten
 * @param uncertain statements passed on by more than 30% of those who saw them, most passed first, at most ten
 * @param warmStart what the next computation starts from
 */
public record OpinionModel(
        int votes,
        int participants,
        int k,
        List<Placement> placements,
        List<Group> groups,
        List<StatementFigures> statements,
        List<RankedStatement> consensus,
        List<RankedStatement> divisive,
        List<RankedStatement> uncertain,
        WarmStart warmStart) {

    /** Statements shown per list of consensus (per direction) and representative statements per group. */
    public static final int TOP = 5;

    /** Statements shown as divisive or uncertain. */
    public static final int LIST_LIMIT = 10;

    public OpinionModel {
        placements = List.copyOf(placements);
        groups = List.copyOf(groups);
        statements = List.copyOf(statements);
        consensus = List.copyOf(consensus);
        divisive = List.copyOf(divisive);
        uncertain = List.copyOf(uncertain);
    }

    /**
     * A participant on the opinion map.
     *
     * @param group the group, or -1 when the participant is not in the conversation (too few votes yet)
     */
    public record Placement(long participant, double x, double y, int group) {}

    /**
     * An opinion group.
     *
     * @param x centre on the map
     * @param y centre on the map
     * @param representative what sets the group apart, agrees first, best first, at most five
     */
    public record Group(int id, int size, double x, double y, List<RepresentativeStatement> representative) {

        public Group {
            representative = List.copyOf(representative);
        }
    }

    /**
     * A statement that sets a group apart from the rest of the room.
     *
     * @param direction AGREE when the group agrees more than the rest, DISAGREE when it disagrees more
     * @param repness Pol.is' score (ratio to the rest times its test times the probability times its test)
     * @param test the z-value of the difference with the rest of the room (above 1.2816 is significant at 90%)
     * @param agreeShare share of the group's members who saw the statement and agreed
     * @param disagreeShare share of the group's members who saw the statement and disagreed
     */
    public record RepresentativeStatement(
            long statement, Stance direction, double repness, double test, double agreeShare, double disagreeShare) {}

    /**
     * Figures of one statement.
     *
     * @param groupAwareConsensus product over the groups of the (smoothed) share agreeing: high only when every
     *     group agrees
     * @param consensus whether it is in the model's consensus list
     * @param divisiveness half the spread between the groups of (share agreeing minus share disagreeing), 0..1
     * @param uncertain more than 30% of those who saw it passed
     * @param perGroup the votes per group, by group id
     */
    public record StatementFigures(
            long statement,
            int agree,
            int disagree,
            int pass,
            double groupAwareConsensus,
            boolean consensus,
            double divisiveness,
            boolean uncertain,
            List<GroupVotes> perGroup) {

        public StatementFigures {
            perGroup = List.copyOf(perGroup);
        }
    }

    /** The votes of one group's members on one statement. */
    public record GroupVotes(int group, int agree, int disagree, int pass) {}

    /**
     * A statement in one of the model's lists.
     *
     * @param direction AGREE or DISAGREE for consensus, PASS for uncertain, the side
     *     the whole room leans to for divisive
     * @param score what the list is ordered by (probability times its test, divisiveness, share passing)
     */
    public record RankedStatement(long statement, Stance direction, double score) {}

    /**
     * State carried from one computation to the next, as Pol.is carries it.
     *
     * @param components the principal components per statement
     * @param baseClusters the 100 (at most) base clusters of participants in the conversation
     * @param clusterings the grouping of the base clusters for each candidate number of groups
     * @param smoothing how the number of groups is kept steady
     */
    public record WarmStart(
            List<Component> components,
            List<BaseCluster> baseClusters,
            List<Clustering> clusterings,
            Smoothing smoothing) {

        public WarmStart {
            components = List.copyOf(components);
            baseClusters = List.copyOf(baseClusters);
            clusterings = List.copyOf(clusterings);
        }
    }

    /** A statement's mean vote (agree 1, disagree -1, pass 0) and its weight in the two principal components. */
    public record Component(long statement, double mean, double pc1, double pc2) {}

    /** A base cluster: a centre on the map and the participants nearest to it. */
    public record BaseCluster(int id, double x, double y, List<Long> members) {

        public BaseCluster {
            members = List.copyOf(members);
        }
    }

    /** The base clusters grouped into k groups. */
    public record Clustering(int k, double silhouette, List<GroupCentre> centres) {

        public Clustering {
            centres = List.copyOf(centres);
        }
    }

    /** One group of a clustering: its centre and its base clusters' ids. */
    public record GroupCentre(int id, double x, double y, List<Integer> baseClusters) {

        public GroupCentre {
            baseClusters = List.copyOf(baseClusters);
        }
    }

    /**
     * Pol.is' rule against flickering: the number of groups changes only after the same new best k has won this many
     * computations in a row.
     *
     * @param lastK the best k of the last computation (0 before the first)
     * @param lastKCount how many computations in a row it has been best
     * @param smoothedK the number of groups shown
     */
    public record Smoothing(int lastK, int lastKCount, int smoothedK) {

        public static final int BUFFER = 4;

        public static final Smoothing NONE = new Smoothing(0, 0, 0);

        /** The state after a computation whose best k was {@code bestK}. */
        public Smoothing next(int bestK) {
            int count = bestK == lastK ? lastKCount + 1 : 1;
            int shown = count >= BUFFER || smoothedK == 0 ? bestK : smoothedK;
            return new Smoothing(bestK, count, shown);
        }
    }
}
