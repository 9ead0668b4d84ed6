package nl.raadsplein.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.raadsplein.account.Account;
import nl.raadsplein.account.PartyService;
import nl.raadsplein.account.ResidencyService;
import nl.raadsplein.account.RoleService;
import org.jspecify.annotations.Nullable;

/** The griffier and administrators find accounts and appoint or revoke their roles. */
@Route("beheer/accounts")
@RolesAllowed({"GRIFFIER", "ADMIN"})
public class AccountsView extends Div implements HasDynamicTitle {

    private final RoleService roles;
    private final PartyService parties;
    private final ResidencyService residency;
    private final Grid<Account> grid = new Grid<>();
    private final TextField search = new TextField();

    public AccountsView(RoleService roles, PartyService parties, ResidencyService residency) {
        this.roles = roles;
        this.parties = parties;
        this.residency = residency;
        add(new H1(getTranslation("accounts.title")), new Paragraph(getTranslation("accounts.intro")));

        search.setLabel(getTranslation("accounts.search"));
        search.setHelperText(getTranslation("accounts.search-help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("min(100%, 28rem)");
        add(search);

        grid.addColumn(Account::displayName)
                .setHeader(getTranslation("accounts.name"))
                .setAutoWidth(true);
        grid.addColumn(Account::email)
                .setHeader(getTranslation("accounts.email"))
                .setAutoWidth(true);
        grid.addColumn(a -> AccountTexts.roles(this, a.roles())
                        + (a.emailConfirmed() ? "" : " (" + getTranslation("accounts.unconfirmed") + ")"))
                .setHeader(getTranslation("accounts.roles"));
        grid.addColumn(a -> AccountTexts.party(a.party())).setHeader(getTranslation("accounts.party"));
        grid.addColumn(a -> getTranslation(a.verified() ? "accounts.verified-yes" : "accounts.verified-no"))
                .setHeader(getTranslation("accounts.verified"));
        grid.addComponentColumn(this::manageButton)
                .setHeader(getTranslation("accounts.actions"))
                .setAutoWidth(true)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("accounts.title"));
        grid.setItems(
                query -> roles.findAccounts(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> roles.countAccounts(filter()));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(grid);
    }

    private @Nullable String filter() {
        return search.getValue().isBlank() ? null : search.getValue().strip();
    }

    private Button manageButton(Account account) {
        Button manage = new Button(getTranslation("accounts.manage"), e -> open(account));
        manage.addThemeVariants(ButtonVariant.SMALL);
        manage.getElement().setAttribute("aria-label", getTranslation("accounts.manage-for", account.displayName()));
        return manage;
    }

    private void open(Account account) {
        new RolesDialog(
                        roles,
                        parties,
                        residency,
                        account,
                        () -> grid.getDataProvider().refreshAll())
                .open();
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, "accounts.title");
    }
}
