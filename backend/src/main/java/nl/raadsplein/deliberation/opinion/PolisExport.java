package nl.raadsplein.deliberation.opinion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.raadsplein.deliberation.Stance;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A Pol.is conversation as its export files hold it: {@code comments.csv} for the statements and
 * {@code participants-votes.csv} for the votes (one row per participant, one column per statement). Pol.is
 * exports agree as 1 and disagree as -1 (its maths stores them the other way round); here they are {@link Stance}s.
 *
 * @param statements by comment id
 * @param participants every participant row, in file order
 * @param votes by participant, in file order
 */
public record PolisExport(List<Statement> statements, List<Participant> participants, List<Vote> votes) {

    public static final String COMMENTS = "comments.csv";
    public static final String PARTICIPANTS_VOTES = "participants-votes.csv";
    public static final String VOTES = "votes.csv";
    public static final String SUMMARY = "summary.csv";

    /** More rows than any conversation Pol.is has published; beyond it a file is refused rather than exhaust memory. */
    static final int MAX_ROWS = 1_000_000;

    private static final int MAX_TEXT = 10_000;

    public PolisExport {
        statements = List.copyOf(statements);
        participants = List.copyOf(participants);
        votes = List.copyOf(votes);
    }

    /**
     * A statement.
     *
     * @param author Pol.is' author id, if known
     * @param moderated Pol.is' moderation: -1 moderated out, 0 not moderated, 1 accepted
     * @param created when it was written, if known
     */
    public record Statement(
            long commentId,
            @Nullable String author,
            String text,
            int moderated,
            @Nullable Instant created) {

        public Statement {
            Objects.requireNonNull(text, "text");
        }

        /** Moderated out: kept for the record, left out of the maths. */
        public boolean moderatedOut() {
            return moderated < 0;
        }
    }

    /**
     * A participant.
     *
     * @param group the group Pol.is (or Raadsplein, when written) placed them in, -1 for none
     */
    public record Participant(String id, int group) {}

    /**
     * A vote.
     *
     * @param at when it was cast, if known (participants-votes.csv does not say)
     */
    public record Vote(
            String participant,
            long commentId,
            Stance stance,
            @Nullable Instant at) {}

    /** Reads {@code comments.csv} and {@code participants-votes.csv} from a directory. */
    public static PolisExport read(Path directory) throws PolisFormatException {
        if (!Files.isDirectory(directory)) {
            throw new PolisFormatException("opinion.polis.directory", directory.toString(), 0, "");
        }
        Path comments = directory.resolve(COMMENTS);
        Path participantsVotes = directory.resolve(PARTICIPANTS_VOTES);
        for (Path file : List.of(comments, participantsVotes)) {
            if (!Files.isReadable(file)) {
                throw new PolisFormatException("opinion.polis.missing", String.valueOf(file.getFileName()), 0, "");
            }
        }
        try (InputStream commentStream = Files.newInputStream(comments);
                InputStream voteStream = Files.newInputStream(participantsVotes)) {
            return read(commentStream, voteStream);
        } catch (IOException e) {
            throw new PolisFormatException("opinion.polis.unreadable", directory.toString(), 0, "");
        }
    }

    /** Reads the two files as uploaded. */
    public static PolisExport read(byte[] comments, byte[] participantsVotes) throws PolisFormatException {
        return read(new ByteArrayInputStream(comments), new ByteArrayInputStream(participantsVotes));
    }

    /** Reads the two files (UTF-8, a byte order mark allowed); the streams are not closed. */
    public static PolisExport read(InputStream comments, InputStream participantsVotes) throws PolisFormatException {
        List<Statement> statements = PolisReading.statements(reader(comments));
        Set<Long> known = new HashSet<>();
        statements.forEach(statement -> known.add(statement.commentId()));
        List<Participant> participants = new ArrayList<>();
        List<Vote> votes = new ArrayList<>();
        PolisReading.participantsVotes(reader(participantsVotes), known, participants, votes);
        return new PolisExport(statements, participants, votes);
    }

    /** The comment ids of statements moderated out. */
    public Set<Long> moderatedOut() {
        Set<Long> out = new HashSet<>();
        statements.stream().filter(Statement::moderatedOut).forEach(s -> out.add(s.commentId()));
        return out;
    }

    /**
     * The votes for {@link OpinionAnalysis}: statements by comment id, participants numbered by their position in
     * {@link #participants()}.
     */
    public List<ParticipantVote> participantVotes() {
        Map<String, Long> number = new HashMap<>();
        for (Participant participant : participants) {
            number.putIfAbsent(participant.id(), (long) number.size());
        }
        List<ParticipantVote> result = new ArrayList<>(votes.size());
        for (Vote vote : votes) {
            result.add(new ParticipantVote(
                    Objects.requireNonNull(number.get(vote.participant())), vote.commentId(), vote.stance()));
        }
        return result;
    }

