package nl.raadsplein.account;

import java.util.List;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.internal.PublicContributions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An account's public page, as anyone may see it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class ProfileService {

    private final AccountRepository repository;
    private final List<PublicContributions> contributions;

    ProfileService(AccountRepository repository, List<PublicContributions> contributions) {
        this.repository = repository;
        this.contributions = contributions;
    }

    /**
     * An account's public page: name, member since, verified mark and the profile text, which only its owner and the
     * griffie see while it waits for moderation or is hidden. A blocked account's profile shows all the same. To
     * anyone else, the page of an account without anything public under its name does not exist.
     */
    @PreAuthorize("permitAll()")
    public PublicProfile profile(String publicId) {
        AccountRepository.ProfileRow row =
                repository.profile(publicId).orElseThrow(() -> new NoSuchItemException("profile " + publicId));
        Actor me = Actor.current();
        boolean mine = me.is(row.id());
        boolean griffie = me.griffie();
        if (!mine && !griffie && contributions.stream().noneMatch(c -> c.any(row.id()))) {
            throw new NoSuchItemException("profile " + publicId);
        }
        String text = row.state() == ProfileTextState.PUBLISHED || mine || griffie ? row.text() : null;
        return new PublicProfile(
                row.id(),
                row.publicId(),
                row.displayName(),
                row.createdAt(),
                row.verified(),
                text,
                row.state(),
                mine,
                me.loggedIn() && !mine);
    }
}
