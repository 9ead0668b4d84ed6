package nl.raadsplein.proposal.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.account.Organisation;
import org.springframework.stereotype.Component;

/**
 * What the proposal views need to know about who is looking: logged in, under which name, member of which
 * organisations. What they may do with a proposal or comment the services say with the item.
 */
@Component
class Participant {

    private final AuthenticationContext authentication;
    private final AccountService accounts;

    Participant(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    private Optional<AccountPrincipal> user() {
        return authentication.getAuthenticatedUser(AccountPrincipal.class);
    }

    boolean loggedIn() {
        return user().isPresent();
    }

    String name() {
        return user().map(u -> {
            try {
                return accounts.me().displayName();
            } catch (RuntimeException gone) {
                return u.displayName();
            }
        }).orElse("");
    }

    /** The organisations the user is an accepted member of, so may write for. */
    List<Organisation> organisations() {
        Optional<AccountPrincipal> user = user();
        if (user.isEmpty()) {
            return List.of();
        }
        long me = user.get().accountId();
        return accounts.myOrganisations().stream()
                .filter(o -> o.members().stream().anyMatch(m -> m.accountId() == me && m.accepted()))
                .toList();
    }
}
