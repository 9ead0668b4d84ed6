package nl.raadsplein.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.raadsplein.platform.internal.AuditTrail;
import nl.raadsplein.platform.internal.PersonalDataErasure;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way an account is deleted (ADR 15), whether its owner asks or it was left unused (ADR 19): every feature
 * erases its personal data, the account becomes a tombstone, its sessions end and the audit chain records the act
 * by the account's number. In the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AccountRemoval {

    /** Roles that act for the council or the griffie: the role goes first, by those who granted it. */
    static final Set<Role> OFFICES = EnumSet.of(Role.COUNCILLOR, Role.GRIFFIER, Role.ADMIN);

    private final AccountPersonalData personalData;
    private final List<PersonalDataErasure> erasures;
    private final AuditTrail audit;
    private final Clock clock;
    private final SessionEnding sessions;

    AccountRemoval(
            AccountPersonalData personalData,
            List<PersonalDataErasure> erasures,
            AuditTrail audit,
            Clock clock,
            SessionEnding sessions) {
        this.personalData = personalData;
        this.erasures = erasures;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    /**
     * Why the account cannot be deleted, as a message key, or empty when it can: it holds a councillor's, griffier's
     * or administrator's role, or its name stands in the council's public record.
     */
    Optional<String> refusal(Account account) {
        if (account.roles().stream().anyMatch(OFFICES::contains)) {
            return Optional.of("account.error.delete-office");
        }
        if (personalData.inCouncilRecord(account.id())) {
            return Optional.of("account.error.delete-council-record");
        }
        return Optional.empty();
    }

    /**
     * Deletes an account that {@link #refusal} has no reason against.
     *
     * @param actorId who deleted it: the owner, or null for the system
     * @param details why the system did, for the audit entry; null when the owner did
     */
    void remove(Account account, @Nullable Long actorId, @Nullable String details) {
        for (PersonalDataErasure erasure : erasures) {
            erasure.erase(account.id(), account.email());
        }
        personalData.erase(account.id(), account.email(), clock.instant());
        // other browsers still logged in must not act for the emptied account
        sessions.endSessionsOf(account.id());
        // The number is the pseudonymous reference the chain keeps; no name or address ever goes into it.
        audit.record(actorId, "ACCOUNT_DELETED", "ACCOUNT", account.id(), null, details);
    }
}
