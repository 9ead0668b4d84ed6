package nl.raadsplein.account;

import java.time.Clock;
import java.util.List;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.Paging;
import nl.raadsplein.platform.internal.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts list and the roles in it: the griffier and administrators appoint councillors and griffiers; only
 * administrators appoint administrators. Every account stays a resident.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class RoleService {

    private final AccountRepository repository;
    private final RoleRepository roles;
    private final PartyRepository parties;
    private final AuditTrail audit;
    private final Clock clock;
    private final SessionEnding sessions;

    RoleService(
            AccountRepository repository,
            RoleRepository roles,
            PartyRepository parties,
            AuditTrail audit,
            Clock clock,
            SessionEnding sessions) {
        this.repository = repository;
        this.roles = roles;
        this.parties = parties;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** Accounts whose name or address contains {@code query}, by name; {@code null} or blank for all. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public List<Account> findAccounts(@Nullable String query, int offset, int limit) {
        Paging.check(offset, limit);
        return repository.find(query, offset, limit);
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public int countAccounts(@Nullable String query) {
        return repository.count(query);
    }

    /**
     * What the current account may do with this account's roles and residency, for the dialog that manages them:
     * the rules of the methods below, asked here instead of restated in a view. Appointing a councillor is always
     * offered (again, to change the party); an unconfirmed account is refused when it is tried.
     */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public RolePermissions permissions(Account account) {
        boolean administrator = acting(Role.ADMIN);
        return new RolePermissions(
                administrator && !account.has(Role.GRIFFIER),
                administrator && !account.has(Role.ADMIN),
                account.roles().stream()
                        .filter(role -> role != Role.RESIDENT && (administrator || role == Role.COUNCILLOR))
                        .toList(),
                acting(Role.GRIFFIER) && !account.verified());
    }

    // As the methods' @PreAuthorize decide: by the roles of the login, not by the account's roles now.
    private static boolean acting(Role role) {
        return Actor.current().holds(role.authority());
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void appointCouncillor(long accountId, long partyId) {
        Account account = appointable(accountId);
        Party party = parties.party(partyId).orElseThrow(() -> new NoSuchItemException("party " + partyId));
        if (!party.active()) {
            throw new InvalidInputException("party", "account.error.party-inactive");
        }
        repository.setParty(account.id(), party.id());
        roles.grant(account.id(), Role.COUNCILLOR, Actor.currentAccountId(), clock.instant());
        audit.record(
                Actor.currentAccountId(),
                "ROLE_GRANTED",
                "ACCOUNT",
                account.id(),
                null,
                "role=COUNCILLOR party=" + party.id());
    }

    // Separation of duties: griffiers moderate and run consultations, so only an administrator makes or unmakes one.
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void appointGriffier(long accountId) {
        roles.grant(appointable(accountId).id(), Role.GRIFFIER, Actor.currentAccountId(), clock.instant());
        audit.record(Actor.currentAccountId(), "ROLE_GRANTED", "ACCOUNT", accountId, null, "role=GRIFFIER");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void appointAdministrator(long accountId) {
        roles.grant(appointable(accountId).id(), Role.ADMIN, Actor.currentAccountId(), clock.instant());
        audit.record(Actor.currentAccountId(), "ROLE_GRANTED", "ACCOUNT", accountId, null, "role=ADMIN");
    }

    /**
     * Takes a role away; revoking COUNCILLOR also clears the party. Everyone stays a resident. A griffier takes
     * away only the councillor's role; griffiers and administrators lose theirs by an administrator.
     */
    @PreAuthorize("hasRole('ADMIN') or (hasRole('GRIFFIER') and #role == T(nl.raadsplein.account.Role).COUNCILLOR)")
    @Transactional
    public void revokeRole(long accountId, Role role) {
        if (role == null) {
            throw new InvalidInputException("role", "error.required");
        }
        if (role == Role.RESIDENT) {
            throw new InvalidInputException("role", "account.error.resident-permanent");
        }
        Account account =
                repository.account(accountId).orElseThrow(() -> new NoSuchItemException("account " + accountId));
        if (role == Role.ADMIN) {
            List<Long> administrators = roles.lockAdministrators();
            if (administrators.contains(accountId) && administrators.size() == 1) {
                throw new InvalidInputException("role", "account.error.last-administrator");
            }
        }
        roles.revoke(account.id(), role);
        // a session keeps the roles it logged in with: ending it makes the revocation count at once
        sessions.endSessionsOf(account.id());
        if (role == Role.COUNCILLOR && account.party() != null) {
            repository.setParty(account.id(), null);
        }
        audit.record(Actor.currentAccountId(), "ROLE_REVOKED", "ACCOUNT", account.id(), null, "role=" + role.name());
    }

    // Roles with power go only to addresses someone has shown to own.
    private Account appointable(long accountId) {
        Account account =
                repository.account(accountId).orElseThrow(() -> new NoSuchItemException("account " + accountId));
        if (!account.emailConfirmed()) {
            throw new InvalidInputException("account", "account.error.not-confirmed");
        }
        return account;
    }
}
