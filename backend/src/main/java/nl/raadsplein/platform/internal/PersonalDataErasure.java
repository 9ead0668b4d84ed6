package nl.raadsplein.platform.internal;

/**
 * Erases what one feature holds on an account that is being deleted (AVG article 17), in the caller's transaction:
 * rows that are only about the person go; what others read (proposals, comments, votes) stays, no longer tied to
 * anything personal. The account feature calls every implementation, then turns the account into a tombstone
 * (ADR 15).
 */
public interface PersonalDataErasure {

    /**
     * @param accountId the account being deleted
     * @param email     its address as it was, for rows that name the address rather than the account
     */
    void erase(long accountId, String email);
}
