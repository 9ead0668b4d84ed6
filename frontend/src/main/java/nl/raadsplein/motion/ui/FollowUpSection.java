package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.raadsplein.motion.FollowUp;
import nl.raadsplein.motion.FollowUpChange;
import nl.raadsplein.motion.FollowUpDraft;
import nl.raadsplein.motion.FollowUpService;
import nl.raadsplein.motion.FollowUpStatus;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;

/**
 * The follow-up of an adopted motion on its page: what the executive promised, by whom and when, each update, and
 * whether it is overdue; the griffie records promises and updates here.
 */
class FollowUpSection extends Section {

    private final FollowUpService followUps;
    private final long motionId;
    private final boolean griffier;
    private final boolean adopted;
    private final Map<Long, FollowUpChange> conflicted = new HashMap<>();

    FollowUpSection(FollowUpService followUps, long motionId, boolean adopted, boolean griffier) {
        this.followUps = followUps;
        this.motionId = motionId;
        this.griffier = griffier;
        this.adopted = adopted;
        addClassName("follow-ups");
        add(new H2(getTranslation("motionui.followup.title")));
        show();
    }

    private void show() {
        getChildren()
                .filter(c -> c instanceof Article || c.hasClassName("follow-up-none") || c.hasClassName("promise-form"))
                .toList()
                .forEach(this::remove);
        List<FollowUp> all = followUps.forMotion(motionId);
        if (all.isEmpty()) {
            Paragraph none =
                    new Paragraph(getTranslation(adopted ? "motionui.followup.none" : "motionui.followup.not-adopted"));
            none.addClassName("follow-up-none");
            add(none);
        }
        all.forEach(f -> add(followUp(f)));
        if (griffier && adopted) {
            add(promiseForm());
        }
    }

    private Article followUp(FollowUp followUp) {
        Article article = new Article();
        article.addClassName("follow-up");
        article.add(new H3(followUp.promise()));
        Paragraph facts = new Paragraph(getTranslation(
                "motionui.followup.facts",
                followUp.owner(),
                Formats.date(followUp.dueOn(), getLocale()),
                status(followUp.status())));
        article.add(facts);
        if (followUp.overdue()) {
            Span overdue = new Span(getTranslation("motionui.followup.overdue"));
            overdue.addClassName("overdue");
            article.add(new Paragraph(overdue));
        }
        if (followUp.doneOn() != null) {
            article.add(new Paragraph(
                    getTranslation("motionui.followup.done-on", Formats.date(followUp.doneOn(), getLocale()))));
        }
        if (!followUp.updates().isEmpty()) {
            UnorderedList updates = new UnorderedList();
            updates.addClassName("follow-up-updates");
            for (FollowUp.Update update : followUp.updates()) {
                updates.add(new ListItem(getTranslation(
                        "motionui.followup.update",
                        Formats.dateTime(update.recordedAt(), getLocale()),
                        update.recordedBy(),
                        status(update.status()),
                        Formats.date(update.dueOn(), getLocale()),
                        update.note())));
            }
            article.add(updates);
        }
        if (griffier) {
            article.add(updateForm(followUp));
        }
        return article;
    }

    private String status(FollowUpStatus status) {
        return getTranslation("motionui.followup.status." + status.name());
    }

    private Section promiseForm() {
        TextArea promise = new TextArea(getTranslation("motionui.followup.promise"));
        promise.setMaxLength(FollowUpService.PROMISE_LENGTH);
        TextField owner = new TextField(getTranslation("motionui.followup.owner"));
        owner.setMaxLength(FollowUpService.OWNER_LENGTH);
        owner.setHelperText(getTranslation("motionui.followup.owner-help"));
        DatePicker dueOn = new DatePicker(getTranslation("motionui.followup.due-on"));
        Binder<FollowUpDraft> binder = new Binder<>(FollowUpDraft.class);
        binder.forField(promise).bind("promise");
        binder.forField(owner).bind("owner");
        binder.forField(dueOn).bind("dueOn");
        Button record = new Button(getTranslation("motionui.followup.record"), e -> {
            InputErrors.clear(binder);
            try {
                followUps.promise(motionId, InputErrors.record(binder));
            } catch (InvalidInputException refused) {
                InputErrors.show(this, refused, binder);
                return;
            }
            InputErrors.confirm(getTranslation("motionui.followup.recorded"));
            show();
        });
        record.addThemeVariants(ButtonVariant.PRIMARY);
        Section form = new Section(
                new H3(getTranslation("motionui.followup.new")), new FormLayout(promise, owner, dueOn), record);
        form.addClassName("promise-form");
        return form;
    }

    /**
     * The update form. After a refusal because someone else updated the follow-up meanwhile, the section shows the
     * new state and this form again holds what the griffier had entered, with the refusal on the note.
     */
    private Section updateForm(FollowUp followUp) {
        FollowUpChange entered = conflicted.remove(followUp.id());
        Select<FollowUpStatus> status = new Select<>();
        status.setLabel(getTranslation("motionui.followup.new-status"));
        status.setItems(FollowUpStatus.values());
        status.setItemLabelGenerator(this::status);
        status.setValue(entered == null || entered.status() == null ? followUp.status() : entered.status());
        DatePicker dueOn = new DatePicker(
                getTranslation("motionui.followup.due-on"),
                entered == null || entered.dueOn() == null ? followUp.dueOn() : entered.dueOn());
        TextArea note = new TextArea(getTranslation("motionui.followup.note"));
        note.setMaxLength(FollowUpService.NOTE_LENGTH);
        if (entered != null) {
            note.setValue(entered.note() == null ? "" : entered.note());
            note.setErrorMessage(getTranslation("motion.error.follow-up-changed"));
            note.setInvalid(true);
        }
        Binder<FollowUpChange> binder = new Binder<>(FollowUpChange.class);
        binder.forField(InputErrors.fixed(followUp.id())).bind("followUpId");
        binder.forField(InputErrors.fixed(followUp.version())).bind("version");
        binder.forField(status).bind("status");
        binder.forField(dueOn).bind("dueOn");
        binder.forField(note).bind("note");
        Button save = new Button(getTranslation("motionui.followup.save-update"), e -> {
            InputErrors.clear(binder);
            FollowUpChange change = InputErrors.record(binder);
            try {
                followUps.update(change);
            } catch (InvalidInputException refused) {
                if (refused.messageKey().equals("motion.error.follow-up-changed")) {
                    conflicted.put(followUp.id(), change);
                    show();
                } else {
                    InputErrors.show(this, refused, binder);
                }
                return;
            }
            InputErrors.confirm(getTranslation("motionui.followup.updated"));
            show();
        });
        save.getElement()
                .setAttribute("aria-label", getTranslation("motionui.followup.save-update-for", followUp.promise()));
        Section form = new Section(new FormLayout(status, dueOn, note), save);
        form.addClassName("follow-up-form");
        return form;
    }
}
