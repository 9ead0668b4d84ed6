package nl.raadsplein.deliberation.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.raadsplein.deliberation.Stance;
import nl.raadsplein.deliberation.opinion.OpinionModel.Placement;
import nl.raadsplein.deliberation.opinion.OpinionModel.RankedStatement;
import nl.raadsplein.deliberation.opinion.OpinionModel.RepresentativeStatement;
import nl.raadsplein.deliberation.opinion.OpinionModel.StatementFigures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A room of 40 split in two camps of 20 on statements 1-4 (camp A agrees) and 5-8 (camp B agrees), everyone agrees
 * with 9, nearly everyone passes on 10, and 11 is agreed by camp A only; each participant skips one statement.
 */
class OpinionAnalysisTest {

    private static final int CAMP = 20;

    static List<ParticipantVote> twoCamps() {
        List<ParticipantVote> votes = new ArrayList<>();
        for (long p = 0; p < 2 * CAMP; p++) {
            boolean campA = p < CAMP;
            for (long s = 1; s <= 8; s++) {
                if (s == 1 + p % 8) {
                    continue;
                }
                boolean agrees = campA == (s <= 4);
                votes.add(new ParticipantVote(p, s, agrees ? Stance.AGREE : Stance.DISAGREE));
            }
            votes.add(new ParticipantVote(p, 9, Stance.AGREE));
            votes.add(new ParticipantVote(p, 10, p % 5 == 0 ? Stance.AGREE : Stance.PASS));
            votes.add(new ParticipantVote(p, 11, campA ? Stance.AGREE : Stance.PASS));
        }
        return votes;
    }

    @Test
    void findsTheTwoCampsAndWhatSetsThemApart() {
        OpinionModel model = OpinionAnalysis.analyse(OpinionInput.of(twoCamps(), 7));

        assertThat(model.k()).isEqualTo(2);
        assertThat(model.participants()).isEqualTo(2 * CAMP);
        assertThat(model.votes()).isEqualTo(twoCamps().size());
        Map<Integer, Set<Long>> members = model.placements().stream()
                .collect(Collectors.groupingBy(
                        Placement::group, Collectors.mapping(Placement::participant, Collectors.toSet())));
        Set<Long> campA = model.placements().stream()
                .map(Placement::participant)
                .filter(p -> p < CAMP)
                .collect(Collectors.toSet());
        assertThat(members.values()).anySatisfy(group -> assertThat(group).isEqualTo(campA));
        assertThat(model.groups()).allSatisfy(group -> assertThat(group.size()).isEqualTo(CAMP));

        int groupA = model.placements().get(0).group();
        List<RepresentativeStatement> representativeA =
                model.groups().get(groupA).representative();
        assertThat(representativeA).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(representativeA.get(0).direction()).isEqualTo(Stance.AGREE);
        assertThat(representativeA)
                .allSatisfy(r -> assertThat(
                                r.direction() == Stance.AGREE ? Set.of(1L, 2L, 3L, 4L, 11L) : Set.of(5L, 6L, 7L, 8L))
                        .contains(r.statement()));
        assertThat(representativeA.get(0).agreeShare()).isGreaterThan(0.9);

        assertThat(model.consensus()).contains(new RankedStatement(9, Stance.AGREE, score(model, 9)));
        assertThat(model.consensus()).extracting(RankedStatement::statement).doesNotContain(1L, 5L);
        assertThat(model.uncertain()).extracting(RankedStatement::statement).contains(10L);
        assertThat(model.divisive())
                .extracting(RankedStatement::statement)
                .contains(1L, 5L)
                .doesNotContain(9L);
        StatementFigures nine = figures(model, 9);
        assertThat(nine.consensus()).isTrue();
        assertThat(nine.agree()).isEqualTo(2 * CAMP);
        assertThat(nine.groupAwareConsensus()).isGreaterThan(figures(model, 1).groupAwareConsensus());
        assertThat(figures(model, 10).uncertain()).isTrue();
        assertThat(figures(model, 1).divisiveness()).isGreaterThan(0.7);
    }

    @Test
    void equalVotesAndSeedGiveAnEqualModelWhateverTheirOrder() {
        List<ParticipantVote> shuffled = new ArrayList<>(twoCamps());
        Collections.shuffle(shuffled, new Random(3));

        assertThat(OpinionAnalysis.analyse(OpinionInput.of(shuffled, 7)))
                .isEqualTo(OpinionAnalysis.analyse(OpinionInput.of(twoCamps(), 7)));
    }

