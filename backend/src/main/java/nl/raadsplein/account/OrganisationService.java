package nl.raadsplein.account;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.raadsplein.notification.MailSender;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.PlatformProperties;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import nl.raadsplein.platform.internal.RateLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations residents post for: any account registers one and invites others; the griffie verifies it against
 * the trade register.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class OrganisationService {

    public static final int ORGANISATION_NAME_LENGTH = 120;
    public static final int WEBSITE_LENGTH = 200;
    private static final Pattern KVK_NUMBER = Pattern.compile("[0-9]{8}");

    private final OrganisationRepository organisations;
    private final AccountRepository accounts;
    private final MailSender mailSender;
    private final AuditTrail audit;
    private final RateLimits limits;
    private final Clock clock;
    private final PlatformProperties platform;

    OrganisationService(
            OrganisationRepository organisations,
            AccountRepository accounts,
            MailSender mailSender,
            AuditTrail audit,
            RateLimits limits,
            Clock clock,
            PlatformProperties platform) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.mailSender = mailSender;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
        this.platform = platform;
    }

    /** Registers an organisation with the current account as its owner; the griffie verifies it later. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long createOrganisation(@Nullable OrganisationDraft draft) {
        long accountId = Actor.currentAccountId();
        OrganisationDraft checked = checked(draft);
        if (organisations.nameTaken(checked.name())) {
            throw new InvalidInputException("name", "account.error.organisation-name-taken");
        }
        if (organisations.kvkNumberTaken(checked.kvkNumber())) {
            throw new InvalidInputException("kvkNumber", "account.error.kvk-taken");
        }
        Instant now = clock.instant();
        long id;
        try {
            id = organisations.insert(checked.name(), checked.kvkNumber(), checked.website(), accountId, now);
        } catch (DuplicateKeyException raced) {
            boolean kvk = String.valueOf(raced.getMessage()).contains("uk_organisation_kvk");
            throw kvk
                    ? new InvalidInputException("kvkNumber", "account.error.kvk-taken")
                    : new InvalidInputException("name", "account.error.organisation-name-taken");
        }
        organisations.insertMember(id, accountId, OrganisationRole.OWNER, null, now, now);
        return id;
    }

    /**
     * Invites an address and mails it, whether or not it has an account: the owner gets the same answer and sees the
     * open invitation by the address typed either way, so that no one learns which addresses have an account here.
     * The account with that address (once registered and confirmed) sees the invitation and may accept it. Inviting
     * an address again while its invitation is open changes nothing and mails nothing. Beyond the mail limits (ADR 24)
     * the invitation is stored and shown all the same, but not mailed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void inviteMember(MemberInvitation invitation) {
        long accountId = Actor.currentAccountId();
        Objects.requireNonNull(invitation, "invitation");
        long organisationId = invitation.organisationId();
        if (!organisations.exists(organisationId)) {
            throw new NoSuchItemException("organisation " + organisationId);
        }
        if (!mayInvite(organisations.membership(organisationId, accountId))) {
            throw new AccessDeniedException("Only an owner invites members");
        }
        String address = TextInput.email("email", invitation.email());
        if (!organisations.insertInvitation(organisationId, address, accountId, clock.instant())
                // a resident the griffie helps offline has no mailbox
                || address.endsWith(ResidencyService.OFFLINE_DOMAIN)
                || !limits.mayMail(RateLimits.Mail.INVITATION, address, invitation.clientIp())) {
            return;
        }
        Organisation organisation = organisations.find(organisationId).orElseThrow();
        Account inviter = accounts.account(accountId).orElseThrow();
        // The invitee's own language if the address has an account; the mail says the same either way.
        String language = accounts.accountIdByEmail(address)
                .flatMap(accounts::account)
                .map(Account::language)
                .orElse(inviter.language());
        mailSender.send(
                address,
                language,
                "account.mail.organisation-invitation",
                organisation.name(),
                inviter.displayName(),
                platform.link("/organisaties"),
                platform.link("/registreren"));
    }

    /** Accepts the invitation of the current account's address; accepting twice is harmless. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void acceptInvitation(long organisationId) {
        long accountId = Actor.currentAccountId();
        String email = accounts.account(accountId).orElseThrow().email();
        Optional<OrganisationRepository.Invitation> invitation = organisations.lockInvitation(organisationId, email);
        if (invitation.isEmpty()) {
            if (organisations.membership(organisationId, accountId).isEmpty()) {
                throw new NoSuchItemException("invitation to organisation " + organisationId);
            }
            return;
        }
        organisations.insertMember(
                organisationId,
                accountId,
                OrganisationRole.MEMBER,
                invitation.get().invitedBy(),
                invitation.get().invitedAt(),
                clock.instant());
        organisations.deleteInvitation(organisationId, email);
    }

    /** Leaves an organisation, or declines an invitation to it. The last owner stays. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void leaveOrganisation(long organisationId) {
        long accountId = Actor.currentAccountId();
        boolean declined = organisations.deleteInvitation(
                organisationId, accounts.account(accountId).orElseThrow().email());
        List<OrganisationRepository.Membership> memberships = organisations.lockMemberships(organisationId);
        Optional<OrganisationRepository.Membership> mine =
                memberships.stream().filter(m -> m.accountId() == accountId).findFirst();
        if (mine.isEmpty()) {
            if (declined) {
                return;
            }
            throw new NoSuchItemException("membership of organisation " + organisationId);
        }
        long owners = memberships.stream()
                .filter(m -> m.accepted() && m.role() == OrganisationRole.OWNER)
                .count();
        if (mine.get().role() == OrganisationRole.OWNER && owners <= 1) {
            throw new InvalidInputException("organisation", "account.error.last-owner");
        }
        organisations.deleteMember(organisationId, accountId);
    }

    /**
     * The current account's organisations and the invitations of its address, each with what this account may do
     * with it, and for an owner the addresses invited and not yet accepted.
     */
    @PreAuthorize("isAuthenticated()")
    public List<MyOrganisation> myOrganisations() {
        long accountId = Actor.currentAccountId();
        String email = accounts.account(accountId).orElseThrow().email();
        List<Organisation> found = organisations.ofAccount(accountId, email);
        Map<Long, List<String>> invited = organisations.openInvitations(
                found.stream().map(Organisation::id).toList());
        return found.stream()
                .map(organisation -> {
                    Optional<Organisation.Member> own = organisation.members().stream()
                            .filter(m -> m.accountId() == accountId)
                            .findFirst();
                    boolean owner =
                            own.filter(m -> m.role() == OrganisationRole.OWNER).isPresent();
                    return new MyOrganisation(
                            organisation,
                            own.isPresent(),
                            owner,
                            owner ? invited.getOrDefault(organisation.id(), List.of()) : List.of());
                })
                .toList();
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

    /** Whether the current account is an accepted member (or owner) and so may post for the organisation. */
    @PreAuthorize("isAuthenticated()")
    public boolean isMemberOf(long organisationId) {
        return organisations
                .membership(organisationId, Actor.currentAccountId())
                .map(OrganisationRepository.Membership::accepted)
                .orElse(false);
    }

    /** An organisation as anyone may see it: name, website, verified mark and accepted members. */
    @PreAuthorize("permitAll()")
    public Organisation organisation(long organisationId) {
        return organisations
                .find(organisationId)
                .orElseThrow(() -> new NoSuchItemException("organisation " + organisationId));
    }

    // Only an accepted owner invites: an invited owner has not shown yet that they speak for it.
    private static boolean mayInvite(Optional<OrganisationRepository.Membership> membership) {
        return membership
                .filter(m -> m.accepted() && m.role() == OrganisationRole.OWNER)
                .isPresent();
    }

    static OrganisationDraft checked(@Nullable OrganisationDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("name", "error.required");
        }
        return new OrganisationDraft(
                TextInput.line("name", draft.name(), ORGANISATION_NAME_LENGTH),
                kvkNumber(draft.kvkNumber()),
                website(draft.website()));
    }

    // A KvK number has eight digits and no check digit; people may type it with spaces.
    private static String kvkNumber(@Nullable String value) {
        String number = value == null ? "" : value.replace(" ", "").strip();
        if (!KVK_NUMBER.matcher(number).matches()) {
            throw new InvalidInputException("kvkNumber", "account.error.kvk-malformed");
        }
        return number;
    }

    /** An optional web address, http or https only, so that a link to it can never run script. */
    private static @Nullable String website(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = TextInput.line("website", value, WEBSITE_LENGTH);
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getHost().contains(".")
                    && uri.getRawUserInfo() == null) {
                return text;
            }
        } catch (URISyntaxException malformed) {
            // refused below
        }
        throw new InvalidInputException("website", "account.error.website-malformed");
    }
}
