package nl.raadsplein.account;

import static nl.raadsplein.jooq.Tables.ACCOUNT_TOKEN;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The mailed links' tokens, kept as hashes only. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class TokenRepository {

    private final DSLContext dsl;

    TokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insertToken(long accountId, TokenPurpose purpose, String tokenHash, Instant now) {
        dsl.insertInto(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.ACCOUNT_ID, accountId)
                .set(ACCOUNT_TOKEN.PURPOSE, purpose)
                .set(ACCOUNT_TOKEN.TOKEN_HASH, tokenHash)
                .set(ACCOUNT_TOKEN.CREATED_AT, now)
                .set(ACCOUNT_TOKEN.EXPIRES_AT, now.plus(purpose.validity()))
                .execute();
    }

    /** Marks a valid, unused token used and names its account; empty for any other token. */
    Optional<Long> useToken(TokenPurpose purpose, String tokenHash, Instant now) {
        Optional<ValidToken> token = lockValidToken(purpose, tokenHash, now);
        token.ifPresent(valid -> markUsed(valid.id(), now));
        return token.map(ValidToken::accountId);
    }

    record ValidToken(long id, long accountId) {}

    /** A valid, unused token, locked until the transaction ends so that it is used at most once. */
    Optional<ValidToken> lockValidToken(TokenPurpose purpose, String tokenHash, Instant now) {
        return dsl.select(ACCOUNT_TOKEN.ID, ACCOUNT_TOKEN.ACCOUNT_ID)
                .from(ACCOUNT_TOKEN)
                .where(ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(ACCOUNT_TOKEN.PURPOSE.eq(purpose))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .and(ACCOUNT_TOKEN.EXPIRES_AT.gt(now))
                .forUpdate()
                .fetchOptional(mapping(ValidToken::new));
    }

    boolean isValid(TokenPurpose purpose, String tokenHash, Instant now) {
        return dsl.fetchExists(
                ACCOUNT_TOKEN,
                ACCOUNT_TOKEN
                        .TOKEN_HASH
                        .eq(tokenHash)
                        .and(ACCOUNT_TOKEN.PURPOSE.eq(purpose))
                        .and(ACCOUNT_TOKEN.USED_AT.isNull())
                        .and(ACCOUNT_TOKEN.EXPIRES_AT.gt(now)));
    }

    void markUsed(long tokenId, Instant now) {
        dsl.update(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.USED_AT, now)
                .where(ACCOUNT_TOKEN.ID.eq(tokenId))
                .execute();
    }

    void useAllTokens(long accountId, TokenPurpose purpose, Instant now) {
        dsl.update(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.USED_AT, now)
                .where(ACCOUNT_TOKEN.ACCOUNT_ID.eq(accountId))
                .and(ACCOUNT_TOKEN.PURPOSE.eq(purpose))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .execute();
    }

    /** Removes the tokens used or expired before {@code before}: they open nothing any more. Returns how many went. */
    int deleteFinishedBefore(Instant before) {
        return dsl.deleteFrom(ACCOUNT_TOKEN)
                .where(ACCOUNT_TOKEN.EXPIRES_AT.lt(before).or(ACCOUNT_TOKEN.USED_AT.lt(before)))
                .execute();
    }
}
