package nl.raadsplein.motion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Council terms and the seats each party holds in them, kept by the griffie beside the parties. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class CouncilTermService {

    public static final int NAME_LENGTH = 100;
    public static final int MAX_SEATS = 100;

    private final TermRepository terms;
    private final AuditTrail audit;
    private final Clock clock;

    CouncilTermService(TermRepository terms, AuditTrail audit, Clock clock) {
        this.terms = terms;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    public List<CouncilTerm> terms() {
        return terms.terms();
    }

    @PreAuthorize("permitAll()")
    public CouncilTerm term(long id) {
        return terms.term(id).orElseThrow(() -> new NoSuchItemException("council term " + id));
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public long createTerm(@Nullable TermDraft draft) {
        String name = TextInput.line("name", draft == null ? null : draft.name(), NAME_LENGTH);
        LocalDate startsOn = draft == null ? null : draft.startsOn();
        LocalDate endsOn = draft == null ? null : draft.endsOn();
        if (startsOn == null) {
            throw new InvalidInputException("startsOn", "error.required");
        }
        if (endsOn == null) {
            throw new InvalidInputException("endsOn", "error.required");
        }
        if (!startsOn.isBefore(endsOn)) {
            throw new InvalidInputException("endsOn", "motion.error.term-dates");
        }
        if (terms.nameTaken(name)) {
            throw new InvalidInputException("name", "motion.error.term-name-taken");
        }
        if (terms.overlaps(startsOn, endsOn)) {
            throw new InvalidInputException("startsOn", "motion.error.term-overlaps");
        }
        long id = terms.insert(name, startsOn, endsOn, clock.instant());
        audit.record(Actor.currentAccountId(), "COUNCIL_TERM_CREATED", "COUNCIL_TERM", id, null, name);
        return id;
    }

    /** Sets every party's seats in the term at once; a party left out or given 0 holds none. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void setSeats(long termId, @Nullable Map<Long, Integer> seats) {
        terms.lock(termId);
        terms.term(termId).orElseThrow(() -> new NoSuchItemException("council term " + termId));
        Map<Long, Integer> checked = new TreeMap<>();
        if (seats != null) {
            seats.forEach((party, count) -> {
                if (party == null || count == null || count < 0 || count > MAX_SEATS) {
                    throw new InvalidInputException("seats", "motion.error.seats", MAX_SEATS);
                }
                if (count > 0) {
                    checked.put(party, count);
                }
            });
        }
        if (!terms.partiesExist(checked.keySet())) {
            throw new NoSuchItemException("party");
        }
        terms.replaceSeats(termId, checked);
        audit.record(Actor.currentAccountId(), "COUNCIL_SEATS_SET", "COUNCIL_TERM", termId, null, checked.toString());
    }
}
