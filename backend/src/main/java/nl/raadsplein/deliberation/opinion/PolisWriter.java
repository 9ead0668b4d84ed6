package nl.raadsplein.deliberation.opinion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.raadsplein.deliberation.Stance;
import nl.raadsplein.deliberation.opinion.PolisExport.Participant;
import nl.raadsplein.deliberation.opinion.PolisExport.Statement;
import nl.raadsplein.deliberation.opinion.PolisExport.Vote;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * Writes a conversation in Pol.is' export format ({@code comments.csv}, {@code votes.csv},
 * {@code participants-votes.csv} with the groups, {@code summary.csv}), so it opens wherever Pol.is exports do.
 * Participants appear only by the id given (callers give anonymous numbers), never with personal data.
 */
public final class PolisWriter {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern(
                    "EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Cells a spreadsheet would run as a formula; written with a leading apostrophe, which the reader removes. */
    private static final String FORMULA = "=+-@\t\r";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    /**
     * What summary.csv says about the conversation.
     *
     * @param topic the question
     * @param url where it can be seen, or empty
     * @param description the context
     */
    public record Summary(String topic, String url, String description) {}

    private PolisWriter() {}

    /** The four files by name, UTF-8. */
    public static Map<String, byte[]> files(PolisExport export, Summary summary) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PolisExport.COMMENTS, bytes(comments(export)));
        files.put(PolisExport.VOTES, bytes(votes(export)));
        files.put(PolisExport.PARTICIPANTS_VOTES, bytes(participantsVotes(export)));
        files.put(PolisExport.SUMMARY, bytes(summary(export, summary)));
        return files;
    }

    /** Writes the four files into a directory (created when missing). */
    public static void write(Path directory, PolisExport export, Summary summary) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, byte[]> file : files(export, summary).entrySet()) {
            Files.write(directory.resolve(file.getKey()), file.getValue());
        }
    }

    /**
     * Text as written into any CSV of ours: a cell starting like a formula gets a leading apostrophe, so that a
     * spreadsheet shows it instead of running it.
     */
    public static String guarded(String text) {
        return !text.isEmpty() && FORMULA.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The inverse of {@link #guarded}. */
    static String unguarded(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && FORMULA.indexOf(text.charAt(1)) >= 0
                ? text.substring(1)
                : text;
    }

    private static String comments(PolisExport export) {
        Map<Long, int[]> counts = new HashMap<>();
        for (Vote vote : export.votes()) {
            int[] count = counts.computeIfAbsent(vote.commentId(), id -> new int[2]);
            if (vote.stance() == Stance.AGREE) {
                count[0]++;
            } else if (vote.stance() == Stance.DISAGREE) {
                count[1]++;
            }
        }
        return csv(printer -> {
            printer.printRecord(
                    "timestamp",
                    "datetime",
                    "comment-id",
                    "author-id",
                    "agrees",
                    "disagrees",
                    "moderated",
                    "comment-body");
            for (Statement statement : export.statements()) {
                int[] count = counts.getOrDefault(statement.commentId(), new int[2]);
                printer.printRecord(
                        millis(statement.created()),
                        datetime(statement.created()),
                        statement.commentId(),
                        statement.author() == null ? "" : guarded(statement.author()),
                        count[0],
                        count[1],
                        statement.moderated(),
                        guarded(statement.text()));
            }
        });
    }

    private static String votes(PolisExport export) {
        return csv(printer -> {
            printer.printRecord("timestamp", "datetime", "comment-id", "voter-id", "vote");
            for (Vote vote : export.votes()) {
                printer.printRecord(
                        millis(vote.at()),
                        datetime(vote.at()),
                        vote.commentId(),
                        guarded(vote.participant()),
                        exported(vote.stance()));
            }
        });
    }

    private static String participantsVotes(PolisExport export) {
        List<Long> statements =
                export.statements().stream().map(Statement::commentId).sorted().toList();
        Map<Long, Integer> column = new HashMap<>();
        for (int s = 0; s < statements.size(); s++) {
            column.put(statements.get(s), s);
        }
        Map<String, String[]> rows = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        Map<Long, String> authors = new HashMap<>();
        export.statements().forEach(s -> {
            if (s.author() != null) {
                authors.put(s.commentId(), s.author());
            }
        });
        for (Vote vote : export.votes()) {
            Integer at = column.get(vote.commentId());
            if (at == null) {
                continue;
            }
            String[] row = rows.computeIfAbsent(vote.participant(), p -> new String[statements.size()]);
            row[at] = exported(vote.stance());
            int[] count = counts.computeIfAbsent(vote.participant(), p -> new int[3]);
            count[0]++;
            count[1] += vote.stance() == Stance.AGREE ? 1 : 0;
            count[2] += vote.stance() == Stance.DISAGREE ? 1 : 0;
        }
        Map<String, Integer> written = new TreeMap<>();
        authors.values().forEach(author -> written.merge(author, 1, Integer::sum));
        return csv(printer -> {
            List<Object> header = new ArrayList<>(
                    List.of("participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"));
            header.addAll(statements);
            printer.printRecord(header);
            for (Participant participant : export.participants()) {
                int[] count = counts.getOrDefault(participant.id(), new int[3]);
                List<Object> record = new ArrayList<>(6 + statements.size());
                record.add(guarded(participant.id()));
                record.add(participant.group() < 0 ? "" : Integer.toString(participant.group()));
                record.add(written.getOrDefault(participant.id(), 0));
                record.add(count[0]);
                record.add(count[1]);
                record.add(count[2]);
                String[] row = rows.get(participant.id());
                for (int s = 0; s < statements.size(); s++) {
                    record.add(row == null || row[s] == null ? "" : row[s]);
                }
                printer.printRecord(record);
            }
        });
    }

    private static String summary(PolisExport export, Summary summary) {
        Set<String> voters = new HashSet<>();
        export.votes().forEach(vote -> voters.add(vote.participant()));
        Set<Integer> groups = new HashSet<>();
        long inConversation = export.participants().stream()
                .filter(p -> p.group() >= 0)
                .peek(p -> groups.add(p.group()))
                .count();
        long commenters = export.statements().stream()
                .map(Statement::author)
                .filter(author -> author != null)
                .distinct()
                .count();
        return csv(printer -> {
            printer.printRecord("topic", guarded(summary.topic()));
            printer.printRecord("url", guarded(summary.url()));
            printer.printRecord("voters", voters.size());
            printer.printRecord("voters-in-conv", inConversation);
            printer.printRecord("commenters", commenters);
            printer.printRecord("comments", export.statements().size());
            printer.printRecord("groups", groups.size());
            printer.printRecord("conversation-description", guarded(summary.description()));
        });
    }

    /** Pol.is' export convention: agree 1, disagree -1, pass 0. */
    static String exported(Stance stance) {
        return switch (stance) {
            case AGREE -> "1";
            case DISAGREE -> "-1";
            case PASS -> "0";
        };
    }

    private static String millis(@Nullable Instant at) {
        return at == null ? "" : Long.toString(at.toEpochMilli());
    }

    private static String datetime(@Nullable Instant at) {
        return at == null ? "" : DATETIME.format(at);
    }

    private interface Printing {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String csv(Printing printing) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printing.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
