package nl.raadsplein.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.RouteExistence;
import nl.raadsplein.ui.RouteIds;

/** A participant's address is a 404 document when there is no such account; a blocked one still has its page. */
@org.springframework.stereotype.Component
class ProfileExistence implements RouteExistence {

    private final AccountService accounts;

    ProfileExistence(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<? extends Component> view() {
        return PublicProfileView.class;
    }

    @Override
    public boolean exists(RouteParameters parameters) {
        return RouteIds.tryParse(parameters.get(PublicProfileView.ID).orElse("")).map(id -> {
            try {
                accounts.profile(id);
                return true;
            } catch (NoSuchItemException e) {
                return false;
            }
        }).orElse(false);
    }
}
