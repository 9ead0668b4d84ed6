package nl.raadsplein.deliberation.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.raadsplein.deliberation.opinion.OpinionModel.Placement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our groups against the groups Pol.is itself published for three open conversations. */
class PolisConversationsTest {

    static final Path CONVERSATIONS = Path.of("/work/shared/testdata/polis");

    @ParameterizedTest
    @ValueSource(strings = {"15-per-hour-seattle", "brexit-consensus", "scoop-hivemind.taxes"})
    void groupsAgreeWithPolis(String conversation) throws Exception {
        PolisExport export = PolisExport.read(CONVERSATIONS.resolve(conversation));

        OpinionModel model =
                OpinionAnalysis.analyse(new OpinionInput(export.participantVotes(), export.moderatedOut(), null, 1));

        Map<Long, Integer> polis = new HashMap<>();
        List<PolisExport.Participant> participants = export.participants();
        for (int p = 0; p < participants.size(); p++) {
            polis.put((long) p, participants.get(p).group());
        }
        int[] ours = model.placements().stream()
                .filter(placement -> placement.group() >= 0 && polis.getOrDefault(placement.participant(), -1) >= 0)
                .mapToInt(Placement::group)
                .toArray();
        int[] theirs = model.placements().stream()
                .filter(placement -> placement.group() >= 0 && polis.getOrDefault(placement.participant(), -1) >= 0)
                .mapToInt(placement -> polis.get(placement.participant()))
                .toArray();
        long polisGroups =
                polis.values().stream().filter(g -> g >= 0).distinct().count();
        double ari = AdjustedRand.index(ours, theirs);
        System.out.printf(
                "%s: %d participants compared, ARI %.3f, groups ours %d, Pol.is %d%n",
                conversation, ours.length, ari, model.k(), polisGroups);

        assertThat(model.k()).isEqualTo(polisGroups);
        assertThat(ari).isGreaterThanOrEqualTo(0.8);
    }
}
