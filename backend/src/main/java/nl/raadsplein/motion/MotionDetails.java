package nl.raadsplein.motion;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A motion as its page shows it: the text of one version, who signed, what it cites, its history and votes. */
public record MotionDetails(
        long id,
        MotionType type,
        MotionState state,
        @Nullable VoteResult result,
        MotionText text,
        int currentVersion,
        @Nullable Amendment amendment,
        @Nullable Placement placement,
        List<Submitter> submitters,
        List<Cited> citations,
        List<String> themeCodes,
        List<Event> events,
        List<Vote> votes,
        Permissions permissions) {

    /** The text of one version. */
    public record MotionText(
            int version,
            String title,
            List<String> findings,
            List<String> considerations,
            List<String> requests,
            @Nullable String replacement,
            Instant createdAt) {

        /** The numbered parts an amendment may change: findings, considerations and requests, in that order. */
        public List<String> parts() {
            return java.util.stream.Stream.of(findings, considerations, requests)
                    .flatMap(List::stream)
                    .toList();
        }
    }

    /** What an amendment changes: part {@code part} of motion {@code motionId}, from old to new text. */
    public record Amendment(
            long motionId,
            String motionTitle,
            int part,
            @Nullable String oldText,
            String newText) {}

    /** The meeting and agenda item the motion was submitted to. */
    public record Placement(
            long meetingId, String meetingTitle, Instant meetingStartsAt, int itemPosition, String itemTitle) {}

    public record Submitter(
            long accountId, String name, @Nullable String party, SubmitterStatus status, boolean first) {}

    public record Cited(CitationKind kind, long id, String title) {}

    public record Event(
            String action,
            MotionState state,
            String actor,
            Instant at,
            @Nullable String details) {}

    /** What the reader may do now; the services enforce the same rules. */
    public record Permissions(
            boolean edit,
            boolean invite,
            boolean respond,
            boolean submit,
            boolean holdOver,
            boolean withdraw,
            boolean vote,
            boolean correct) {

        static final Permissions NONE = new Permissions(false, false, false, false, false, false, false, false);
    }
}
