package nl.raadsplein.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log of moderation, verification, role and administration actions. Every entry carries
 * SHA-256 over its content and the previous entry's hash (the first one's previous hash is 64 zeros), so that
 * changing or removing any entry breaks the chain from there on, and {@link #check} finds the first such entry.
 *
 * <p>Features call {@link #record} inside the transaction of the act itself, as its last write: an act that
 * rolls back leaves no entry, and an entry is never without its act. Appends lock the single {@code audit_head}
 * row, so concurrent acts append one after the other and the chain never forks; holding that lock to the end of
 * the transaction is why it should be the last write.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditLog {

    public static final String GENESIS = "0".repeat(64);
    public static final int ACTION_LENGTH = 40;
    public static final int ITEM_TYPE_LENGTH = 30;
    public static final int REASON_LENGTH = 1000;
    public static final int DETAILS_LENGTH = 2000;

    private final AuditRepository repository;
    private final Clock clock;
    private final AuditChain chain;

    AuditLog(AuditRepository repository, Clock clock, AuditChain chain) {
        this.repository = repository;
        this.clock = clock;
        this.chain = chain;
    }

    /**
     * Appends an entry in the caller's transaction (there must be one).
     *
     * @param actorId  the account that acted; {@code null} for the system
     * @param action   a code such as {@code ROLE_GRANTED} or {@code MODERATION_HIDE}
     * @param itemType what kind of item, such as {@code ACCOUNT} or {@code PROPOSAL}; may be null
     * @param itemId   which one; may be null
     * @param reason   why, as given by the actor; may be null (longer texts are cut)
     * @param details  further facts, such as {@code role=GRIFFIER}; may be null (longer texts are cut)
     * @return the entry's sequence number
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("isAuthenticated()")
    public long record(Long actorId, String action, String itemType, Long itemId, String reason, String details) {
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
        String hash = hash(seq, now, actorId, action, itemType, itemId, cutReason, cutDetails, head.lastHash());
        repository.append(new AuditEntry(seq, now, actorId, action, itemType, itemId, cutReason, cutDetails,
                head.lastHash(), hash));
        return seq;
    }

    /**
     * Walks the whole chain and names the first entry that was changed or removed, as the command-line check
     * ({@link AuditCheckRunner}) does, for the administrator's audit page.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AuditCheck check() {
        return chain.verify(null);
    }

    /** As {@link #check()}, and the anchor noted at an earlier check must still hold. */
    @PreAuthorize("hasRole('ADMIN')")
    public AuditCheck check(AuditAnchor anchor) {
        return chain.verify(anchor);
    }

    /** Newest first, with who acted by name, for the administrator's audit page. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditLine> entries(int offset, int limit) {
        Paging.check(offset, limit);
        return repository.newest(offset, limit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int count() {
        return repository.count();
    }

    /** SHA-256 of the fields, each length-prefixed so that no two different entries give the same input. */
    static String hash(long seq, Instant recordedAt, Long actorId, String action, String itemType, Long itemId,
            String reason, String details, String previousHash) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {seq, recordedAt, actorId, action, itemType, itemId, reason, details,
                previousHash}) {
            if (field == null) {
                text.append("-;");
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value).append(';');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** At most {@code length} code points; a lone surrogate becomes what the database would store ('?'). */
    private static String cut(String text, int length) {
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
