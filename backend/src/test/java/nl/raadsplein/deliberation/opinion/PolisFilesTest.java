package nl.raadsplein.deliberation.opinion;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.raadsplein.deliberation.Stance;
import nl.raadsplein.deliberation.opinion.PolisExport.Participant;
import nl.raadsplein.deliberation.opinion.PolisExport.Statement;
import nl.raadsplein.deliberation.opinion.PolisExport.Vote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolisFilesTest {

    private static final String COMMENTS =
            "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n"
                    + "1,x,0,7,1,0,1,Eerste\n"
                    + "2,x,1,7,0,1,-1,\"Tweede, met komma\"\n";
    private static final String VOTES = "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1\n"
            + "7,0,2,2,1,1,1,-1\n"
            + "8,,0,1,0,0,0,\n";

    @Test
    void readsStatementsVotesAndPolisSignConvention() throws Exception {
        PolisExport export = PolisExport.read(COMMENTS.getBytes(UTF_8), VOTES.getBytes(UTF_8));

        assertThat(export.statements()).extracting(Statement::text).containsExactly("Eerste", "Tweede, met komma");
        assertThat(export.moderatedOut()).containsExactly(1L);
        assertThat(export.participants()).containsExactly(new Participant("7", 0), new Participant("8", -1));
        assertThat(export.votes())
                .containsExactly(
                        new Vote("7", 0, Stance.AGREE, null),
                        new Vote("7", 1, Stance.DISAGREE, null),
                        new Vote("8", 0, Stance.PASS, null));
    }

    @Test
    void thePublishedConversationsAgreeWithTheirOwnCounts() throws Exception {
        PolisExport export = PolisExport.read(PolisConversationsTest.CONVERSATIONS.resolve("brexit-consensus"));
        // comments.csv counts agrees and disagrees itself: the sign convention must give the same numbers
        long agreesOn36 = export.votes().stream()
                .filter(v -> v.commentId() == 36 && v.stance() == Stance.AGREE)
                .count();
        assertThat(agreesOn36).isEqualTo(38);
    }

    @Test
    void malformedFilesAreRefusedByKeyAndLine(@TempDir Path directory) {
        refused(COMMENTS.replace("comment-body", "body"), VOTES, "opinion.polis.header", 1);
        refused(COMMENTS, VOTES.replace("1,-1\n", "1,yes\n"), "opinion.polis.vote", 2);
        refused(COMMENTS, VOTES.replace(",0,1\n", ",0,5\n"), "opinion.polis.unknown-statement", 1);
        refused(COMMENTS, VOTES.replace("8,,0,1,0,0,0,\n", "8,,0,1\n"), "opinion.polis.columns", 3);
        refused(COMMENTS.replace("2,x,1,", "2,x,0,"), VOTES, "opinion.polis.duplicate", 3);
        refused(COMMENTS.replace(",-1,", ",2,"), VOTES, "opinion.polis.moderated", 3);
        refused(COMMENTS.replace("2,x,1,", "2,x,een,"), VOTES, "opinion.polis.number", 3);
        refused(COMMENTS + "3,x,2,7,0,0,1,\"open quote\n", VOTES, "opinion.polis.malformed", 0);
        refused("", VOTES, "opinion.polis.empty", 0);
        assertThatThrownBy(() -> PolisExport.read(directory))
                .isInstanceOfSatisfying(
                        PolisFormatException.class, e -> assertThat(e.key()).isEqualTo("opinion.polis.missing"));
        assertThatThrownBy(() -> PolisExport.read(directory.resolve("nothing")))
                .isInstanceOfSatisfying(
                        PolisFormatException.class, e -> assertThat(e.key()).isEqualTo("opinion.polis.directory"));
    }

    private static void refused(String comments, String votes, String key, long line) {
        assertThatThrownBy(() -> PolisExport.read(comments.getBytes(UTF_8), votes.getBytes(UTF_8)))
                .isInstanceOfSatisfying(PolisFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.line()).isEqualTo(line);
                });
    }

    @Test
    void writtenFilesReadBackWithHostileTextIntact(@TempDir Path directory) throws Exception {
        List<String> texts = new ArrayList<>(Files.readAllLines(Path.of("/work/shared/testdata/hostile-inputs.txt")))
                .stream().filter(text -> text.length() <= 5_000).toList();
        List<Statement> statements = new ArrayList<>();
        List<Vote> votes = new ArrayList<>();
        Instant at = Instant.parse("2026-12-02T10:15:30.123Z");
        for (int s = 0; s < texts.size(); s++) {
            statements.add(new Statement(s, "a" + (s % 3), texts.get(s) + "\nmet \"regel\", en komma", s % 2, at));
            votes.add(new Vote("1", s, Stance.values()[s % 3], at));
            votes.add(new Vote("2", s, Stance.AGREE, at));
        }
        PolisExport export =
                new PolisExport(statements, List.of(new Participant("1", 0), new Participant("2", 1)), votes);

        PolisWriter.write(directory, export, new PolisWriter.Summary("=SUM(A1)", "", "Context, \"quoted\""));
        PolisExport read = PolisExport.read(directory);

        assertThat(read.statements()).isEqualTo(statements);
        assertThat(read.participants()).isEqualTo(export.participants());
        assertThat(read.votes())
                .containsExactlyInAnyOrderElementsOf(votes.stream()
                        .map(v -> new Vote(v.participant(), v.commentId(), v.stance(), null))
                        .toList());
        assertThat(Files.readString(directory.resolve(PolisExport.COMMENTS))).doesNotContain(",=HYPERLINK");
        assertThat(Files.readString(directory.resolve(PolisExport.SUMMARY))).contains("topic,'=SUM(A1)");
        assertThat(Files.readAllLines(directory.resolve(PolisExport.VOTES)).get(0))
                .isEqualTo("timestamp,datetime,comment-id,voter-id,vote");
    }

    @Test
    void theCommandPrintsParticipantsAndGroupsOnly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path conversation = PolisConversationsTest.CONVERSATIONS.resolve("15-per-hour-seattle");

        int exit = PolisCommand.run(conversation.toString(), new PrintStream(out, true, UTF_8), new PrintStream(err));

        assertThat(exit).isZero();
        assertThat(err.toString(UTF_8)).isEmpty();
        List<String> lines = out.toString(UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("participant,group");
        assertThat(lines.subList(1, lines.size())).hasSize(138).allMatch(line -> line.matches("\\d+,[01]"));
        assertThat(PolisCommand.directory(new String[] {"--raadsplein.polis.analyse=" + conversation}))
                .isEqualTo(conversation.toString());
    }

    @Test
    void theCommandExplainsABadDirectory(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve(PolisExport.COMMENTS), COMMENTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = PolisCommand.run(directory.toString(), new PrintStream(out), new PrintStream(err, true, UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(out.size()).isZero();
        assertThat(err.toString(UTF_8)).contains("The file participants-votes.csv is missing.");
    }
}
