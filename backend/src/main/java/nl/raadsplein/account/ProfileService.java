package nl.raadsplein.account;

import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.NoSuchItemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An account's public page, as anyone may see it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class ProfileService {

    private final AccountRepository repository;

    ProfileService(AccountRepository repository) {
        this.repository = repository;
    }

    /**
     * An account's public page: name, member since, verified mark and the profile text, which only its owner and the
     * griffie see while it waits for moderation or is hidden. A blocked account's profile shows all the same.
     */
    @PreAuthorize("permitAll()")
    public PublicProfile profile(long accountId) {
        AccountRepository.ProfileRow row =
                repository.profile(accountId, false).orElseThrow(() -> new NoSuchItemException("account " + accountId));
        Actor me = Actor.current();
        boolean mine = me.is(accountId);
        boolean griffie = me.griffie();
        String text = row.state() == ProfileTextState.PUBLISHED || mine || griffie ? row.text() : null;
        return new PublicProfile(
                row.id(),
                row.displayName(),
                row.createdAt(),
                row.verified(),
                text,
                row.state(),
                mine,
                me.loggedIn() && !mine);
    }
}
