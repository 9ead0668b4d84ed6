package nl.raadsplein.account;

import static nl.raadsplein.jooq.Tables.DEVICE_COOKIE;

import java.time.Instant;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The device cookies browsers got at a successful login (ADR 22), kept as hashes only. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class DeviceCookieRepository {

    private final DSLContext dsl;

    DeviceCookieRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Marks the cookie used again if the account holds it and it has not lapsed; whether it did. */
    boolean renew(long accountId, String tokenHash, Instant now) {
        return dsl.update(DEVICE_COOKIE)
                        .set(DEVICE_COOKIE.LAST_USED_AT, now)
                        .where(DEVICE_COOKIE.TOKEN_HASH.eq(tokenHash))
                        .and(DEVICE_COOKIE.ACCOUNT_ID.eq(accountId))
                        .and(DEVICE_COOKIE.LAST_USED_AT.gt(now.minus(DeviceCookieService.LIFETIME)))
                        .execute()
                == 1;
    }

    void insert(long accountId, String tokenHash, Instant now) {
        dsl.insertInto(DEVICE_COOKIE)
                .set(DEVICE_COOKIE.TOKEN_HASH, tokenHash)
                .set(DEVICE_COOKIE.ACCOUNT_ID, accountId)
                .set(DEVICE_COOKIE.CREATED_AT, now)
                .set(DEVICE_COOKIE.LAST_USED_AT, now)
                .set(DEVICE_COOKIE.WINDOW_START, now)
                .execute();
    }

    /** No browser of the account is trusted any more. */
    void revokeAll(long accountId) {
        dsl.deleteFrom(DEVICE_COOKIE)
                .where(DEVICE_COOKIE.ACCOUNT_ID.eq(accountId))
                .execute();
    }

    /** Removes the cookies last used before {@code before}; returns how many went. */
    int deleteUnusedSince(Instant before) {
        return dsl.deleteFrom(DEVICE_COOKIE)
                .where(DEVICE_COOKIE.LAST_USED_AT.lt(before))
                .execute();
    }
}
