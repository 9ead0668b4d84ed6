package nl.raadsplein.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import java.util.LinkedHashSet;
import java.util.List;
import nl.raadsplein.agenda.AgendaGoal;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.agenda.ReferenceAddition;
import nl.raadsplein.agenda.ReferenceItem;
import nl.raadsplein.agenda.ReferenceKind;
import nl.raadsplein.agenda.Theme;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.InputErrors;

/** Administrators keep the names of themes, values and topics right in both languages and add values and topics. */
@Route("beheer/referentiegegevens")
@RolesAllowed("ADMIN")
public class ReferenceDataView extends Div implements HasDynamicTitle {

    private final AgendaService agenda;
    private final Grid<AgendaGoal.ThemeSummary> themes = new Grid<>();
    private final Grid<ReferenceItem> values = new Grid<>();
    private final Grid<ReferenceItem> topics = new Grid<>();

    public ReferenceDataView(AgendaService agenda) {
        this.agenda = agenda;
        add(new H1(getTranslation("reference.title")), new Paragraph(getTranslation("reference.intro")));

        themes.addColumn(AgendaGoal.ThemeSummary::code)
                .setHeader(getTranslation("reference.code"))
                .setAutoWidth(true);
        themes.addColumn(t -> t.name().nl()).setHeader(getTranslation("reference.name-nl"));
        themes.addColumn(t -> t.name().en()).setHeader(getTranslation("reference.name-en"));
        themes.addComponentColumn(t -> editButton(t.code(), () -> editTheme(t.code())))
                .setAutoWidth(true)
                .setHeader(getTranslation("reference.actions"));
        add(section("reference.themes", themes));

        configureItems(values, ReferenceKind.PUBLIC_VALUE);
        add(section("reference.values", values), addForm(ReferenceKind.PUBLIC_VALUE));

        configureItems(topics, ReferenceKind.DIGITAL_TOPIC);
        topics.addColumn(t -> String.join(", ", t.themeCodes())).setHeader(getTranslation("reference.themes"));
        add(section("reference.topics", topics), addForm(ReferenceKind.DIGITAL_TOPIC));
        refresh();
    }

    private Section section(String titleKey, Grid<?> grid) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation(titleKey));
        return new Section(new H2(getTranslation(titleKey)), grid);
    }

    private void configureItems(Grid<ReferenceItem> grid, ReferenceKind kind) {
        grid.addColumn(ReferenceItem::code)
                .setHeader(getTranslation("reference.code"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.name().nl()).setHeader(getTranslation("reference.name-nl"));
        grid.addColumn(i -> i.name().en()).setHeader(getTranslation("reference.name-en"));
        grid.addComponentColumn(i -> editButton(
                        i.code(),
                        () -> new NameDialog(
                                        getTranslation("reference.edit", i.code()),
                                        i.name(),
                                        name -> agenda.rename(kind, i.code(), name, i.version()),
                                        this::refresh)
                                .open()))
                .setHeader(getTranslation("reference.actions"))
                .setAutoWidth(true);
    }

    private Button editButton(String code, Runnable action) {
        Button edit = new Button(getTranslation("reference.edit-button"), e -> action.run());
        edit.addThemeVariants(ButtonVariant.SMALL);
        edit.getElement().setAttribute("aria-label", getTranslation("reference.edit", code));
        return edit;
    }

    private void editTheme(String code) {
        Theme theme = agenda.theme(code);
        new NameDialog(
                        getTranslation("reference.edit", code),
                        theme.name(),
                        name -> agenda.renameTheme(code, name, theme.version()),
                        this::refresh)
                .open();
    }

    private FormLayout addForm(ReferenceKind kind) {
        String prefix = kind == ReferenceKind.PUBLIC_VALUE ? "reference.add-value" : "reference.add-topic";
        TextField code = new TextField(getTranslation("reference.code"));
        code.setHelperText(getTranslation("reference.code-help"));
        code.setMaxLength(40);
        TextField nameNl = new TextField(getTranslation("reference.name-nl"));
        nameNl.setMaxLength(AgendaService.NAME_LENGTH);
        TextField nameEn = new TextField(getTranslation("reference.name-en"));
        nameEn.setMaxLength(AgendaService.NAME_LENGTH);
        MultiSelectComboBox<String> themeCodes = new MultiSelectComboBox<>(getTranslation("reference.themes"));
        themeCodes.setItems(agenda.goals().stream()
                .flatMap(g -> g.topics().stream())
                .flatMap(t -> t.themes().stream())
                .map(AgendaGoal.ThemeSummary::code)
                .toList());
        Binder<ReferenceAddition> binder = new Binder<>(ReferenceAddition.class);
        binder.forField(InputErrors.fixed(kind)).bind("kind");
        binder.forField(code).bind("code");
        binder.forField(nameNl).bind("nameNl");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(themeCodes)
                .withConverter(List::copyOf, codes -> codes == null ? null : new LinkedHashSet<>(codes))
                .bind("themes");
        Button add = new Button(getTranslation(prefix), e -> {
            InputErrors.clear(binder);
            try {
                agenda.add(InputErrors.record(binder));
                InputErrors.confirm(getTranslation("reference.added", code.getValue()));
                code.clear();
                nameNl.clear();
                nameEn.clear();
                themeCodes.clear();
                refresh();
            } catch (InvalidInputException error) {
                InputErrors.show(this, error, binder);
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(code, nameNl, nameEn);
        if (kind == ReferenceKind.DIGITAL_TOPIC) {
            form.add(themeCodes);
        }
        form.add(add);
        form.getElement().setAttribute("aria-label", getTranslation(prefix));
        return form;
    }

    private void refresh() {
        themes.setItems(agenda.goals().stream()
                .flatMap(g -> g.topics().stream())
                .flatMap(t -> t.themes().stream())
                .toList());
        values.setItems(agenda.publicValues());
        topics.setItems(agenda.digitalTopics());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reference.title") + " | Raadsplein";
    }
}
