package nl.raadsplein.deliberation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.raadsplein.deliberation.DiscussionReport.GroupWeights;
import nl.raadsplein.deliberation.DiscussionReport.ValueName;
import nl.raadsplein.deliberation.DiscussionReportRepository.Head;
import nl.raadsplein.deliberation.DiscussionReportRepository.Weight;
import nl.raadsplein.deliberation.OpinionRunRepository.StoredModel;
import nl.raadsplein.deliberation.opinion.OpinionModel;
import nl.raadsplein.platform.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report of a value discussion, public once the discussion is published: the opinion groups as last computed
 * in the background (the final model once it closed), with the texts of the published statements and the value
 * weights per group. Never computes itself, so opening a report costs a few reads.
 */
@Service
@Transactional(readOnly = true)
public class DiscussionReportService {

    private final DiscussionReportRepository discussions;
    private final OpinionRunRepository runs;
    private final OpinionModels models;
    private final Clock clock;

    DiscussionReportService(
            DiscussionReportRepository discussions, OpinionRunRepository runs, OpinionModels models, Clock clock) {
        this.discussions = discussions;
        this.runs = runs;
        this.models = models;
        this.clock = clock;
    }

    /** The address of a discussion's report. */
    public static String path(long discussionId) {
        return "/waardendiscussies/" + discussionId + "/verslag";
    }

    /** Whether this actor may see the discussion's report, without reading its opinion model. */
    @PreAuthorize("permitAll()")
    public boolean exists(long discussionId) {
        return discussions.visible(discussionId, Actor.current()).isPresent();
    }

    /** The report; NoSuchItemException for a discussion that does not exist or is not published (to this actor). */
    @PreAuthorize("permitAll()")
    public DiscussionReport report(long discussionId) {
        Actor actor = Actor.current();
        Head head = discussions.visibleHead(discussionId, actor);
        StoredModel stored = runs.stored(discussionId);
        boolean isFinal = stored.finalModel() != null;
        OpinionModel model = models.read(isFinal ? stored.finalModel() : stored.model());
        List<ValueName> values = discussions.values(discussionId);
        Long viewer = actor.accountId() == null
                ? null
                : discussions.participantOf(discussionId, actor.accountId()).orElse(null);
        return new DiscussionReport(
                head.id(),
                head.question(),
                head.imported(),
                head.opensAt(),
                head.closesAt(),
                !head.closesAt().isAfter(clock.instant()) || head.finalReportAt() != null,
                head.participantCount(),
                head.voteCount(),
                head.statementCount(),
                isFinal ? stored.finalComputedAt() : stored.computedAt(),
                head.finalReportAt(),
                model,
                discussions.publishedTexts(discussionId),
                values,
                weights(values, discussions.weights(discussionId), model),
                viewer);
    }

    /** Everyone first (group -1), then each group in the model's order. */
    static List<GroupWeights> weights(List<ValueName> values, List<Weight> weights, @Nullable OpinionModel model) {
        if (values.isEmpty() || weights.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> groupOf = new HashMap<>();
        if (model != null) {
            model.placements().forEach(p -> groupOf.put(p.participant(), p.group()));
        }
        Map<Long, Map<String, Integer>> byParticipant = new LinkedHashMap<>();
        for (Weight w : weights) {
            byParticipant
                    .computeIfAbsent(w.participantId(), id -> new HashMap<>())
                    .put(w.valueCode(), w.points());
        }
        Map<Integer, List<Map<String, Integer>>> byGroup = new TreeMap<>();
        byGroup.put(-1, new ArrayList<>(byParticipant.values()));
        if (model != null) {
            model.groups().forEach(g -> byGroup.put(g.id(), new ArrayList<>()));
        }
        byParticipant.forEach((participant, points) -> {
            Integer group = groupOf.get(participant);
            if (group != null && group >= 0) {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(points);
            }
        });
        List<GroupWeights> result = new ArrayList<>();
        byGroup.forEach((group, members) -> {
            List<Double> averages = values.stream()
                    .map(v -> members.isEmpty()
                            ? 0.0
                            : members.stream()
                                    .mapToInt(m -> m.getOrDefault(v.code(), 0))
                                    .average()
                                    .orElse(0))
                    .toList();
            result.add(new GroupWeights(group, members.size(), averages));
        });
        return result;
    }
}
