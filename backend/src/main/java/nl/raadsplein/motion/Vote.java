package nl.raadsplein.motion;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A recorded vote, with the lines it was computed from; a correction names the vote it corrects. */
public record Vote(
        long id,
        long meetingId,
        VoteMethod method,
        int votesFor,
        int votesAgainst,
        VoteResult result,
        @Nullable Long correctsId,
        @Nullable String reason,
        String recordedBy,
        Instant recordedAt,
        List<Line> lines) {

    /** A party's or member's vote; {@code member} is null for a party vote. */
    public record Line(String party, @Nullable String member, int seats, VoteChoice choice) {}
}
