package nl.raadsplein.account;

import static nl.raadsplein.jooq.Tables.PARTY;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.platform.ConcurrentChangeException;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The council's parties. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class PartyRepository {

    private final DSLContext dsl;

    PartyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Party> parties() {
        return dsl.select(PARTY.ID, PARTY.NAME, PARTY.ABBREVIATION, PARTY.ACTIVE, PARTY.VERSION)
                .from(PARTY)
                .orderBy(PARTY.NAME)
                .fetch(mapping(Party::new));
    }

    Optional<Party> party(long id) {
        return dsl.select(PARTY.ID, PARTY.NAME, PARTY.ABBREVIATION, PARTY.ACTIVE, PARTY.VERSION)
                .from(PARTY)
                .where(PARTY.ID.eq(id))
                .fetchOptional(mapping(Party::new));
    }

    Optional<Long> partyIdByAbbreviation(String abbreviation) {
        return dsl.select(PARTY.ID)
                .from(PARTY)
                .where(PARTY.ABBREVIATION.eq(abbreviation))
                .fetchOptional(Record1::value1);
    }

    /** Whether another party than {@code exceptId} has this name; the collation ignores case. */
    boolean partyNameTaken(String name, long exceptId) {
        return dsl.fetchExists(PARTY, PARTY.NAME.eq(name).and(PARTY.ID.ne(exceptId)));
    }

    boolean partyAbbreviationTaken(String abbreviation, long exceptId) {
        return dsl.fetchExists(PARTY, PARTY.ABBREVIATION.eq(abbreviation).and(PARTY.ID.ne(exceptId)));
    }

    long insertParty(String name, String abbreviation, Instant now) {
        return dsl.insertInto(PARTY)
                .set(PARTY.NAME, name)
                .set(PARTY.ABBREVIATION, abbreviation)
                .set(PARTY.ACTIVE, true)
                .set(PARTY.CREATED_AT, now)
                .returningResult(PARTY.ID)
                .fetchSingle(Record1::value1);
    }

    void updateParty(long id, String name, String abbreviation, boolean active, int version) {
        int updated = dsl.update(PARTY)
                .set(PARTY.NAME, name)
                .set(PARTY.ABBREVIATION, abbreviation)
                .set(PARTY.ACTIVE, active)
                .set(PARTY.VERSION, PARTY.VERSION.plus(1))
                .where(PARTY.ID.eq(id).and(PARTY.VERSION.eq(version)))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException();
        }
    }
}
