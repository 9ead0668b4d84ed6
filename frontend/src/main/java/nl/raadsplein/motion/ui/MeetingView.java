package nl.raadsplein.motion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.motion.AgendaItemDraft;
import nl.raadsplein.motion.Meeting;
import nl.raadsplein.motion.MeetingService;
import nl.raadsplein.motion.MeetingStatus;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;
import nl.raadsplein.ui.RouteIds;

/** One meeting: when and where, its status, and its agenda in order with the motions on each item. */
@Route(MeetingView.ROUTE)
@AnonymousAllowed
public class MeetingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "vergaderingen/:id";
    public static final String ID = "id";

    private final MeetingService meetings;
    private final AgendaService agenda;
    private final boolean griffier;
    private String title = "";

    public MeetingView(MeetingService meetings, AgendaService agenda, AuthenticationContext authentication) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.griffier = authentication.hasRole("GRIFFIER");
        addClassName("meeting");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get(ID).orElse(""));
        try {
            show(meetings.meeting(id));
        } catch (NoSuchItemException e) {
            throw new NotFoundException();
        }
    }

    private void show(Meeting meeting) {
        removeAll();
        title = meeting.title();
        add(new RouterLink(getTranslation("motionui.meetings.all"), MeetingsView.class));
        add(new H1(meeting.title()));
        Paragraph facts = new Paragraph(
                getTranslation("motionui.meeting.kind." + meeting.kind().name()) + " · "
                        + Formats.dateTime(meeting.startsAt(), getLocale()) + " · " + meeting.place());
        facts.addClassName("meta");
        Paragraph status = new Paragraph(getTranslation(
                "motionui.meeting.status-line",
                getTranslation("motionui.meeting.status." + meeting.status().name())));
        status.addClassName("state");
        add(facts, status);

        Map<String, String> themes = MotionUi.themes(agenda, getLocale());
        OrderedList items = new OrderedList();
        items.addClassName("agenda-items");
        for (Meeting.AgendaItem item : meeting.items()) {
            ListItem entry = new ListItem(new H3(item.title()));
            if (!item.themeCodes().isEmpty()) {
                entry.add(new Paragraph(getTranslation(
                        "motionui.meeting.item-themes",
                        String.join(
                                ", ",
                                item.themeCodes().stream()
                                        .map(c -> themes.getOrDefault(c, c))
                                        .toList()))));
            }
            if (!item.motions().isEmpty()) {
                UnorderedList motions = new UnorderedList();
                item.motions().forEach(m -> motions.add(MotionUi.item(this, m)));
                entry.add(motions);
            }
            items.add(entry);
        }
        Section agendaSection = new Section(new H2(getTranslation("motionui.meeting.agenda")));
        if (meeting.items().isEmpty()) {
            agendaSection.add(new Paragraph(getTranslation("motionui.meeting.no-items")));
        } else {
            agendaSection.add(items);
        }
        add(agendaSection);
        if (griffier) {
            add(griffierTools(meeting));
        }
    }

    private Section griffierTools(Meeting meeting) {
        Section tools = new Section(new H2(getTranslation("motionui.meeting.manage")));
        if (meeting.status() == MeetingStatus.PLANNED) {
            TextField itemTitle = new TextField(getTranslation("motionui.meeting.item-title"));
            itemTitle.setMaxLength(MeetingService.ITEM_TITLE_LENGTH);
            MultiSelectComboBox<String> themes = MotionUi.themeField(this, agenda, getLocale());
            Binder<AgendaItemDraft> binder = new Binder<>(AgendaItemDraft.class);
            binder.forField(itemTitle).bind("title");
            binder.forField(themes)
                    .withConverter(ArrayList::new, codes -> codes == null ? null : new LinkedHashSet<>(codes))
                    .bind("themeCodes");
            Button add = new Button(getTranslation("motionui.meeting.add-item"), e -> {
                InputErrors.clear(binder);
                try {
                    meetings.addItem(meeting.id(), InputErrors.record(binder));
                } catch (InvalidInputException refused) {
                    InputErrors.show(this, refused, binder);
                    return;
                }
                InputErrors.confirm(getTranslation("motionui.meeting.item-added"));
                show(meetings.meeting(meeting.id()));
            });
            add.addThemeVariants(ButtonVariant.PRIMARY);
            tools.add(new FormLayout(itemTitle, themes), add);
        }
        Select<MeetingStatus> status = new Select<>();
        status.setLabel(getTranslation("motionui.meeting.status"));
        status.setItems(MeetingStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("motionui.meeting.status." + s.name()));
        status.setValue(meeting.status());
        Button save = new Button(getTranslation("motionui.meeting.save-status"), e -> {
            meetings.setStatus(meeting.id(), status.getValue(), meeting.version());
            InputErrors.confirm(getTranslation("motionui.meeting.status-saved"));
            show(meetings.meeting(meeting.id()));
        });
        tools.add(new FormLayout(status), save);
        return tools;
    }

    @Override
    public String getPageTitle() {
        return title + " | Raadsplein";
    }
}
