package nl.raadsplein.motion;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.ACCOUNT_ROLE;
import static nl.raadsplein.jooq.Tables.COUNCIL_SEAT;
import static nl.raadsplein.jooq.Tables.COUNCIL_TERM;
import static nl.raadsplein.jooq.Tables.PARTY;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.raadsplein.account.Role;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Council terms and their seats. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class TermRepository {

    private static final Field<List<CouncilTerm.Seats>> SEATS = multiset(
                    select(COUNCIL_SEAT.PARTY_ID, PARTY.NAME, PARTY.ABBREVIATION, COUNCIL_SEAT.SEATS)
                            .from(COUNCIL_SEAT)
                            .join(PARTY)
                            .on(PARTY.ID.eq(COUNCIL_SEAT.PARTY_ID))
                            .where(COUNCIL_SEAT.TERM_ID.eq(COUNCIL_TERM.ID).and(COUNCIL_SEAT.SEATS.gt(0)))
                            .orderBy(COUNCIL_SEAT.SEATS.desc(), PARTY.NAME))
            .convertFrom(r -> r.map(mapping(CouncilTerm.Seats::new)));

    private final DSLContext dsl;

    TermRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<CouncilTerm> terms() {
        return dsl.select(COUNCIL_TERM.ID, COUNCIL_TERM.NAME, COUNCIL_TERM.STARTS_ON, COUNCIL_TERM.ENDS_ON, SEATS)
                .from(COUNCIL_TERM)
                .orderBy(COUNCIL_TERM.STARTS_ON.desc())
                .fetch(mapping(CouncilTerm::new));
    }

    Optional<CouncilTerm> term(long id) {
        return dsl.select(COUNCIL_TERM.ID, COUNCIL_TERM.NAME, COUNCIL_TERM.STARTS_ON, COUNCIL_TERM.ENDS_ON, SEATS)
                .from(COUNCIL_TERM)
                .where(COUNCIL_TERM.ID.eq(id))
                .fetchOptional(mapping(CouncilTerm::new));
    }

    /** The term a day falls in: from its first day up to, not including, its last. */
    Optional<Long> termOn(LocalDate day) {
        return dsl.select(COUNCIL_TERM.ID)
                .from(COUNCIL_TERM)
                .where(COUNCIL_TERM.STARTS_ON.le(day).and(COUNCIL_TERM.ENDS_ON.gt(day)))
                .fetchOptional(Record1::value1);
    }

    boolean overlaps(LocalDate startsOn, LocalDate endsOn) {
        return dsl.fetchExists(COUNCIL_TERM, COUNCIL_TERM.STARTS_ON.lt(endsOn).and(COUNCIL_TERM.ENDS_ON.gt(startsOn)));
    }

    boolean nameTaken(String name) {
        return dsl.fetchExists(COUNCIL_TERM, COUNCIL_TERM.NAME.eq(name));
    }

    long insert(String name, LocalDate startsOn, LocalDate endsOn, Instant now) {
        return dsl.insertInto(COUNCIL_TERM)
                .set(COUNCIL_TERM.NAME, name)
                .set(COUNCIL_TERM.STARTS_ON, startsOn)
                .set(COUNCIL_TERM.ENDS_ON, endsOn)
                .set(COUNCIL_TERM.CREATED_AT, now)
                .returningResult(COUNCIL_TERM.ID)
                .fetchSingle(Record1::value1);
    }

    void lock(long termId) {
        dsl.selectOne()
                .from(COUNCIL_TERM)
                .where(COUNCIL_TERM.ID.eq(termId))
                .forUpdate()
                .execute();
    }

    void replaceSeats(long termId, Map<Long, Integer> seats) {
        dsl.deleteFrom(COUNCIL_SEAT).where(COUNCIL_SEAT.TERM_ID.eq(termId)).execute();
        var insert = dsl.insertInto(COUNCIL_SEAT, COUNCIL_SEAT.TERM_ID, COUNCIL_SEAT.PARTY_ID, COUNCIL_SEAT.SEATS);
        for (var entry : seats.entrySet()) {
            insert = insert.values(termId, entry.getKey(), entry.getValue());
        }
        if (!seats.isEmpty()) {
            insert.execute();
        }
    }

    boolean partiesExist(java.util.Collection<Long> partyIds) {
        return dsl.fetchCount(PARTY, PARTY.ID.in(partyIds)) == partyIds.size();
    }

    /** Every account holding the councillor role and a party, by party and name. */
    List<Councillor> councillors() {
        return dsl.select(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME, PARTY.ID, PARTY.ABBREVIATION)
                .from(ACCOUNT)
                .join(ACCOUNT_ROLE)
                .on(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID).and(ACCOUNT_ROLE.ROLE.eq(Role.COUNCILLOR)))
                .join(PARTY)
                .on(PARTY.ID.eq(ACCOUNT.PARTY_ID))
                .orderBy(PARTY.ABBREVIATION, ACCOUNT.DISPLAY_NAME, ACCOUNT.ID)
                .fetch(mapping(Councillor::new));
    }
}
