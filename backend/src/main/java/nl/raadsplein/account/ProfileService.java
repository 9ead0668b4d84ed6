package nl.raadsplein.account;

import java.util.List;
import java.util.Optional;
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
        Actor me = Actor.current();
        AccountRepository.ProfileRow row =
                visible(publicId, me).orElseThrow(() -> new NoSuchItemException("profile " + publicId));
        boolean mine = me.is(row.id());
        boolean griffie = me.griffie();
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

    /** Whether {@link #profile} shows this page to this visitor: for the status of the page's document. */
    @PreAuthorize("permitAll()")
    public boolean exists(String publicId) {
        return visible(publicId, Actor.current()).isPresent();
    }

    private Optional<AccountRepository.ProfileRow> visible(String publicId, Actor me) {
        return repository
                .profile(publicId)
                .filter(row -> me.is(row.id())
                        || me.griffie()
                        || contributions.stream().anyMatch(c -> c.any(row.id())));
    }
}
