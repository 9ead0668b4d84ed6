package nl.raadsplein.deliberation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.raadsplein.account.ui.LoginView;
import nl.raadsplein.deliberation.Discussion;
import nl.raadsplein.deliberation.DiscussionPhase;
import nl.raadsplein.deliberation.FramingService;
import nl.raadsplein.deliberation.MyVote;
import nl.raadsplein.deliberation.NextStatement;
import nl.raadsplein.deliberation.Stance;
import nl.raadsplein.deliberation.StatementService;
import nl.raadsplein.deliberation.StatementSubmission;
import nl.raadsplein.deliberation.StatementView;
import nl.raadsplein.deliberation.VotingService;
import nl.raadsplein.deliberation.WeightService;
import nl.raadsplein.moderation.ConductRulesService;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.ReportService;
import nl.raadsplein.moderation.ui.PersonalDataWarning;
import nl.raadsplein.moderation.ui.ReportDialog;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.InputErrors;
import org.jspecify.annotations.Nullable;

/**
 * Taking part in an open discussion: one statement at a time with agree, disagree and pass (native buttons, so the
 * keyboard works) and reporting it to the griffie, the progress, the list of one's votes to change one, adding a
 * statement, and weighing the values.
 * A statement someone else adds appears for people who have answered everything.
 */
class TakingPartPanel extends Section {

    private final Discussion discussion;
    private final VotingService voting;
    private final StatementService statements;
    private final WeightService weights;
    private final StatementBroadcaster broadcaster;
    private final ReportService reporting;
    private final ConductRulesService conductRules;
    private final Div current = new Div();
    private final Paragraph progress = new Paragraph();
    private final Section myVotes = new Section();
    private final TextArea newStatement = new TextArea();
    private final Section similar = new Section();
    private final PersonalDataWarning personalData = new PersonalDataWarning(f -> newStatement.focus());
    private final Binder<StatementSubmission> statement = new Binder<>(StatementSubmission.class);
    // Whether the author chose to post personal data anyway; set on each attempt by the warning.
    private final ReadOnlyHasValue<Boolean> personalDataConfirmed = InputErrors.fixed(false);
    private final Paragraph added = new Paragraph();
    private final Map<String, IntegerField> points = new LinkedHashMap<>();
    private final Paragraph total = new Paragraph();
    private @Nullable Registration subscription;

