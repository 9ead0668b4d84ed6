package nl.raadsplein.motion;

import java.time.LocalDate;
import java.util.List;

/** A council term and the seats each party holds in it, largest first. */
public record CouncilTerm(long id, String name, LocalDate startsOn, LocalDate endsOn, List<Seats> seats) {

    public int totalSeats() {
        return seats.stream().mapToInt(Seats::seats).sum();
    }

    /** A party's seats in the term. */
    public record Seats(long partyId, String partyName, String abbreviation, int seats) {}
}
