package nl.raadsplein.account;

import java.time.Clock;
import nl.raadsplein.account.internal.ProfileModeration;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies the moderation feature's decisions to accounts and their profiles (ADR 6). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
class ProfileModerationService implements ProfileModeration {

    private final AccountRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    ProfileModerationService(AccountRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public boolean block(long accountId) {
        Account account =
                repository.account(accountId).orElseThrow(() -> new NoSuchItemException("account " + accountId));
        // Separation of duties: a griffier who could block colleagues or administrators could silence their oversight.
        if (account.has(Role.GRIFFIER) || account.has(Role.ADMIN)) {
            throw new InvalidInputException("action", "account.error.staff-not-blockable");
        }
        boolean changed = repository.setBlocked(accountId, Actor.currentAccountId(), clock.instant());
        if (changed) {
            audit.record(Actor.currentAccountId(), "ACCOUNT_BLOCKED", "ACCOUNT", accountId, null, null);
        }
        return changed;
    }

    @Override
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

    @Override
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void replaceDisplayName(long accountId, String displayName) {
        String name = AccountInput.displayName(displayName);
        Account account =
                repository.account(accountId).orElseThrow(() -> new NoSuchItemException("account " + accountId));
        repository.setProfile(accountId, name, account.language());
        repository.markDisplayNameRedacted(accountId, clock.instant());
        audit.record(Actor.currentAccountId(), "DISPLAY_NAME_REPLACED", "ACCOUNT", accountId, null, null);
    }

    // SYSTEM: reports hiding a profile pending review (the moderation feature acts as the system then).
    @Override
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN') or hasAuthority('SYSTEM')")
    @Transactional
    public void hideProfileText(long accountId) {
        AccountRepository.ProfileRow profile = lockedProfile(accountId);
        if (profile.state() == ProfileTextState.HIDDEN) {
            throw new InvalidInputException("action", "account.error.profile-text-hidden");
        }
        repository.setProfileTextState(
                accountId, ProfileTextState.HIDDEN, withText(profile).state());
    }

    @Override
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void restoreProfileText(long accountId) {
        AccountRepository.ProfileRow profile = withText(lockedProfile(accountId));
        if (profile.state() != ProfileTextState.HIDDEN) {
            throw new InvalidInputException("action", "account.error.profile-text-not-hidden");
        }
        repository.setProfileTextState(
                accountId, profile.hiddenFrom() == null ? ProfileTextState.PUBLISHED : profile.hiddenFrom(), null);
    }

    @Override
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void approveProfileText(long accountId) {
        if (withText(lockedProfile(accountId)).state() != ProfileTextState.AWAITING_MODERATION) {
            throw new InvalidInputException("action", "account.error.profile-text-not-awaiting");
        }
        repository.setProfileTextState(accountId, ProfileTextState.PUBLISHED, null);
    }

    @Override
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    @Transactional
    public void replaceProfileText(long accountId, String text) {
        String checked = TextInput.multiLine("fragment", text, AccountService.PROFILE_TEXT_LENGTH);
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
}