    @Test
    void aChangedVoteReplacesTheEarlierOne() {
        List<ParticipantVote> votes = new ArrayList<>(twoCamps());
        votes.add(new ParticipantVote(0, 9, Stance.DISAGREE));

        OpinionModel model = OpinionAnalysis.analyse(OpinionInput.of(votes, 7));

        assertThat(model.votes()).isEqualTo(twoCamps().size());
        assertThat(figures(model, 9).disagree()).isEqualTo(1);
        assertThat(figures(model, 9).agree()).isEqualTo(2 * CAMP - 1);
    }

    @Test
    void aWarmStartKeepsTheGroups() {
        OpinionModel first = OpinionAnalysis.analyse(OpinionInput.of(twoCamps(), 7));

        OpinionModel second = OpinionAnalysis.analyse(new OpinionInput(twoCamps(), Set.of(), first, 7));

        assertThat(second.placements())
                .extracting(Placement::group)
                .isEqualTo(first.placements().stream().map(Placement::group).toList());
        assertThat(second.warmStart().smoothing().lastKCount()).isEqualTo(2);
        assertThat(second.k()).isEqualTo(2);
    }

    @Test
    void theNumberOfGroupsChangesOnlyAfterFourComputationsInARow() {
        OpinionModel.Smoothing smoothing = OpinionModel.Smoothing.NONE.next(2);
        assertThat(smoothing.smoothedK()).isEqualTo(2);
        for (int update = 1; update <= 3; update++) {
            smoothing = smoothing.next(3);
            assertThat(smoothing.smoothedK()).isEqualTo(2);
        }
        assertThat(smoothing.next(3).smoothedK()).isEqualTo(3);
        assertThat(smoothing.next(4).smoothedK()).isEqualTo(2);
    }

    @Test
    void moderatedOutStatementsAreLeftOut() {
        List<ParticipantVote> votes = new ArrayList<>(twoCamps());
        for (long p = 0; p < 2 * CAMP; p++) {
            votes.add(new ParticipantVote(p, 99, p % 2 == 0 ? Stance.AGREE : Stance.DISAGREE));
        }

        OpinionModel model = OpinionAnalysis.analyse(new OpinionInput(votes, Set.of(99L), null, 7));

        assertThat(model.statements()).extracting(StatementFigures::statement).doesNotContain(99L);
        assertThat(model.warmStart().components())
                .extracting(OpinionModel.Component::statement)
                .doesNotContain(99L);
        assertThat(model.votes()).isEqualTo(twoCamps().size());
        assertThat(model.placements())
                .extracting(Placement::group)
                .isEqualTo(OpinionAnalysis.analyse(OpinionInput.of(twoCamps(), 7)).placements().stream()
                        .map(Placement::group)
                        .toList());
    }

    @Test
    void fewVotersAreAllInTheConversationAndNoVotesGiveAnEmptyModel() {
        List<ParticipantVote> votes = List.of(
                new ParticipantVote(1, 1, Stance.AGREE),
                new ParticipantVote(2, 1, Stance.DISAGREE),
                new ParticipantVote(3, 2, Stance.PASS));

        OpinionModel model = OpinionAnalysis.analyse(OpinionInput.of(votes, 1));

        assertThat(model.placements()).extracting(Placement::group).doesNotContain(-1);
        assertThat(OpinionAnalysis.analyse(OpinionInput.of(List.of(), 1)).k()).isZero();
    }

    @Test
    void theModelSurvivesJson() {
        OpinionModel model = OpinionAnalysis.analyse(OpinionInput.of(twoCamps(), 7));
        JsonMapper json = JsonMapper.builder().build();

        OpinionModel read = json.readValue(json.writeValueAsString(model), OpinionModel.class);

        assertThat(read).isEqualTo(model);
    }

    private static StatementFigures figures(OpinionModel model, long statement) {
        return model.statements().stream()
                .filter(f -> f.statement() == statement)
                .findFirst()
                .orElseThrow();
    }

    private static double score(OpinionModel model, long statement) {
        return model.consensus().stream()
                .filter(c -> c.statement() == statement)
                .findFirst()
                .map(RankedStatement::score)
                .orElse(-1.0);
    }
}
