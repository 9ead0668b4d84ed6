package nl.raadsplein.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.raadsplein.account.Party;
import nl.raadsplein.account.PartyDraft;
import nl.raadsplein.account.PartyService;
import nl.raadsplein.motion.CouncilTermService;
import nl.raadsplein.motion.ui.CouncilTermsSection;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.InputErrors;

/** The griffier and administrators keep the council's parties: add, rename, and retire them. */
@Route("beheer/fracties")
@RolesAllowed({"GRIFFIER", "ADMIN"})
public class PartiesView extends Div implements HasDynamicTitle {

    private final PartyService parties;
    private final Grid<Party> grid = new Grid<>();
    private final CouncilTermService terms;
    private final Div termsSection = new Div();

    public PartiesView(PartyService parties, CouncilTermService terms) {
        this.parties = parties;
        this.terms = terms;
        add(new H1(getTranslation("parties.title")), new Paragraph(getTranslation("parties.intro")));

        grid.addColumn(Party::name).setHeader(getTranslation("parties.name")).setAutoWidth(true);
        grid.addColumn(Party::abbreviation)
                .setHeader(getTranslation("parties.abbreviation"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.active() ? "parties.active-yes" : "parties.active-no"))
                .setHeader(getTranslation("parties.active"));
        grid.addComponentColumn(this::editButton)
                .setHeader(getTranslation("parties.actions"))
                .setAutoWidth(true)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("parties.title"));
        add(grid, addForm(), termsSection);
        refresh();
    }

    private Section addForm() {
        TextField name = new TextField(getTranslation("parties.name"));
        name.setMaxLength(PartyService.PARTY_NAME_LENGTH);
        TextField abbreviation = new TextField(getTranslation("parties.abbreviation"));
        abbreviation.setMaxLength(PartyService.PARTY_ABBREVIATION_LENGTH);
        Binder<PartyDraft> binder = draftBinder(name, abbreviation);
        Button add = new Button(getTranslation("parties.add"), e -> {
            InputErrors.clear(binder);
            try {
                parties.createParty(InputErrors.record(binder));
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, binder);
                return;
            }
            InputErrors.confirm(getTranslation("parties.added", name.getValue().strip()));
            name.clear();
            abbreviation.clear();
            refresh();
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(name, abbreviation);
        return new Section(new H2(getTranslation("parties.add-title")), form, add);
    }

    private Button editButton(Party party) {
        Button edit = new Button(getTranslation("parties.edit"), e -> edit(party));
        edit.addThemeVariants(ButtonVariant.SMALL);
        edit.getElement().setAttribute("aria-label", getTranslation("parties.edit-for", party.name()));
        return edit;
    }

    private void edit(Party party) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("parties.edit-for", party.name()));
        TextField name = new TextField(getTranslation("parties.name"), party.name(), "");
        name.setMaxLength(PartyService.PARTY_NAME_LENGTH);
        TextField abbreviation = new TextField(getTranslation("parties.abbreviation"), party.abbreviation(), "");
        abbreviation.setMaxLength(PartyService.PARTY_ABBREVIATION_LENGTH);
        Checkbox active = new Checkbox(getTranslation("parties.active-label"), party.active());
        active.setHelperText(getTranslation("parties.active-help"));
        Paragraph refusal = new Paragraph();
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        Binder<PartyDraft> binder = draftBinder(name, abbreviation);
        FormLayout form = new FormLayout(name, abbreviation, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(refusal, form);
        Button save = new Button(getTranslation("parties.save"), e -> {
            InputErrors.clear(binder);
            refusal.setVisible(false);
            try {
                parties.updateParty(party.id(), InputErrors.record(binder), active.getValue(), party.version());
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, binder, refusal);
                return;
            }
            dialog.close();
            InputErrors.confirm(getTranslation("parties.saved", name.getValue().strip()));
            refresh();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("parties.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private static Binder<PartyDraft> draftBinder(TextField name, TextField abbreviation) {
        Binder<PartyDraft> binder = new Binder<>(PartyDraft.class);
        binder.forField(name).bind("name");
        binder.forField(abbreviation).bind("abbreviation");
        return binder;
    }

    private void refresh() {
        List<Party> all = parties.parties();
        grid.setItems(all);
        termsSection.removeAll();
        termsSection.add(new CouncilTermsSection(terms, all));
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, "parties.title");
    }
}
