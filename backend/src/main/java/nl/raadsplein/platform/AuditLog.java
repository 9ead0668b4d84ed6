package nl.raadsplein.platform;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's view of the append-only audit log: the chain check and the latest entries. Features append
 * through {@link nl.raadsplein.platform.internal.AuditTrail}, which no view can reach; how entries are chained is
 * in {@link AuditChain}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditLog {

    private final AuditRepository repository;
    private final AuditChain chain;

    AuditLog(AuditRepository repository, AuditChain chain) {
        this.repository = repository;
        this.chain = chain;
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
}
