package nl.raadsplein.proposal.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.account.MyOrganisation;
import nl.raadsplein.account.Organisation;
import nl.raadsplein.account.OrganisationService;
import org.springframework.stereotype.Component;

/**
 * What the proposal views need to know about who is looking: logged in, under which name, member of which
 * organisations. What they may do with a proposal or comment the services say with the item.
 */
@Component
class Participant {

    private final AuthenticationContext authentication;
    private final AccountService accounts;
    private final OrganisationService organisations;

    Participant(AuthenticationContext authentication, AccountService accounts, OrganisationService organisations) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.organisations = organisations;
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
                })
                .orElse("");
    }

    /** The organisations the user is an accepted member of, so may write for. */
    List<Organisation> organisations() {
        if (!loggedIn()) {
            return List.of();
        }
        return organisations.myOrganisations().stream()
                .filter(MyOrganisation::member)
                .map(MyOrganisation::organisation)
                .toList();
    }
}
