package nl.raadsplein.proposal.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.account.MyOrganisation;
import nl.raadsplein.account.Organisation;
import nl.raadsplein.account.OrganisationService;
import nl.raadsplein.account.ResidencyService;
import nl.raadsplein.consultation.ConsultationService;
import org.springframework.stereotype.Component;

/** What the proposal views need to know about who is looking: logged in, verified, member of which organisations. */
@Component
class Participant {

    private final AuthenticationContext authentication;
    private final AccountService accounts;
    private final OrganisationService organisations;
    private final ResidencyService residency;
    private final ConsultationService consultations;

    Participant(AuthenticationContext authentication, AccountService accounts, OrganisationService organisations,
            ResidencyService residency, ConsultationService consultations) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.organisations = organisations;
        this.residency = residency;
        this.consultations = consultations;
    }

    Optional<AccountPrincipal> user() {
        return authentication.getAuthenticatedUser(AccountPrincipal.class);
    }

    boolean loggedIn() {
        return user().isPresent();
    }

    boolean resident() {
        return loggedIn() && authentication.hasRole("RESIDENT");
    }

    boolean griffie() {
        return authentication.hasAnyRole("GRIFFIER", "ADMIN");
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
        if (!loggedIn()) {
            return List.of();
        }
        return organisations.myOrganisations().stream().filter(MyOrganisation::member)
                .map(MyOrganisation::organisation).toList();
    }

    /** Whether supporting in this consultation waits for the user's residency to be confirmed. */
    boolean verificationMissing(long consultationId) {
        return loggedIn() && consultations.consultation(consultationId).settings().supportsRequireVerification()
                && !residency.isVerified();
    }
}
