package nl.raadsplein.account;

import java.time.Clock;
import java.util.List;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's parties and their councillors; the griffie keeps the list. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class PartyService {

    public static final int PARTY_NAME_LENGTH = 100;
    public static final int PARTY_ABBREVIATION_LENGTH = 20;

    private final PartyRepository parties;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;

    PartyService(PartyRepository parties, AccountRepository accounts, AuditTrail audit, Clock clock) {
        this.parties = parties;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    public List<Party> parties() {
        return parties.parties();
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public long createParty(@Nullable PartyDraft draft) {
        PartyDraft checked = checked(draft);
        checkUnique(checked, 0);
        long id = parties.insertParty(checked.name(), checked.abbreviation(), clock.instant());
        audit.record(
                Actor.currentAccountId(),
                "PARTY_CREATED",
                "PARTY",
                id,
                null,
                checked.name() + " (" + checked.abbreviation() + ")");
        return id;
    }

    /** Renames a party, or makes it (in)active; {@code version} is the one the griffie saw. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void updateParty(long partyId, @Nullable PartyDraft draft, boolean active, int version) {
        PartyDraft checked = checked(draft);
        parties.party(partyId).orElseThrow(() -> new NoSuchItemException("party " + partyId));
        checkUnique(checked, partyId);
        parties.updateParty(partyId, checked.name(), checked.abbreviation(), active, version);
        audit.record(
                Actor.currentAccountId(),
                "PARTY_UPDATED",
                "PARTY",
                partyId,
                null,
                checked.name() + " (" + checked.abbreviation() + ") active=" + active);
    }

    @PreAuthorize("hasAnyRole('COUNCILLOR', 'GRIFFIER', 'ADMIN')")
    public List<Account> councillors(long partyId) {
        parties.party(partyId).orElseThrow(() -> new NoSuchItemException("party " + partyId));
        return accounts.councillors(partyId);
    }

    static PartyDraft checked(@Nullable PartyDraft draft) {
        return new PartyDraft(
                TextInput.line("name", draft == null ? null : draft.name(), PARTY_NAME_LENGTH),
                TextInput.line("abbreviation", draft == null ? null : draft.abbreviation(), PARTY_ABBREVIATION_LENGTH));
    }

    private void checkUnique(PartyDraft party, long exceptId) {
        if (parties.partyNameTaken(party.name(), exceptId)) {
            throw new InvalidInputException("name", "account.error.party-name-taken");
        }
        if (parties.partyAbbreviationTaken(party.abbreviation(), exceptId)) {
            throw new InvalidInputException("abbreviation", "account.error.party-abbreviation-taken");
        }
    }
}
