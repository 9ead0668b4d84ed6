package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.raadsplein.account.Party;
import nl.raadsplein.motion.CouncilTerm;
import nl.raadsplein.motion.CouncilTermService;
import nl.raadsplein.motion.TermDraft;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.InputErrors;

/**
 * The council terms and each party's seats in them, on the parties page: a party vote counts these seats, so the
 * griffie keeps them beside the parties.
 */
public class CouncilTermsSection extends Section {

    private final CouncilTermService terms;
    private final List<Party> parties;
    private final Div list = new Div();

    public CouncilTermsSection(CouncilTermService terms, List<Party> parties) {
        this.terms = terms;
        this.parties = parties;
        addClassName("council-terms");
        add(new H2(getTranslation("motionui.terms.title")), new Paragraph(getTranslation("motionui.terms.intro")));
        add(list, newTerm());
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (CouncilTerm term : terms.terms()) {
            Section section = new Section(new H3(getTranslation(
                    "motionui.terms.term",
                    term.name(),
                    term.startsOn().toString(),
                    term.endsOn().toString(),
                    term.totalSeats())));
            UnorderedList seats = new UnorderedList();
            term.seats()
                    .forEach(s -> seats.add(new ListItem(s.partyName() + " (" + s.abbreviation() + "): " + s.seats())));
            section.add(seats, seatsForm(term));
            list.add(section);
        }
    }

    private Div seatsForm(CouncilTerm term) {
        Map<Long, IntegerField> fields = new HashMap<>();
        FormLayout form = new FormLayout();
        for (Party party : parties) {
            IntegerField seats = new IntegerField(getTranslation("motionui.terms.seats-of", party.name(), term.name()));
            seats.setMin(0);
            seats.setMax(CouncilTermService.MAX_SEATS);
            seats.setValue(term.seats().stream()
                    .filter(s -> s.partyId() == party.id())
                    .mapToInt(CouncilTerm.Seats::seats)
                    .findFirst()
                    .orElse(0));
            fields.put(party.id(), seats);
            form.add(seats);
        }
        Button save = new Button(getTranslation("motionui.terms.save-seats"), e -> {
            Map<Long, Integer> seats = new HashMap<>();
            fields.forEach((party, field) -> seats.put(party, field.getValue() == null ? 0 : field.getValue()));
            try {
                terms.setSeats(term.id(), seats);
            } catch (InvalidInputException refused) {
                InputErrors.showNotification(getTranslation(refused.messageKey(), refused.arguments()));
                return;
            }
            InputErrors.confirm(getTranslation("motionui.terms.seats-saved", term.name()));
            refresh();
        });
        save.getElement().setAttribute("aria-label", getTranslation("motionui.terms.save-seats-for", term.name()));
        return new Div(form, save);
    }

    private Section newTerm() {
        TextField name = new TextField(getTranslation("motionui.terms.name"));
        name.setMaxLength(CouncilTermService.NAME_LENGTH);
        DatePicker startsOn = new DatePicker(getTranslation("motionui.terms.starts-on"));
        DatePicker endsOn = new DatePicker(getTranslation("motionui.terms.ends-on"));
        Binder<TermDraft> binder = new Binder<>(TermDraft.class);
        binder.forField(name).bind("name");
        binder.forField(startsOn).bind("startsOn");
        binder.forField(endsOn).bind("endsOn");
        Button add = new Button(getTranslation("motionui.terms.add"), e -> {
            InputErrors.clear(binder);
            try {
                terms.createTerm(InputErrors.record(binder));
            } catch (InvalidInputException refused) {
                InputErrors.show(this, refused, binder);
                return;
            }
            InputErrors.confirm(
                    getTranslation("motionui.terms.added", name.getValue().strip()));
            name.clear();
            startsOn.clear();
            endsOn.clear();
            refresh();
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        return new Section(
                new H3(getTranslation("motionui.terms.add-title")), new FormLayout(name, startsOn, endsOn), add);
    }
}
