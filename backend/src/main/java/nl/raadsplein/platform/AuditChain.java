package nl.raadsplein.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The walk over the audit chain behind {@link AuditLog#check()}, {@link AuditCheckRunner} and
 * {@link AuditNightlyCheck}: names the first entry whose content no longer matches its hash, that is missing, or
 * that points at another previous hash. Entries carry an HMAC under the {@link AuditKey}; only those written before
 * the chain had a key (up to {@code audit_keying.legacy_until}, fixed by the migration that introduced the key)
 * carry plain SHA-256 (ADR 23).
 */
@Component
class AuditChain {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final int PAGE = 1000;

    private final AuditRepository repository;
    private final AuditKey key;
    private final TransactionTemplate readOnly;

    AuditChain(AuditRepository repository, AuditKey key, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.key = key;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Walks the chain in one read-only transaction, so one snapshot; no login needed (see AuditCheckRunner). With
     * an anchor from an earlier check, that entry must still carry the hash noted then.
     */
    AuditCheck verify(@Nullable AuditAnchor anchor) {
        return readOnly.execute(status -> {
            long expectedSeq = 1;
            String previous = GENESIS;
            long read = 0;
            AuditEntry last = null;
            long legacyUntil = repository.legacyUntil();
            List<AuditEntry> page = repository.after(0, PAGE);
            while (!page.isEmpty()) {
                for (AuditEntry e : page) {
                    read++;
                    if (e.seq() != expectedSeq) {
                        return AuditCheck.broken(read, expectedSeq, AuditCheck.Break.REMOVED, e);
                    }
                    @Nullable
                    Object[] fields = {
                        e.seq(),
                        e.recordedAt(),
                        e.actorId(),
                        e.action(),
                        e.itemType(),
                        e.itemId(),
                        e.reason(),
                        e.details(),
                        e.previousHash()
                    };
                    String computed = e.seq() <= legacyUntil ? legacyHash(fields) : hash(fields);
                    if (!computed.equals(e.hash())) {
                        return AuditCheck.broken(read, e.seq(), AuditCheck.Break.CHANGED, e);
                    }
                    if (!e.previousHash().equals(previous)) {
                        return AuditCheck.broken(read, e.seq(), AuditCheck.Break.RELINKED, e);
                    }
                    if (anchor != null
                            && anchor.seq() == e.seq()
                            && !anchor.hash().equals(e.hash())) {
                        return AuditCheck.broken(read, e.seq(), AuditCheck.Break.DIVERGED, e);
                    }
                    previous = e.hash();
                    last = e;
                    expectedSeq++;
                }
                page = repository.after(expectedSeq - 1, PAGE);
            }
            AuditRepository.Head head = repository.head();
            if (head.lastSeq() >= expectedSeq) {
                return AuditCheck.broken(read, expectedSeq, AuditCheck.Break.REMOVED, null);
            }
            if (last != null && !head.lastHash().equals(previous)) {
                return AuditCheck.broken(read, last.seq(), AuditCheck.Break.CHANGED, last);
            }
            if (anchor != null && anchor.seq() >= expectedSeq) {
                return AuditCheck.broken(read, expectedSeq, AuditCheck.Break.REMOVED, null);
            }
            return AuditCheck.intact(read, read == 0 ? null : new AuditAnchor(expectedSeq - 1, previous));
        });
    }

    /** The keyed hash of a new entry: HMAC-SHA256 of its fields. */
    String hash(
            long seq,
            Instant recordedAt,
            @Nullable Long actorId,
            String action,
            @Nullable String itemType,
            @Nullable Long itemId,
            @Nullable String reason,
            @Nullable String details,
            String previousHash) {
        return hash(new Object[] {seq, recordedAt, actorId, action, itemType, itemId, reason, details, previousHash});
    }

    String hash(@Nullable Object[] fields) {
        return key.mac(text(fields));
    }

    /** The hash of an entry written before the chain had a key: plain SHA-256 of its fields. */
    static String legacyHash(@Nullable Object[] fields) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text(fields).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** The fields, each length-prefixed so that no two different entries give the same input. */
    private static String text(@Nullable Object[] fields) {
        StringBuilder text = new StringBuilder();
        for (Object field : fields) {
            if (field == null) {
                text.append("-;");
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value).append(';');
            }
        }
        return text.toString();
    }
}
