package nl.raadsplein.opendata;

import java.time.Instant;
import java.util.List;
import nl.raadsplein.motion.CitationKind;
import nl.raadsplein.motion.ClauseKind;
import nl.raadsplein.motion.MotionState;
import nl.raadsplein.motion.MotionType;
import nl.raadsplein.motion.VoteChoice;
import nl.raadsplein.motion.VoteMethod;
import nl.raadsplein.motion.VoteResult;
import org.jspecify.annotations.Nullable;

/**
 * A submitted motion (never a draft) in its current version: its text, who submitted it, what it cites, the agenda
 * item it is on and every vote on it, with the votes per party (and per councillor in a roll call).
 */
public record ApiMotion(
        long id,
        MotionType type,
        MotionState state,
        String title,
        @Nullable VoteResult result,
        @Nullable Long amends,
        @Nullable Integer amendedPart,
        @Nullable Long agendaItemId,
        List<Clause> clauses,
        List<Submitter> submitters,
        List<Citation> cites,
        List<String> themes,
        List<Vote> votes,
        @Nullable Instant submitted,
        Instant created,
        Instant modified) {

    public ApiMotion {
        clauses = List.copyOf(clauses);
        submitters = List.copyOf(submitters);
        cites = List.copyOf(cites);
        themes = List.copyOf(themes);
        votes = List.copyOf(votes);
    }

    public record Clause(ClauseKind kind, int position, String text) {}

    /** {@code name} is null for a councillor whose account has since been deleted. */
    public record Submitter(@Nullable String name, @Nullable String party) {}

    public record Citation(CitationKind kind, long id) {}

    /** {@code corrects}: the earlier vote this one corrects, recorded with its reason. */
    public record Vote(
            long id,
            long meetingId,
            VoteMethod method,
            int votesFor,
            int votesAgainst,
            VoteResult result,
            @Nullable Long corrects,
            @Nullable String reason,
            Instant recorded,
            List<VoteLine> lines) {

        public Vote {
            lines = List.copyOf(lines);
        }
    }

    /** {@code councillor} only in a roll call. */
    public record VoteLine(String party, @Nullable String councillor, int seats, VoteChoice choice) {}
}
