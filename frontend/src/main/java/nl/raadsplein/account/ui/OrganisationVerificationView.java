package nl.raadsplein.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import nl.raadsplein.account.Organisation;
import nl.raadsplein.account.OrganisationRole;
import nl.raadsplein.account.OrganisationService;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.InputErrors;

/** The griffie checks new organisations against the trade register (KvK) and marks them verified. */
@Route("beheer/organisaties")
@RolesAllowed({"GRIFFIER", "ADMIN"})
public class OrganisationVerificationView extends Div implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final Grid<Organisation> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public OrganisationVerificationView(OrganisationService organisations) {
        this.organisations = organisations;
        add(
                new H1(getTranslation("organisation-verification.title")),
                new Paragraph(getTranslation("organisation-verification.intro")));
        grid.addColumn(Organisation::name)
                .setHeader(getTranslation("organisation-verification.name"))
                .setAutoWidth(true);
        grid.addColumn(Organisation::kvkNumber)
                .setHeader(getTranslation("organisation-verification.kvk-number"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.website() == null ? "" : o.website())
                .setHeader(getTranslation("organisation-verification.website"));
        grid.addColumn(o -> o.members().stream()
                        .filter(m -> m.role() == OrganisationRole.OWNER)
                        .map(Organisation.Member::displayName)
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("organisation-verification.owners"));
        grid.addComponentColumn(this::verifyButton)
                .setHeader(getTranslation("organisation-verification.actions"))
                .setAutoWidth(true)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("organisation-verification.title"));
        empty.setText(getTranslation("organisation-verification.none"));
        add(empty, grid);
        refresh();
    }

    private Button verifyButton(Organisation organisation) {
        Button verify = new Button(getTranslation("organisation-verification.verify"), e -> {
            try {
                organisations.verifyOrganisation(organisation.id());
            } catch (NoSuchItemException gone) {
                refresh();
                return;
            }
            InputErrors.confirm(getTranslation("organisation-verification.verified", organisation.name()));
            refresh();
        });
        verify.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        verify.getElement()
                .setAttribute(
                        "aria-label", getTranslation("organisation-verification.verify-for", organisation.name()));
        return verify;
    }

    private void refresh() {
        List<Organisation> awaiting = organisations.organisationsAwaitingVerification();
        grid.setItems(awaiting);
        grid.setVisible(!awaiting.isEmpty());
        empty.setVisible(awaiting.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, "organisation-verification.title");
    }
}
