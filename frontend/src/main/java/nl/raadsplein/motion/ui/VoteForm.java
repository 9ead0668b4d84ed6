package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.raadsplein.motion.CouncilTerm;
import nl.raadsplein.motion.Councillor;
import nl.raadsplein.motion.VoteChoice;
import nl.raadsplein.motion.VoteMethod;
import nl.raadsplein.motion.VoteRecording;
import nl.raadsplein.motion.VoteResult;
import nl.raadsplein.motion.VoteService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.InputErrors;

/**
 * The griffier records how the council voted: per party (each with its seats in the term), per member, or
 * adopted without a vote. The result is computed by the service, never chosen here; a correction needs a reason.
 */
class VoteForm extends Section {

    VoteForm(
            VoteService votes,
            long motionId,
            CouncilTerm term,
            java.util.List<Councillor> councillors,
            boolean correction,
            Consumer<VoteResult> done) {
        addClassName("vote-form");
        add(new H2(getTranslation(correction ? "motionui.vote.correct-title" : "motionui.vote.title")));
        add(new Paragraph(getTranslation("motionui.vote.intro")));
        RadioButtonGroup<VoteMethod> method = new RadioButtonGroup<>(getTranslation("motionui.vote.method"));
        method.setItems(VoteMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("motionui.vote.method." + m.name()));
        method.setValue(VoteMethod.PARTY);

        Map<Long, Select<VoteChoice>> parties = new HashMap<>();
        FormLayout partyChoices = new FormLayout();
        for (CouncilTerm.Seats seats : term.seats()) {
            Select<VoteChoice> choice = choice(
                    getTranslation("motionui.vote.party-label", seats.partyName(), seats.abbreviation(), seats.seats()),
                    EnumSet.allOf(VoteChoice.class));
            parties.put(seats.partyId(), choice);
            partyChoices.add(choice);
        }
        Map<Long, Select<VoteChoice>> members = new HashMap<>();
        FormLayout memberChoices = new FormLayout();
        for (Councillor councillor : councillors) {
            Select<VoteChoice> choice =
                    choice(councillor.name() + " (" + councillor.party() + ")", EnumSet.allOf(VoteChoice.class));
            choice.setValue(VoteChoice.ABSENT);
            members.put(councillor.accountId(), choice);
            memberChoices.add(choice);
        }
        Div perParty = new Div(partyChoices);
        Div perMember = new Div(memberChoices);
        perMember.setVisible(false);
        method.addValueChangeListener(e -> {
            perParty.setVisible(e.getValue() == VoteMethod.PARTY);
            perMember.setVisible(e.getValue() == VoteMethod.ROLL_CALL);
        });
        TextArea reason = new TextArea(getTranslation("motionui.vote.reason"));
        reason.setMaxLength(VoteService.REASON_LENGTH);
        reason.setVisible(correction);
        Paragraph refusal = new Paragraph();
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        Binder<VoteRecording> binder = new Binder<>(VoteRecording.class);
        binder.forField(InputErrors.fixed(motionId)).bind("motionId");
        // A refusal of the method or the choices concerns the vote as a whole and goes into the form's refusal.
        binder.forField(InputErrors.current(method::getValue)).bind("method");
        binder.forField(InputErrors.current(() -> choices(method.getValue(), parties, members)))
                .bind("choices");
        binder.forField(reason).bind("reason");
        Button record = new Button(getTranslation(correction ? "motionui.vote.correct" : "motionui.vote.record"), e -> {
            refusal.setVisible(false);
            InputErrors.clear(binder);
            VoteRecording recording = InputErrors.record(binder);
            try {
                done.accept(correction ? votes.correct(recording) : votes.record(recording));
            } catch (InvalidInputException refused) {
                InputErrors.show(this, refused, binder, refusal);
            }
        });
        record.addThemeVariants(ButtonVariant.PRIMARY);
        add(method, perParty, perMember, reason, refusal, record);
    }

    private static Map<Long, VoteChoice> choices(
            VoteMethod method, Map<Long, Select<VoteChoice>> parties, Map<Long, Select<VoteChoice>> members) {
        Map<Long, VoteChoice> choices = new HashMap<>();
        Map<Long, Select<VoteChoice>> source = switch (method) {
            case PARTY -> parties;
            case ROLL_CALL -> members;
            case WITHOUT_VOTE -> Map.of();
        };
        source.forEach((id, select) -> {
            if (select.getValue() != null) {
                choices.put(id, select.getValue());
            }
        });
        return choices;
    }

    private Select<VoteChoice> choice(String label, EnumSet<VoteChoice> choices) {
        Select<VoteChoice> select = new Select<>();
        select.setLabel(label);
        select.setItems(choices);
        select.setItemLabelGenerator(c -> getTranslation("motionui.vote.choice." + c.name()));
        return select;
    }
}
