package nl.raadsplein.deliberation.opinion;

import java.io.PrintStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The command line analysis of a Pol.is export ({@code --raadsplein.polis.analyse=DIR}): the groups as CSV on
 * standard output, {@code participant,group} with Pol.is' participant ids and our groups from 0, only participants
 * in a group; problems on standard error. Runs without Spring, a database or a web server.
 */
public final class PolisCommand {

    public static final String OPTION = "--raadsplein.polis.analyse=";

    /** The seed of the command line: its output is the same on every run. */
    static final long SEED = 1;

    private PolisCommand() {}

    /** The directory when the arguments ask for the analysis, else null. */
    public static @Nullable String directory(String[] args) {
        for (String arg : args) {
            if (arg.startsWith(OPTION)) {
                return arg.substring(OPTION.length());
            }
        }
        return null;
    }

    /** Runs the analysis; returns the exit code (0 done, 1 unreadable export). */
    public static int run(String directory, PrintStream out, PrintStream err) {
        PolisExport export;
        try {
            export = PolisExport.read(Path.of(directory));
        } catch (PolisFormatException e) {
            ResourceBundle messages = ResourceBundle.getBundle("i18n/opinion", Locale.ENGLISH);
            err.println(new MessageFormat(messages.getString(e.key()), Locale.ENGLISH)
                    .format(e.arguments().toArray()));
            return 1;
        } catch (RuntimeException e) {
            err.println(directory + ": " + e.getMessage());
            return 1;
        }
        OpinionModel model =
                OpinionAnalysis.analyse(new OpinionInput(export.participantVotes(), export.moderatedOut(), null, SEED));
        StringBuilder csv = new StringBuilder("participant,group\n");
        for (OpinionModel.Placement placement : model.placements()) {
            if (placement.group() >= 0) {
                String id =
                        export.participants().get((int) placement.participant()).id();
                csv.append(PolisWriter.guarded(id))
                        .append(',')
                        .append(placement.group())
                        .append('\n');
            }
        }
        out.print(csv);
        out.flush();
        return 0;
    }
}
