package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.LocalDateTime;
import java.util.List;
import nl.raadsplein.motion.MeetingDraft;
import nl.raadsplein.motion.MeetingKind;
import nl.raadsplein.motion.MeetingService;
import nl.raadsplein.motion.MeetingSummary;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;

/** The council's and committees' meetings, newest first; the griffier plans new ones here. */
@Route("vergaderingen")
@AnonymousAllowed
public class MeetingsView extends Div implements HasDynamicTitle {

    static final int PAGE = 50;

    private final MeetingService meetings;
    private final UnorderedList list = new UnorderedList();

    public MeetingsView(MeetingService meetings, AuthenticationContext authentication) {
        this.meetings = meetings;
        add(
                new H1(getTranslation("motionui.meetings.title")),
                new Paragraph(getTranslation("motionui.meetings.intro")));
        list.addClassName("meetings");
        add(list);
        if (authentication.hasRole("GRIFFIER")) {
            add(planForm());
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<MeetingSummary> all = meetings.meetings(0, PAGE);
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("motionui.meetings.none")));
        }
        for (MeetingSummary meeting : all) {
            list.add(new ListItem(
                    new RouterLink(meeting.title(), MeetingView.class, MeetingView.parameters(meeting.id())),
                    new Span(" · " + Formats.dateTime(meeting.startsAt(), getLocale()) + " · " + meeting.place() + " · "
                            + getTranslation("motionui.meeting.status."
                                    + meeting.status().name()))));
        }
    }

    private Section planForm() {
        Select<MeetingKind> kind = new Select<>();
        kind.setLabel(getTranslation("motionui.meeting.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("motionui.meeting.kind." + k.name()));
        kind.setValue(MeetingKind.COUNCIL);
        TextField title = new TextField(getTranslation("motionui.meeting.title-field"));
        title.setMaxLength(MeetingService.TITLE_LENGTH);
        DateTimePicker startsAt = new DateTimePicker(getTranslation("motionui.meeting.starts-at"));
        startsAt.setLocale(getLocale());
        TextField place = new TextField(getTranslation("motionui.meeting.place"));
        place.setMaxLength(MeetingService.PLACE_LENGTH);
        Binder<MeetingDraft> binder = new Binder<>(MeetingDraft.class);
        binder.forField(kind).bind("kind");
        binder.forField(title).bind("title");
        binder.forField(startsAt)
                .withConverter(
                        (LocalDateTime local) -> local == null
                                ? null
                                : local.atZone(Formats.MUNICIPALITY).toInstant(),
                        instant -> instant == null ? null : LocalDateTime.ofInstant(instant, Formats.MUNICIPALITY))
                .bind("startsAt");
        binder.forField(place).bind("place");
        Button plan = new Button(getTranslation("motionui.meetings.plan"), e -> {
            InputErrors.clear(binder);
            try {
                long id = meetings.plan(InputErrors.record(binder));
                getUI().ifPresent(ui -> ui.navigate(MeetingView.class, MeetingView.parameters(id)));
            } catch (InvalidInputException refused) {
                InputErrors.show(this, refused, binder);
            }
        });
        plan.addThemeVariants(ButtonVariant.PRIMARY);
        return new Section(
                new H2(getTranslation("motionui.meetings.plan-title")),
                new FormLayout(kind, title, startsAt, place),
                plan);
    }

    @Override
    public String getPageTitle() {
        return MotionUi.title(this, "motionui.meetings.title");
    }
}
