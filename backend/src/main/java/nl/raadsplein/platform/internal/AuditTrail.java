package nl.raadsplein.platform.internal;

import org.jspecify.annotations.Nullable;

/**
 * Appends an entry to the hash-chained audit log in the caller's transaction (there must be one). For features
 * recording their own acts; views read the log through {@link nl.raadsplein.platform.AuditLog} and cannot write it.
 */
public interface AuditTrail {

    /**
     * Appends an entry as the act's last write.
     *
     * @param actorId  the account that acted; {@code null} for the system
     * @param action   a code such as {@code ROLE_GRANTED} or {@code MODERATION_HIDE}
     * @param itemType what kind of item, such as {@code ACCOUNT} or {@code PROPOSAL}; may be null
     * @param itemId   which one; may be null
     * @param reason   why, as given by the actor; may be null (longer texts are cut)
     * @param details  further facts, such as {@code role=GRIFFIER}; may be null (longer texts are cut)
     * @return the entry's sequence number
     */
    long record(
            @Nullable Long actorId,
            String action,
            @Nullable String itemType,
            @Nullable Long itemId,
            @Nullable String reason,
            @Nullable String details);

    /**
     * How the chain names a resident who did not act herself (support or a proposal the griffie entered on her
     * behalf): a keyed pseudonym of the account, never its number or name.
     */
    String pseudonym(long accountId);
}
