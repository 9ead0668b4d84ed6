package nl.raadsplein.deliberation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.raadsplein.deliberation.opinion.OpinionModel;
import org.jspecify.annotations.Nullable;

/**
 * What the report of a value discussion shows: the counts, the opinion groups as last computed (the final model
 * once the discussion closed) and the value weights per group.
 *
 * @param computedAt when the model was computed; null before the first run
 * @param finalReportAt when the final report was published; null while the discussion is open
 * @param model the opinion groups; null before the first run
 * @param statements the text of each published statement, by id (moderated-out ones are not in it)
 * @param values the public values at stake, in the author's order
 * @param valueWeights average points per value per group, in the order of {@code values}
 * @param viewerParticipant the logged-in viewer's participant id in this discussion, or null
 */
public record DiscussionReport(
        long discussionId,
        String question,
        boolean imported,
        Instant opensAt,
        Instant closesAt,
        boolean closed,
        int participantCount,
        int voteCount,
        int statementCount,
        @Nullable Instant computedAt,
        @Nullable Instant finalReportAt,
        @Nullable OpinionModel model,
        Map<Long, String> statements,
        List<ValueName> values,
        List<GroupWeights> valueWeights,
        @Nullable Long viewerParticipant) {

    public DiscussionReport {
        statements = Map.copyOf(statements);
        values = List.copyOf(values);
        valueWeights = List.copyOf(valueWeights);
    }

    /** The statement's text, or an empty text for one that is no longer public. */
    public String text(long statementId) {
        return statements.getOrDefault(statementId, "");
    }

    /** A group's name in every report and file: A for group 0, B for group 1, and so on. */
    public static String letter(int group) {
        return group >= 0 && group < 26 ? String.valueOf((char) ('A' + group)) : String.valueOf(group + 1);
    }

    /** A public value at stake. */
    public record ValueName(String code, String nameNl, String nameEn) {}

    /**
     * How one group spread its points: the average per value over the members who weighed the values.
     *
     * @param group the group's id, or -1 for everyone together
     * @param weighed how many of the group's members weighed the values
     * @param averages average points per value, in the report's order of values
     */
    public record GroupWeights(int group, int weighed, List<Double> averages) {

        public GroupWeights {
            averages = List.copyOf(averages);
        }
    }
}