    private static Reader reader(InputStream stream) {
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    /** Reading line by line with the line numbers the errors name. */
    static final class PolisReading {

        private PolisReading() {}

        static List<Statement> statements(Reader reader) throws PolisFormatException {
            List<Statement> statements = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            try (CSVParser parser = parse(reader)) {
                Map<String, Integer> header = null;
                for (CSVRecord record : parser) {
                    long line = parser.getCurrentLineNumber();
                    if (header == null) {
                        header = header(record, COMMENTS, "comment-id", "comment-body", "moderated");
                        continue;
                    }
                    if (isBlank(record)) {
                        continue;
                    }
                    tooMany(statements.size(), COMMENTS, line);
                    long id = number(cell(record, header, "comment-id", COMMENTS, line), COMMENTS, line);
                    if (!seen.add(id)) {
                        throw new PolisFormatException("opinion.polis.duplicate", COMMENTS, line, Long.toString(id));
                    }
                    String moderated = cell(record, header, "moderated", COMMENTS, line);
                    if (!List.of("-1", "0", "1").contains(moderated)) {
                        throw new PolisFormatException("opinion.polis.moderated", COMMENTS, line, "moderated");
                    }
                    String text = PolisWriter.unguarded(record.get(column(header, "comment-body", record, line)));
                    if (text.length() > MAX_TEXT) {
                        throw new PolisFormatException("opinion.polis.too-long", COMMENTS, line, "comment-body");
                    }
                    String author = optional(record, header, "author-id");
                    String timestamp = optional(record, header, "timestamp");
                    Instant created = timestamp == null || timestamp.isEmpty()
                            ? null
                            : Instant.ofEpochMilli(number(timestamp, COMMENTS, line));
                    statements.add(new Statement(
                            id,
                            author == null || author.isEmpty() ? null : author,
                            text,
                            Integer.parseInt(moderated),
                            created));
                }
                if (header == null) {
                    throw new PolisFormatException("opinion.polis.empty", COMMENTS, 0, "");
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                throw new PolisFormatException("opinion.polis.malformed", COMMENTS, 0, "");
            }
            return statements;
        }

        static void participantsVotes(Reader reader, Set<Long> known, List<Participant> participants, List<Vote> votes)
                throws PolisFormatException {
            String file = PARTICIPANTS_VOTES;
            try (CSVParser parser = parse(reader)) {
                Map<String, Integer> header = null;
                int columns = 0;
                List<Integer> statementColumns = new ArrayList<>();
                List<Long> statementIds = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (CSVRecord record : parser) {
                    long line = parser.getCurrentLineNumber();
                    if (header == null) {
                        header = header(record, file, "participant", "group-id");
                        columns = record.size();
                        for (int column = 0; column < record.size(); column++) {
                            String name = record.get(column).strip();
                            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                                long id = number(name, file, line);
                                if (!known.contains(id)) {
                                    throw new PolisFormatException("opinion.polis.unknown-statement", file, line, name);
                                }
                                statementColumns.add(column);
                                statementIds.add(id);
                            }
                        }
                        continue;
                    }
                    if (isBlank(record)) {
                        continue;
                    }
                    tooMany(participants.size(), file, line);
                    if (record.size() != columns) {
                        throw new PolisFormatException("opinion.polis.columns", file, line, "");
                    }
                    String participant = cell(record, header, "participant", file, line);
                    if (participant.isEmpty() || !seen.add(participant)) {
                        throw new PolisFormatException("opinion.polis.duplicate", file, line, "participant");
                    }
                    String group = cell(record, header, "group-id", file, line);
                    participants.add(new Participant(
                            participant, group.isEmpty() ? -1 : Math.toIntExact(number(group, file, line))));
                    for (int s = 0; s < statementColumns.size(); s++) {
                        int column = statementColumns.get(s);
                        String value =
                                column < record.size() ? record.get(column).strip() : "";
                        Stance stance = switch (value) {
                            case "" -> null;
                            case "1" -> Stance.AGREE;
                            case "-1" -> Stance.DISAGREE;
                            case "0" -> Stance.PASS;
                            default ->
                                throw new PolisFormatException(
                                        "opinion.polis.vote", file, line, Long.toString(statementIds.get(s)));
                        };
                        if (stance != null) {
                            votes.add(new Vote(participant, statementIds.get(s), stance, null));
                        }
                    }
                }
                if (header == null) {
                    throw new PolisFormatException("opinion.polis.empty", file, 0, "");
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                throw new PolisFormatException("opinion.polis.malformed", file, 0, "");
            }
        }

        private static CSVParser parse(Reader reader) throws IOException {
            return CSVParser.parse(
                    reader,
                    CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get());
        }

        private static Map<String, Integer> header(CSVRecord record, String file, String... required)
                throws PolisFormatException {
            Map<String, Integer> header = new HashMap<>();
            for (int column = 0; column < record.size(); column++) {
                String name = record.get(column).strip();
                if (column == 0 && name.startsWith("\uFEFF")) {
                    name = name.substring(1);
                }
                header.putIfAbsent(name, column);
            }
            for (String name : required) {
                if (!header.containsKey(name)) {
                    throw new PolisFormatException("opinion.polis.header", file, 1, name);
                }
            }
            return header;
        }

        private static String cell(CSVRecord record, Map<String, Integer> header, String name, String file, long line)
                throws PolisFormatException {
            int column = Objects.requireNonNull(header.get(name));
            if (column >= record.size()) {
                throw new PolisFormatException("opinion.polis.columns", file, line, name);
            }
            return record.get(column).strip();
        }

        /** The body is taken as written: leading and trailing spaces are part of a statement. */
        private static int column(Map<String, Integer> header, String name, CSVRecord record, long line)
                throws PolisFormatException {
            int column = Objects.requireNonNull(header.get(name));
            if (column >= record.size()) {
                throw new PolisFormatException("opinion.polis.columns", COMMENTS, line, name);
            }
            return column;
        }

        private static @Nullable String optional(CSVRecord record, Map<String, Integer> header, String name) {
            Integer column = header.get(name);
            return column == null || column >= record.size()
                    ? null
                    : record.get(column).strip();
        }

        private static long number(String text, String file, long line) throws PolisFormatException {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new PolisFormatException("opinion.polis.number", file, line, text.length() > 20 ? "" : text);
            }
        }

        private static boolean isBlank(CSVRecord record) {
            return record.size() == 1 && record.get(0).isBlank();
        }

        private static void tooMany(int rows, String file, long line) throws PolisFormatException {
            if (rows >= MAX_ROWS) {
                throw new PolisFormatException("opinion.polis.too-large", file, line, "");
            }
        }
    }
}
