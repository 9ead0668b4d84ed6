package nl.raadsplein.platform;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.raadsplein.platform.internal.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit chain. Features call it inside the transaction of the act itself, as its last write: an act
 * that rolls back leaves no entry, and an entry is never without its act. Appends lock the single
 * {@code audit_head} row, so concurrent acts append one after the other and the chain never forks; holding that
 * lock to the end of the transaction is why it should be the last write.
 */
@Service
@PreAuthorize("denyAll()")
class AuditAppender implements AuditTrail {

    static final int ACTION_LENGTH = 40;
    static final int ITEM_TYPE_LENGTH = 30;
    static final int REASON_LENGTH = 1000;
    static final int DETAILS_LENGTH = 2000;

    private final AuditRepository repository;
    private final AuditChain chain;
    private final AuditKey key;
    private final Clock clock;

    AuditAppender(AuditRepository repository, AuditChain chain, AuditKey key, Clock clock) {
        this.repository = repository;
        this.chain = chain;
        this.key = key;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("isAuthenticated()")
    public long record(
            @Nullable Long actorId,
            String action,
            @Nullable String itemType,
            @Nullable Long itemId,
            @Nullable String reason,
            @Nullable String details) {
        if (action == null || action.isBlank() || action.length() > ACTION_LENGTH) {
            throw new IllegalArgumentException("action: " + action);
        }
        if (itemType != null && itemType.length() > ITEM_TYPE_LENGTH) {
            throw new IllegalArgumentException("itemType: " + itemType);
        }
        AuditRepository.Head head = repository.lockHead();
        // Stored with microseconds: hash what the column keeps, or the check would fail on every entry.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long seq = head.lastSeq() + 1;
        String cutReason = cut(reason, REASON_LENGTH);
        String cutDetails = cut(details, DETAILS_LENGTH);
        String hash = chain.hash(seq, now, actorId, action, itemType, itemId, cutReason, cutDetails, head.lastHash());
        repository.append(new AuditEntry(
                seq, now, actorId, action, itemType, itemId, cutReason, cutDetails, head.lastHash(), hash));
        return seq;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public String pseudonym(long accountId) {
        return key.pseudonym(accountId);
    }

    /** At most {@code length} code points; a lone surrogate becomes what the database would store ('?'). */
    private static @Nullable String cut(@Nullable String text, int length) {
        if (text == null) {
            return null;
        }
        text = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        if (text.codePointCount(0, text.length()) <= length) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, length - 1)) + "…";
    }
}
