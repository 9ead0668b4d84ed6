package nl.raadsplein.account;

import static nl.raadsplein.jooq.Tables.ACCOUNT_ROLE;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The roles granted to accounts. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class RoleRepository {

    private final DSLContext dsl;

    RoleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void grant(long accountId, Role role, @Nullable Long grantedBy, Instant now) {
        dsl.insertInto(ACCOUNT_ROLE)
                .set(ACCOUNT_ROLE.ACCOUNT_ID, accountId)
                .set(ACCOUNT_ROLE.ROLE, role)
                .set(ACCOUNT_ROLE.GRANTED_AT, now)
                .set(ACCOUNT_ROLE.GRANTED_BY, grantedBy)
                .onDuplicateKeyIgnore()
                .execute();
    }

    void revoke(long accountId, Role role) {
        dsl.deleteFrom(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId))
                .and(ACCOUNT_ROLE.ROLE.eq(role))
                .execute();
    }

    /** Locks the administrators' role rows, so that two administrators cannot both revoke the other. */
    List<Long> lockAdministrators() {
        return dsl.select(ACCOUNT_ROLE.ACCOUNT_ID)
                .from(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ROLE.eq(Role.ADMIN))
                .forUpdate()
                .fetch(Record1::value1);
    }

    boolean hasAdministrator() {
        return dsl.fetchExists(ACCOUNT_ROLE, ACCOUNT_ROLE.ROLE.eq(Role.ADMIN));
    }
}
