package nl.raadsplein.proposal;

import java.time.Clock;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.internal.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supports for proposals (J2), given by residents or recorded on their behalf by the griffie (J7). A proposal that
 * reaches its consultation's threshold goes to the council.
 *
 * <p>Every change first locks the proposal's row, so that the support row and the proposal's counter change
 * together and concurrent requests run one after the other: a resident's support exists at most once and
 * {@code support_count} always equals the number of support rows.
 *
 * <p>The changes run in the default REPEATABLE READ and read nothing before that lock: the snapshot is taken at a
 * transaction's first plain read, so the read of the checks after the lock sees every support ever committed under
 * it, and no statement switches the isolation level there and back (ADR 29).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class SupportService {

    private final SupportRepository repository;
    private final ProposalRepository proposals;
    private final ParticipationRules rules;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    SupportService(
            SupportRepository repository,
            ProposalRepository proposals,
            ParticipationRules rules,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.proposals = proposals;
        this.rules = rules;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Supports a proposal once; a repeated request changes nothing and returns the current count. */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public int support(long proposalId) {
        Actor me = Actor.current();
        return add(proposalId, me.account(), me, null, null);
    }

    /**
     * J7: the griffie records a resident's support given by phone, at the desk or by letter; it counts the same, and
     * the audit chain notes it with the channel and the resident's pseudonym.
     */
    @Transactional
    @PreAuthorize("hasRole('GRIFFIER')")
    public int supportOnBehalf(long proposalId, long residentAccountId, EntryChannel channel) {
        if (channel == null) {
            throw new InvalidInputException("channel", "error.required");
        }
        Actor me = Actor.current();
        return add(proposalId, residentAccountId, me, me.account(), channel);
    }

    private int add(
            long proposalId, long accountId, Actor viewer, @Nullable Long enteredBy, @Nullable EntryChannel channel) {
        ProposalRepository.Locked proposal = rules.visibleLocked(proposalId, viewer);
        SupportRepository.Context context = repository.context(proposal.consultationId(), proposalId, accountId);
        if (!context.accountExists()) {
            throw new NoSuchItemException("account " + accountId);
        }
        checkOpen(context);
        if (!proposal.state().acceptsSupports()) {
            throw new InvalidInputException("support", "proposal.error.not-supportable");
        }
        if (context.blocked()) {
            throw new InvalidInputException("support", ParticipationRules.BLOCKED);
        }
        if (context.requiresVerification() && !context.verified()) {
            throw new InvalidInputException("support", "proposal.error.verification-required");
        }
        if (context.supported()) {
            return proposal.supportCount();
        }
        repository.insertSupport(proposalId, accountId, enteredBy, channel, clock.instant());
        int count = proposal.supportCount() + 1;
        boolean reached = proposal.state() == ProposalState.PUBLISHED && count >= context.threshold();
        proposals.addToSupportCount(proposalId, 1, reached);
        events.publishEvent(new SupportChanged(proposalId, accountId, true, count));
        if (reached) {
            events.publishEvent(new ProposalReachedThreshold(
                    proposalId, proposal.consultationId(), proposal.authorId(), proposal.title()));
        }
        if (enteredBy != null && channel != null) {
            OnBehalfAudit.record(audit, OnBehalfAudit.SUPPORT, enteredBy, proposalId, accountId, channel);
        }
        return count;
    }

    private void checkOpen(SupportRepository.Context context) {
        if (!context.dates()
                .phaseAt(clock.instant(), context.outcomePublished())
                .acceptsSupports()) {
            throw new InvalidInputException("support", "proposal.error.supports-closed");
        }
    }

    /**
     * Withdraws the resident's support while supports are open; without one, nothing changes. A proposal that
     * went to the council stays there.
     */
    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public int withdrawSupport(long proposalId) {
        Actor me = Actor.current();
        ProposalRepository.Locked proposal = rules.visibleLocked(proposalId, me);
        checkOpen(repository.context(proposal.consultationId(), proposalId, me.account()));
        if (!repository.deleteSupport(proposalId, me.account())) {
            return proposal.supportCount();
        }
        proposals.addToSupportCount(proposalId, -1, false);
        int count = proposal.supportCount() - 1;
        events.publishEvent(new SupportChanged(proposalId, me.account(), false, count));
        return count;
    }
}
