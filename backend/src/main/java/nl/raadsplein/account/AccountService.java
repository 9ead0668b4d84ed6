package nl.raadsplein.account;

import nl.raadsplein.platform.PlatformProperties;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.raadsplein.notification.MailSender;
import nl.raadsplein.platform.Paging;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.AuditLog;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.PersonalDataDetector;
import nl.raadsplein.platform.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, their roles and the council's parties. Anyone may register and use the links mailed to them;
 * the griffier and administrators appoint councillors and griffiers; only administrators appoint administrators.
 *
 * <p>Residency: the griffie imports the census as keyed hashes; a resident verifies by typing postcode, house
 * number and date of birth that match an unused entry, or the griffier verifies them at the desk. Organisations:
 * any account registers one and invites others; the griffie verifies it against the trade register.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AccountService {

    static final int DISPLAY_NAME_LENGTH = 80;
    public static final int PROFILE_TEXT_LENGTH = 500;
    static final int PARTY_NAME_LENGTH = 100;
    static final int PARTY_ABBREVIATION_LENGTH = 20;
    // Base64url of 32 bytes is 43 characters; anything much longer is not ours.
    private static final int MAX_TOKEN_LENGTH = 64;
    static final int VERIFICATION_FAILURES_PER_HOUR = 5;
    static final Duration VERIFICATION_WINDOW = Duration.ofHours(1);
    static final int ORGANISATION_NAME_LENGTH = 120;
    static final int WEBSITE_LENGTH = 200;
    /** Accounts for residents who take part through the desk; the domain can never receive mail. */
    static final String OFFLINE_DOMAIN = "@raadsplein.invalid";
    private static final Pattern KVK_NUMBER = Pattern.compile("[0-9]{8}");

    private final AccountRepository repository;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle loginThrottle;
    private final ResidencyRepository residency;
    private final ResidencyRegister register;
    private final CensusImporter censusImporter;
    private final OrganisationRepository organisations;
    private final MailSender mailSender;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlatformProperties platform;
    private final SecureRandom random = new SecureRandom();

    AccountService(AccountRepository repository, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
            LoginThrottle loginThrottle, ResidencyRepository residency, ResidencyRegister register,
            CensusImporter censusImporter, OrganisationRepository organisations, MailSender mailSender,
            AuditLog audit, ApplicationEventPublisher events, Clock clock,
            PlatformProperties platform) {
        this.repository = repository;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.loginThrottle = loginThrottle;
        this.residency = residency;
        this.register = register;
        this.censusImporter = censusImporter;
        this.organisations = organisations;
        this.mailSender = mailSender;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.platform = platform;
    }

    /**
     * Creates an unconfirmed resident account and mails a confirmation link. If the address already has an
     * account, nothing changes and its owner is told by mail instead, so that the form never shows which
     * addresses are registered.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void register(Registration registration) {
        if (registration == null) {
            throw new InvalidInputException("email", "error.required");
        }
        String displayName = displayName(registration.displayName());
        String email = TextInput.email("email", registration.email());
        passwordPolicy.check("password", registration.password(), email, displayName);
        String language = language(registration.language());
        // Hashed even when the address turns out taken: both answers then take as long.
        String hash = passwordEncoder.encode(registration.password());
        Instant now = clock.instant();
        Optional<Long> created = repository.insertAccount(email, displayName, hash, language, now, null);
        if (created.isEmpty()) {
            Account owner = repository.accountIdByEmail(email).flatMap(repository::account).orElseThrow();
            mailSender.send(owner.email(), owner.language(), "account.mail.already-registered",
                    owner.displayName(), platform.link("/account/wachtwoord-herstellen"));
            return;
        }
        long accountId = created.get();
        repository.grant(accountId, Role.RESIDENT, null, now);
        String token = newToken(accountId, TokenPurpose.CONFIRM_EMAIL, now);
        mailSender.send(email, language, "account.mail.confirm", displayName,
                platform.link("/account/bevestigen/" + token));
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public void confirmEmail(String token) {
        Instant now = clock.instant();
        long accountId = useToken(TokenPurpose.CONFIRM_EMAIL, token, now);
        repository.confirmEmail(accountId, now);
    }

    /** Mails a reset link if the address has an account; says nothing either way. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestPasswordReset(String email) {
        String address = TextInput.email("email", email);
        repository.accountIdByEmail(address).flatMap(repository::account).ifPresent(account -> {
            String token = newToken(account.id(), TokenPurpose.RESET_PASSWORD, clock.instant());
            mailSender.send(account.email(), account.language(), "account.mail.reset-password",
                    account.displayName(), platform.link("/account/wachtwoord-herstellen/" + token));
        });
    }

    /**
     * Sets a new password with a mailed link. Following the link proves the address, so it also confirms it,
     * and lifts a login throttle on it: the owner is never locked out for good.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void resetPassword(String token, String newPassword) {
        Instant now = clock.instant();
        long accountId = useToken(TokenPurpose.RESET_PASSWORD, token, now);
        Account account = repository.account(accountId).orElseThrow();
        passwordPolicy.check("password", newPassword, account.email(), account.displayName());
        repository.setPassword(accountId, passwordEncoder.encode(newPassword));
        repository.confirmEmail(accountId, now);
        repository.useAllTokens(accountId, TokenPurpose.RESET_PASSWORD, now);
        loginThrottle.forgive(account.email());
    }

    @PreAuthorize("isAuthenticated()")
    public Account me() {
        long id = Actor.currentAccountId();
        return repository.account(id).orElseThrow(() -> new NoSuchItemException("account " + id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        Account account = me();
        if (currentPassword == null
                || !passwordEncoder.matches(currentPassword, repository.passwordHash(account.id()))) {
            throw new InvalidInputException("currentPassword", "account.error.password-wrong");
        }
        passwordPolicy.check("newPassword", newPassword, account.email(), account.displayName());
        repository.setPassword(account.id(), passwordEncoder.encode(newPassword));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void updateProfile(String displayName, String language) {
        Account account = me();
        repository.setProfile(account.id(), displayName(displayName), language(language));
    }

    /**
     * Sets the current account's "Over mij" text, or clears it when blank. Personal data in it (a BSN, IBAN, phone
     * number, e-mail address or postcode with house number) is refused with {@code personaldata.error.confirm-needed}
     * unless the owner saw the warning and confirmed; a confirmed one waits for moderation, and so does a text that
     * replaces one the griffie hid. The service looks for itself, whatever the form did. Returns the new state, null
     * when cleared.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ProfileTextState setProfileText(String text, boolean personalDataConfirmed) {
        long accountId = Actor.currentAccountId();
        AccountRepository.ProfileRow current = lockedProfile(accountId);
        ProfileTextState state = null;
        String checked = null;
        if (text != null && !text.isBlank()) {
            checked = TextInput.multiLine("profileText", text, PROFILE_TEXT_LENGTH);
            if (repository.isBlocked(accountId)) {
                throw new InvalidInputException("profileText", "account.error.blocked");
            }
            boolean personalData = PersonalDataDetector.containsPersonalData(checked);
            if (personalData && !personalDataConfirmed) {
                throw new InvalidInputException("profileText", "personaldata.error.confirm-needed");
            }
            state = personalData || current.state() == ProfileTextState.HIDDEN
                    || repository.profileTextHeldBack(accountId)
                    ? ProfileTextState.AWAITING_MODERATION : ProfileTextState.PUBLISHED;
        }
        repository.setProfileText(accountId, checked, state);
        events.publishEvent(new ProfileTextChanged(accountId, state));
        return state;
    }

    /**
     * An account's public page: name, member since, verified mark and the profile text, which only its owner and the
     * griffie see while it waits for moderation or is hidden. A blocked account's profile shows all the same.
     */
    @PreAuthorize("permitAll()")
    public PublicProfile profile(long accountId) {
        AccountRepository.ProfileRow row = repository.profile(accountId, false)
                .orElseThrow(() -> new NoSuchItemException("account " + accountId));
        Actor me = Actor.current();
        boolean mine = me.is(accountId);
        boolean griffie = me.griffie();
        String text = row.state() == ProfileTextState.PUBLISHED || mine || griffie ? row.text() : null;
        return new PublicProfile(row.id(), row.displayName(), row.createdAt(), row.verified(), text, row.state(),
                mine);
    }

    /** Accounts whose name or address contains {@code query}, by name; {@code null} or blank for all. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public List<Account> findAccounts(String query, int offset, int limit) {
        Paging.check(offset, limit);
        return repository.find(query, offset, limit);
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public int countAccounts(String query) {
        return repository.count(query);
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void appointCouncillor(long accountId, long partyId) {
        Account account = appointable(accountId);
        Party party = repository.party(partyId).orElseThrow(() -> new NoSuchItemException("party " + partyId));
        if (!party.active()) {
            throw new InvalidInputException("party", "account.error.party-inactive");
        }
        repository.setParty(account.id(), party.id());
        repository.grant(account.id(), Role.COUNCILLOR, Actor.currentAccountId(), clock.instant());
        audit.record(Actor.currentAccountId(), "ROLE_GRANTED", "ACCOUNT", account.id(), null,
                "role=COUNCILLOR party=" + party.id());
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void appointGriffier(long accountId) {
        repository.grant(appointable(accountId).id(), Role.GRIFFIER, Actor.currentAccountId(), clock.instant());
        audit.record(Actor.currentAccountId(), "ROLE_GRANTED", "ACCOUNT", accountId, null, "role=GRIFFIER");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void appointAdministrator(long accountId) {
        repository.grant(appointable(accountId).id(), Role.ADMIN, Actor.currentAccountId(), clock.instant());
        audit.record(Actor.currentAccountId(), "ROLE_GRANTED", "ACCOUNT", accountId, null, "role=ADMIN");
    }

    /** Takes a role away; revoking COUNCILLOR also clears the party. Everyone stays a resident. */
    @PreAuthorize("hasRole('ADMIN') or (hasRole('GRIFFIER') and #role != T(nl.raadsplein.account.Role).ADMIN)")
    @Transactional
    public void revokeRole(long accountId, Role role) {
        if (role == null) {
            throw new InvalidInputException("role", "error.required");
        }
        if (role == Role.RESIDENT) {
            throw new InvalidInputException("role", "account.error.resident-permanent");
        }
        Account account = repository.account(accountId).orElseThrow(() -> new NoSuchItemException("account " + accountId));
        if (role == Role.ADMIN) {
            List<Long> administrators = repository.lockAdministrators();
            if (administrators.contains(accountId) && administrators.size() == 1) {
                throw new InvalidInputException("role", "account.error.last-administrator");
            }
        }
        repository.revoke(account.id(), role);
        if (role == Role.COUNCILLOR && account.party() != null) {
            repository.setParty(account.id(), null);
        }
        audit.record(Actor.currentAccountId(), "ROLE_REVOKED", "ACCOUNT", account.id(), null, "role=" + role.name());
    }

    @PreAuthorize("permitAll()")
    public List<Party> parties() {
        return repository.parties();
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public long createParty(String name, String abbreviation) {
        String checkedName = TextInput.line("name", name, PARTY_NAME_LENGTH);
        String checkedAbbreviation = TextInput.line("abbreviation", abbreviation, PARTY_ABBREVIATION_LENGTH);
        checkPartyUnique(checkedName, checkedAbbreviation, 0);
        long id = repository.insertParty(checkedName, checkedAbbreviation, clock.instant());
        audit.record(Actor.currentAccountId(), "PARTY_CREATED", "PARTY", id, null, checkedName + " (" + checkedAbbreviation
                + ")");
        return id;
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void updateParty(long partyId, String name, String abbreviation, boolean active, int version) {
        String checkedName = TextInput.line("name", name, PARTY_NAME_LENGTH);
        String checkedAbbreviation = TextInput.line("abbreviation", abbreviation, PARTY_ABBREVIATION_LENGTH);
        repository.party(partyId).orElseThrow(() -> new NoSuchItemException("party " + partyId));
        checkPartyUnique(checkedName, checkedAbbreviation, partyId);
        repository.updateParty(partyId, checkedName, checkedAbbreviation, active, version);
        audit.record(Actor.currentAccountId(), "PARTY_UPDATED", "PARTY", partyId, null, checkedName + " ("
                + checkedAbbreviation + ") active=" + active);
    }

    @PreAuthorize("hasAnyRole('COUNCILLOR', 'GRIFFIER', 'ADMIN')")
    public List<Account> councillors(long partyId) {
        repository.party(partyId).orElseThrow(() -> new NoSuchItemException("party " + partyId));
        return repository.councillors(partyId);
    }

    // ----- Residency -----

    /**
     * Stores each valid line of the census file as a keyed hash of its facts, never the facts. Lines already
     * stored, by an earlier import or higher up in the file, count as already known. Refused without the census
     * secret.
     */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public CensusImport importCensus(Reader csv) {
        return censusImporter.importFile(csv, Actor.currentAccountId());
    }

    /**
     * Verifies the current account as a resident when the facts match an entry of the census that no account
     * used yet. A mismatch, and an entry someone else used, give the same refusal and count as a failed attempt;
     * after {@value #VERIFICATION_FAILURES_PER_HOUR} failures within an hour the account must wait. A verified
     * account stays as it is.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = InvalidInputException.class) // a failed attempt is recorded all the same
    public void verifyResidency(String postcode, String houseNumber, LocalDate dateOfBirth) {
        long accountId = Actor.currentAccountId();
        Instant now = clock.instant();
        if (residency.lockVerified(accountId).orElseThrow(() -> new NoSuchItemException("account " + accountId))) {
            return;
        }
        List<Instant> failures = residency.failedAttempts(accountId, now.minus(VERIFICATION_WINDOW));
        if (failures.size() >= VERIFICATION_FAILURES_PER_HOUR) {
            Instant until = failures.get(failures.size() - VERIFICATION_FAILURES_PER_HOUR).plus(VERIFICATION_WINDOW);
            long minutes = Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
            throw new InvalidInputException("postcode", "account.error.residency-throttled", minutes);
        }
        CensusFacts facts = CensusFacts.of(postcode, houseNumber, dateOfBirth, clock);
        Optional<String> key = register.residentKey(facts);
        if (key.isPresent() && residency.claim(key.get(), accountId, now)) {
            residency.markVerified(accountId, VerificationChannel.CENSUS, null, now);
            audit.record(accountId, "RESIDENCY_VERIFIED", "ACCOUNT", accountId, null, "channel=CENSUS");
            return;
        }
        residency.recordFailedAttempt(accountId, now, now.minus(VERIFICATION_WINDOW));
        throw new InvalidInputException("postcode", "account.error.residency-no-match");
    }

    /** The griffier saw an identity document of the account's owner; an account verified before stays as it is. */
    @PreAuthorize("hasRole('GRIFFIER')")
    @Transactional
    public void verifyAtDesk(long accountId) {
        boolean verified = residency.lockVerified(accountId)
                .orElseThrow(() -> new NoSuchItemException("account " + accountId));
        if (!verified) {
            residency.markVerified(accountId, VerificationChannel.DESK, Actor.currentAccountId(), clock.instant());
            audit.record(Actor.currentAccountId(), "RESIDENCY_VERIFIED", "ACCOUNT", accountId, null, "channel=DESK");
        }
    }

    @PreAuthorize("isAuthenticated()")
    public boolean isVerified() {
        return residency.verified(Actor.currentAccountId());
    }

    /**
     * The account of a resident whom the griffier helps in person or by phone: the account that used their census
     * entry, or else a new offline account for it that cannot log in, verified at the desk by this griffier.
     */
    @PreAuthorize("hasRole('GRIFFIER')")
    @Transactional
    public long residentForAssistance(String postcode, String houseNumber, LocalDate dateOfBirth,
            String displayName) {
        CensusFacts facts = CensusFacts.of(postcode, houseNumber, dateOfBirth, clock);
        String name = displayName(displayName);
        String hash = register.residentKey(facts)
                .orElseThrow(() -> new InvalidInputException("postcode", "account.error.residency-no-match"));
        ResidencyRepository.CensusEntry entry = residency.lockEntry(hash)
                .orElseThrow(() -> new InvalidInputException("postcode", "account.error.residency-no-match"));
        if (entry.usedBy() != null) {
            return entry.usedBy();
        }
        Instant now = clock.instant();
        String email = "offline-" + HexFormat.of().formatHex(randomBytes(16)) + OFFLINE_DOMAIN;
        String unusablePassword = passwordEncoder.encode(Base64.getEncoder().encodeToString(randomBytes(32)));
        long accountId = repository.insertAccount(email, name, unusablePassword, "nl", now, null).orElseThrow();
        repository.grant(accountId, Role.RESIDENT, null, now);
        residency.markVerified(accountId, VerificationChannel.DESK, Actor.currentAccountId(), now);
        if (!residency.claim(hash, accountId, now)) {
            throw new IllegalStateException("The locked census entry " + entry.id() + " was used meanwhile");
        }
        audit.record(Actor.currentAccountId(), "RESIDENCY_VERIFIED", "ACCOUNT", accountId, null,
                "channel=DESK offline account");
        return accountId;
    }

    // ----- Organisations -----

    /** Registers an organisation with the current account as its owner; the griffie verifies it later. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long createOrganisation(String name, String kvkNumber, String website) {
        long accountId = Actor.currentAccountId();
        String checkedName = TextInput.line("name", name, ORGANISATION_NAME_LENGTH);
        String checkedKvk = kvkNumber(kvkNumber);
        String checkedWebsite = website(website);
        if (organisations.nameTaken(checkedName)) {
            throw new InvalidInputException("name", "account.error.organisation-name-taken");
        }
        if (organisations.kvkNumberTaken(checkedKvk)) {
            throw new InvalidInputException("kvkNumber", "account.error.kvk-taken");
        }
        Instant now = clock.instant();
        long id;
        try {
            id = organisations.insert(checkedName, checkedKvk, checkedWebsite, accountId, now);
        } catch (DuplicateKeyException raced) {
            boolean kvk = String.valueOf(raced.getMessage()).contains("uk_organisation_kvk");
            throw kvk ? new InvalidInputException("kvkNumber", "account.error.kvk-taken")
                    : new InvalidInputException("name", "account.error.organisation-name-taken");
        }
        organisations.insertMember(id, accountId, OrganisationRepository.OWNER, null, now, now);
        return id;
    }

    /**
     * Invites the account with this address, and mails its owner. An address without an account gets the same
     * quiet success and nothing happens, so that no one learns which addresses have an account here.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void inviteMember(long organisationId, String email) {
        long accountId = Actor.currentAccountId();
        if (!organisations.exists(organisationId)) {
            throw new NoSuchItemException("organisation " + organisationId);
        }
        if (!organisations.membership(organisationId, accountId)
                .filter(m -> m.accepted() && OrganisationRepository.OWNER.equals(m.role())).isPresent()) {
            throw new AccessDeniedException("Only an owner invites members");
        }
        String address = TextInput.email("email", email);
        Optional<Account> invitee = address.endsWith(OFFLINE_DOMAIN) ? Optional.empty()
                : repository.accountIdByEmail(address).flatMap(repository::account);
        if (invitee.isEmpty() || !organisations.insertMember(organisationId, invitee.get().id(),
                OrganisationRepository.MEMBER, accountId, clock.instant(), null)) {
            return;
        }
        Organisation organisation = organisations.find(organisationId).orElseThrow();
        Account inviter = repository.account(accountId).orElseThrow();
        mailSender.send(invitee.get().email(), invitee.get().language(), "account.mail.organisation-invitation",
                invitee.get().displayName(), organisation.name(), inviter.displayName(), platform.link("/organisaties"));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void acceptInvitation(long organisationId) {
        long accountId = Actor.currentAccountId();
        if (!organisations.accept(organisationId, accountId, clock.instant())
                && organisations.membership(organisationId, accountId).isEmpty()) {
            throw new NoSuchItemException("invitation to organisation " + organisationId);
        }
    }

    /** Leaves an organisation, or declines an invitation to it. The last owner stays. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void leaveOrganisation(long organisationId) {
        long accountId = Actor.currentAccountId();
        List<OrganisationRepository.Membership> memberships = organisations.lockMemberships(organisationId);
        OrganisationRepository.Membership mine = memberships.stream().filter(m -> m.accountId() == accountId)
                .findFirst().orElseThrow(() -> new NoSuchItemException("membership of organisation " + organisationId));
        long owners = memberships.stream()
                .filter(m -> m.accepted() && OrganisationRepository.OWNER.equals(m.role())).count();
        if (OrganisationRepository.OWNER.equals(mine.role()) && owners <= 1) {
            throw new InvalidInputException("organisation", "account.error.last-owner");
        }
        organisations.deleteMember(organisationId, accountId);
    }

    /** The current account's organisations and open invitations (its own member entry then not accepted). */
    @PreAuthorize("isAuthenticated()")
    public List<Organisation> myOrganisations() {
        return organisations.ofAccount(Actor.currentAccountId());
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public List<Organisation> organisationsAwaitingVerification() {
        return organisations.awaitingVerification();
    }

    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void verifyOrganisation(long organisationId) {
        if (!organisations.exists(organisationId)) {
            throw new NoSuchItemException("organisation " + organisationId);
        }
        organisations.verify(organisationId, Actor.currentAccountId(), clock.instant());
        audit.record(Actor.currentAccountId(), "ORGANISATION_VERIFIED", "ORGANISATION", organisationId, null, null);
    }

    // ----- Moderation -----

    /**
     * Blocks the account (the moderation feature decides and records why): it can no longer post, comment,
     * support or report. Blocking a blocked account changes nothing. Returns whether it changed.
     */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public boolean block(long accountId) {
        repository.account(accountId).orElseThrow(() -> new NoSuchItemException("account " + accountId));
        boolean changed = repository.setBlocked(accountId, Actor.currentAccountId(), clock.instant());
        if (changed) {
            audit.record(Actor.currentAccountId(), "ACCOUNT_BLOCKED", "ACCOUNT", accountId, null, null);
        }
        return changed;
    }

    /** Lifts a block; an account that is not blocked stays as it is. Returns whether it changed. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public boolean unblock(long accountId) {
        repository.account(accountId).orElseThrow(() -> new NoSuchItemException("account " + accountId));
        boolean changed = repository.setBlocked(accountId, null, null);
        if (changed) {
            audit.record(Actor.currentAccountId(), "ACCOUNT_UNBLOCKED", "ACCOUNT", accountId, null, null);
        }
        return changed;
    }

    /** Replaces a public display name that breaks the rules (moderation's redaction of a profile). */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void replaceDisplayName(long accountId, String displayName) {
        String name = displayName(displayName);
        Account account = repository.account(accountId)
                .orElseThrow(() -> new NoSuchItemException("account " + accountId));
        repository.setProfile(accountId, name, account.language());
        audit.record(Actor.currentAccountId(), "DISPLAY_NAME_REPLACED", "ACCOUNT", accountId, null, null);
    }

    /** Hides a profile text (moderation's decision, or the reports' hiding pending review), remembering its state. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN') or hasAuthority('SYSTEM')")
    @Transactional
    public void hideProfileText(long accountId) {
        AccountRepository.ProfileRow profile = lockedProfile(accountId);
        if (profile.state() == ProfileTextState.HIDDEN) {
            throw new InvalidInputException("action", "account.error.profile-text-hidden");
        }
        repository.setProfileTextState(accountId, ProfileTextState.HIDDEN, withText(profile).state());
    }

    /** Puts a hidden profile text back in the state it had before. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void restoreProfileText(long accountId) {
        AccountRepository.ProfileRow profile = withText(lockedProfile(accountId));
        if (profile.state() != ProfileTextState.HIDDEN) {
            throw new InvalidInputException("action", "account.error.profile-text-not-hidden");
        }
        repository.setProfileTextState(accountId,
                profile.hiddenFrom() == null ? ProfileTextState.PUBLISHED : profile.hiddenFrom(), null);
    }

    /** Publishes a profile text that waited for moderation. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void approveProfileText(long accountId) {
        if (withText(lockedProfile(accountId)).state() != ProfileTextState.AWAITING_MODERATION) {
            throw new InvalidInputException("action", "account.error.profile-text-not-awaiting");
        }
        repository.setProfileTextState(accountId, ProfileTextState.PUBLISHED, null);
    }

    /** Replaces a profile text with a redacted one (moderation's redaction), keeping its state. */
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void replaceProfileText(long accountId, String text) {
        String checked = TextInput.multiLine("fragment", text, PROFILE_TEXT_LENGTH);
        withText(lockedProfile(accountId));
        repository.replaceProfileText(accountId, checked);
        audit.record(Actor.currentAccountId(), "PROFILE_TEXT_REPLACED", "ACCOUNT", accountId, null, null);
    }

    private AccountRepository.ProfileRow lockedProfile(long accountId) {
        return repository.profile(accountId, true).orElseThrow(() -> new NoSuchItemException("account " + accountId));
    }

    private static AccountRepository.ProfileRow withText(AccountRepository.ProfileRow profile) {
        if (profile.state() == null) {
            throw new InvalidInputException("action", "account.error.no-profile-text");
        }
        return profile;
    }

    @PreAuthorize("isAuthenticated()")
    public boolean isBlocked() {
        return repository.isBlocked(Actor.currentAccountId());
    }

    /** Whether the current account is an accepted member (or owner) and so may post for the organisation. */
    @PreAuthorize("isAuthenticated()")
    public boolean isMemberOf(long organisationId) {
        return organisations.membership(organisationId, Actor.currentAccountId())
                .map(OrganisationRepository.Membership::accepted).orElse(false);
    }

    /** An organisation as anyone may see it: name, website, verified mark and accepted members. */
    @PreAuthorize("permitAll()")
    public Organisation organisation(long organisationId) {
        return organisations.find(organisationId)
                .orElseThrow(() -> new NoSuchItemException("organisation " + organisationId));
    }

    /**
     * A display name: one line, and no contact data. It shows next to everything its owner posts, where no warning
     * can hold it back, so a name with a phone number, e-mail address, IBAN, BSN or address is refused outright.
     */
    static String displayName(String value) {
        String name = TextInput.line("displayName", value, DISPLAY_NAME_LENGTH);
        if (PersonalDataDetector.containsPersonalData(name)) {
            throw new InvalidInputException("displayName", "account.error.display-name-personal-data");
        }
        return name;
    }

    // A KvK number has eight digits and no check digit; people may type it with spaces.
    static String kvkNumber(String value) {
        String number = value == null ? "" : value.replace(" ", "").strip();
        if (!KVK_NUMBER.matcher(number).matches()) {
            throw new InvalidInputException("kvkNumber", "account.error.kvk-malformed");
        }
        return number;
    }

    /** An optional web address, http or https only, so that a link to it can never run script. */
    static String website(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = TextInput.line("website", value, WEBSITE_LENGTH);
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getHost().contains(".") && uri.getRawUserInfo() == null) {
                return text;
            }
        } catch (URISyntaxException malformed) {
            // refused below
        }
        throw new InvalidInputException("website", "account.error.website-malformed");
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private void checkPartyUnique(String name, String abbreviation, long exceptId) {
        if (repository.partyNameTaken(name, exceptId)) {
            throw new InvalidInputException("name", "account.error.party-name-taken");
        }
        if (repository.partyAbbreviationTaken(abbreviation, exceptId)) {
            throw new InvalidInputException("abbreviation", "account.error.party-abbreviation-taken");
        }
    }

    // Roles with power go only to addresses someone has shown to own.
    private Account appointable(long accountId) {
        Account account = repository.account(accountId).orElseThrow(() -> new NoSuchItemException("account " + accountId));
        if (!account.emailConfirmed()) {
            throw new InvalidInputException("account", "account.error.not-confirmed");
        }
        return account;
    }

    private String newToken(long accountId, TokenPurpose purpose, Instant now) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.insertToken(accountId, purpose, sha256(token), now);
        return token;
    }

    private long useToken(TokenPurpose purpose, String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidInputException("token", "account.error.token-invalid");
        }
        return repository.useToken(purpose, sha256(token), now)
                .orElseThrow(() -> new InvalidInputException("token", "account.error.token-invalid"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    static String language(String language) {
        if (!"nl".equals(language) && !"en".equals(language)) {
            throw new InvalidInputException("language", "account.error.language-unknown");
        }
        return language;
    }

}
