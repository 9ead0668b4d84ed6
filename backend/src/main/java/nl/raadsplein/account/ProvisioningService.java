package nl.raadsplein.account;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.account.internal.AccountSeed;
import nl.raadsplein.account.internal.OrganisationSeed;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.TextInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Start-up code's accounts, parties, organisations and census, idempotently; only as the system. */
@Service
@PreAuthorize("hasAuthority('" + AccountProvisioning.SYSTEM + "')")
class ProvisioningService implements AccountProvisioning {

    private final AccountRepository repository;
    private final RoleRepository roles;
    private final PartyRepository parties;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final CensusImporter censusImporter;
    private final CensusKey censusKey;
    private final ResidencyRepository residency;
    private final OrganisationRepository organisations;
    private final Clock clock;

    ProvisioningService(
            AccountRepository repository,
            RoleRepository roles,
            PartyRepository parties,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            CensusImporter censusImporter,
            CensusKey censusKey,
            ResidencyRepository residency,
            OrganisationRepository organisations,
            Clock clock) {
        this.repository = repository;
        this.roles = roles;
        this.parties = parties;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.censusImporter = censusImporter;
        this.censusKey = censusKey;
        this.residency = residency;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long ensureParty(String name, String abbreviation) {
        PartyDraft checked = PartyService.checked(new PartyDraft(name, abbreviation));
        return parties.partyIdByAbbreviation(checked.abbreviation())
                .orElseGet(() -> parties.insertParty(checked.name(), checked.abbreviation(), clock.instant()));
    }

    @Override
    @Transactional
    public long ensureAccount(AccountSeed seed) {
        String checkedEmail = TextInput.email("email", seed.email());
        String checkedName = AccountInput.displayName(seed.displayName());
        passwordPolicy.check("password", seed.password(), checkedEmail, checkedName);
        String checkedLanguage = AccountInput.language(seed.language());
        if (seed.roles().contains(Role.COUNCILLOR) != (seed.partyId() != null)) {
            throw new InvalidInputException("party", "account.error.councillor-needs-party");
        }
        Instant now = clock.instant();
        return repository.accountIdByEmail(checkedEmail).orElseGet(() -> {
            long id = repository
                    .insertAccount(
                            checkedEmail,
                            checkedName,
                            AccountSecurityConfiguration.hash(passwordEncoder, seed.password()),
                            checkedLanguage,
                            now,
                            now)
                    .orElseThrow();
            roles.grant(id, Role.RESIDENT, null, now);
            seed.roles().forEach(role -> roles.grant(id, role, null, now));
            if (seed.partyId() != null) {
                repository.setParty(id, seed.partyId());
            }
            return id;
        });
    }

    @Override
    @Transactional
    public CensusImport ensureCensus(Reader csv) {
        return censusImporter.importFile(csv, null);
    }

    @Override
    @Transactional
    public void ensureVerifiedByCensus(String email, String postcode, String houseNumber, LocalDate dateOfBirth) {
        long accountId =
                repository.accountIdByEmail(TextInput.email("email", email)).orElseThrow();
        CensusFacts facts = CensusFacts.of(postcode, houseNumber, dateOfBirth, clock);
        Instant now = clock.instant();
        if (!residency.lockVerified(accountId).orElseThrow()
                && residency.claim(
                        censusKey.hash(facts, "postcode", "account.error.census-unavailable"), accountId, now)) {
            residency.markVerified(accountId, VerificationChannel.CENSUS, null, now);
        }
    }

    @Override
    @Transactional
    public long ensureOrganisation(OrganisationSeed seed) {
        OrganisationDraft checked =
                OrganisationService.checked(new OrganisationDraft(seed.name(), seed.kvkNumber(), seed.website()));
        Instant now = clock.instant();
        return organisations.idByKvkNumber(checked.kvkNumber()).orElseGet(() -> {
            List<Long> members = seed.memberEmails().stream()
                    .map(email -> repository
                            .accountIdByEmail(TextInput.email("email", email))
                            .orElseThrow())
                    .toList();
            long id = organisations.insert(
                    checked.name(), checked.kvkNumber(), checked.website(), members.getFirst(), now);
            for (int i = 0; i < members.size(); i++) {
                organisations.insertMember(
                        id,
                        members.get(i),
                        i == 0 ? OrganisationRole.OWNER : OrganisationRole.MEMBER,
                        i == 0 ? null : members.getFirst(),
                        now,
                        now);
            }
            if (seed.verified()) {
                organisations.verify(id, null, now);
            }
            return id;
        });
    }
}