    TakingPartPanel(
            Discussion discussion,
            VotingService voting,
            StatementService statements,
            WeightService weights,
            StatementBroadcaster broadcaster,
            ReportService reporting,
            ConductRulesService conductRules) {
        this.discussion = discussion;
        this.voting = voting;
        this.statements = statements;
        this.weights = weights;
        this.broadcaster = broadcaster;
        this.reporting = reporting;
        this.conductRules = conductRules;
        addClassName("taking-part");
        add(new H2(getTranslation("deliberationui.part.title")));
        if (discussion.phase() != DiscussionPhase.OPEN) {
            add(new Paragraph(getTranslation(
                    "deliberationui.part.phase." + discussion.phase().name())));
            return;
        }
        if (!Actor.current().loggedIn()) {
            add(new Paragraph(
                    new Text(getTranslation("deliberationui.part.login-first") + " "),
                    new RouterLink(getTranslation("deliberationui.part.login"), LoginView.class)));
            return;
        }
        progress.addClassName("progress");
        progress.getElement().setAttribute("aria-live", "polite");
        current.addClassName("current-statement");
        add(progress, current, myVotes);
        if (discussion.residentsMayAdd()) {
            add(addForm());
        }
        add(weightForm());
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (discussion.phase() == DiscussionPhase.OPEN && Actor.current().loggedIn()) {
            subscription = broadcaster.subscribe(this, published -> {
                if (published.discussionId() == discussion.id()) {
                    refresh();
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void refresh() {
        NextStatement next = voting.next(discussion.id());
        progress.setText(getTranslation(
                "deliberationui.part.progress",
                next.progress().voted(),
                next.progress().total()));
        current.removeAll();
        StatementView statement = next.statement();
        if (statement == null) {
            current.add(new Paragraph(getTranslation("deliberationui.part.done")));
        } else {
            Paragraph text = new Paragraph(statement.text());
            text.addClassName("statement-text");
            FlexLayout buttons = new FlexLayout();
            buttons.addClassName("actions");
            for (Stance stance : Stance.values()) {
                Button button = new Button(
                        getTranslation("deliberationui.stance." + stance.name()), e -> vote(statement.id(), stance));
                if (stance == Stance.AGREE) {
                    button.addThemeVariants(ButtonVariant.PRIMARY);
                }
                buttons.add(button);
            }
            Button report = new Button(
                    getTranslation("deliberationui.part.report"),
                    e -> new ReportDialog(
                                    reporting,
                                    ContentRef.statement(statement.id()),
                                    conductRules.conductRules(discussion.consultationId(), getLocale()))
                            .open());
            report.addThemeVariants(ButtonVariant.TERTIARY);
            report.addClassName("report");
            current.add(new H3(getTranslation("deliberationui.part.statement")), text, buttons, new Div(report));
        }
        showMyVotes();
    }

    private void vote(long statementId, Stance stance) {
        try {
            voting.vote(discussion.id(), statementId, stance);
        } catch (InvalidInputException refused) {
            InputErrors.showNotification(getTranslation(refused.messageKey(), refused.arguments()));
        }
        refresh();
        current.getChildren()
                .flatMap(c -> c.getChildren())
                .flatMap(c -> c.getChildren())
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .findFirst()
                .ifPresent(Button::focus);
    }

    private void showMyVotes() {
        myVotes.removeAll();
        List<MyVote> votes = voting.myVotes(discussion.id());
        if (votes.isEmpty()) {
            return;
        }
        myVotes.add(new H3(getTranslation("deliberationui.part.my-votes")));
        UnorderedList list = new UnorderedList();
        list.addClassName("my-votes");
        for (MyVote vote : votes) {
            Select<Stance> stance = new Select<>();
            stance.setItems(Stance.values());
            stance.setItemLabelGenerator(s -> getTranslation("deliberationui.stance." + s.name()));
            stance.setValue(vote.stance());
            stance.setAriaLabel(getTranslation("deliberationui.part.change", vote.text()));
            stance.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    vote(vote.statementId(), e.getValue());
                }
            });
            list.add(new ListItem(new Paragraph(vote.text()), stance));
        }
        myVotes.add(list);
    }

    private Section addForm() {
        newStatement.setLabel(getTranslation("deliberationui.part.add-label"));
        newStatement.setMaxLength(FramingService.STATEMENT_LENGTH);
        newStatement.setHelperText(getTranslation("deliberationui.part.add-help", FramingService.STATEMENT_LENGTH));
        statement.forField(InputErrors.fixed(discussion.id())).bind("discussionId");
        statement.forField(newStatement).bind("text");
        statement.forField(personalDataConfirmed).bind("personalDataConfirmed");
        Button check = new Button(getTranslation("deliberationui.part.add-check"), e -> check());
        similar.addClassName("similar");
        similar.setVisible(false);
        added.getElement().setAttribute("role", "status");
        return new Section(
                new H3(getTranslation("deliberationui.part.add-title")),
                newStatement,
                check,
                similar,
                personalData,
                added);
    }

    private void check() {
        newStatement.setInvalid(false);
        similar.removeAll();
        List<StatementView> alike = statements.similar(discussion.id(), newStatement.getValue());
        if (!alike.isEmpty()) {
            similar.add(new Paragraph(getTranslation("deliberationui.part.similar")));
            UnorderedList list = new UnorderedList();
            alike.forEach(s -> list.add(new ListItem(s.text())));
            similar.add(list);
        }
        Button post = new Button(
                getTranslation(
                        alike.isEmpty() ? "deliberationui.part.add-post" : "deliberationui.part.add-post-anyway"),
                e -> post());
        post.addThemeVariants(ButtonVariant.PRIMARY);
        similar.add(post);
        similar.setVisible(true);
    }

    private void post() {
        personalData.post(
                () -> null,
                newStatement::getValue,
                false,
                confirmed -> {
                    personalDataConfirmed.setValue(confirmed);
                    statements.add(InputErrors.record(statement));
                    boolean waits = discussion.premoderation()
                            || PersonalDataWarning.held(confirmed, null, newStatement.getValue());
                    added.setText(
                            getTranslation(waits ? "deliberationui.part.added-pending" : "deliberationui.part.added"));
                    newStatement.clear();
                    similar.setVisible(false);
                    refresh();
                },
                refused -> InputErrors.show(this, refused, statement));
    }

    private Section weightForm() {
        Section section = new Section(new H3(getTranslation("deliberationui.part.weights-title")));
        section.add(new Paragraph(getTranslation("deliberationui.part.weights-intro")));
        Map<String, Integer> mine = weights.myWeights(discussion.id());
        for (Discussion.Named value : discussion.values()) {
            IntegerField field = new IntegerField(value.name().in(getLocale()));
            field.setMin(0);
            field.setMax(WeightService.TOTAL);
            field.setStepButtonsVisible(true);
            field.setValue(mine.getOrDefault(value.code(), 0));
            field.addValueChangeListener(e -> showTotal());
            points.put(value.code(), field);
            section.add(field);
        }
        total.addClassName("weights-total");
        total.getElement().setAttribute("aria-live", "polite");
        Paragraph saved = new Paragraph();
        saved.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("deliberationui.part.weights-save"), e -> {
            Map<String, Integer> given = new LinkedHashMap<>();
            points.forEach((code, field) -> given.put(code, field.getValue() == null ? 0 : field.getValue()));
            try {
                weights.weigh(discussion.id(), given);
                saved.setText(getTranslation("deliberationui.part.weights-saved"));
            } catch (InvalidInputException refused) {
                saved.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        showTotal();
        section.add(total, save, saved);
        return section;
    }

    private void showTotal() {
        int sum = points.values().stream()
                .mapToInt(f -> f.getValue() == null ? 0 : f.getValue())
                .sum();
        total.setText(getTranslation("deliberationui.part.weights-total", sum, WeightService.TOTAL));
    }
}
