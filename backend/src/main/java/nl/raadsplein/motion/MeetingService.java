package nl.raadsplein.motion;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import nl.raadsplein.agenda.AgendaService;
import nl.raadsplein.platform.Actor;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.TextInput;
import nl.raadsplein.platform.internal.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Council and committee meetings with their agenda: planned and kept by the griffier, read by everyone. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('GRIFFIER')")
public class MeetingService {

    public static final int TITLE_LENGTH = 150;
    public static final int PLACE_LENGTH = 200;
    public static final int ITEM_TITLE_LENGTH = 200;
    /** The municipality's time zone, in which a meeting's day decides its council term. */
    static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    private final MeetingRepository meetings;
    private final TermRepository terms;
    private final AgendaService agenda;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingService(
            MeetingRepository meetings, TermRepository terms, AgendaService agenda, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.terms = terms;
        this.agenda = agenda;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    public List<MeetingSummary> meetings(int offset, int limit) {
        return meetings.meetings(Math.max(0, offset), Math.clamp(limit, 0, 100));
    }

    @PreAuthorize("permitAll()")
    public int count() {
        return meetings.count();
    }

    /** Meetings are public: whether one exists, without loading its agenda. */
    @PreAuthorize("permitAll()")
    public boolean exists(long id) {
        return meetings.exists(id);
    }

    @PreAuthorize("permitAll()")
    public Meeting meeting(long id) {
        return meetings.meeting(id).orElseThrow(() -> new NoSuchItemException("meeting " + id));
    }

    @PreAuthorize("hasRole('GRIFFIER')")
    @Transactional
    public long plan(@Nullable MeetingDraft draft) {
        if (draft == null || draft.kind() == null) {
            throw new InvalidInputException("kind", "error.required");
        }
        String title = TextInput.line("title", draft.title(), TITLE_LENGTH);
        if (draft.startsAt() == null) {
            throw new InvalidInputException("startsAt", "error.required");
        }
        String place = TextInput.line("place", draft.place(), PLACE_LENGTH);
        long termId = terms.termOn(draft.startsAt().atZone(MUNICIPALITY).toLocalDate())
                .orElseThrow(() -> new InvalidInputException("startsAt", "motion.error.no-term"));
        long actor = Actor.currentAccountId();
        long id = meetings.insert(
                termId, new MeetingDraft(draft.kind(), title, draft.startsAt(), place), actor, clock.instant());
        audit.record(actor, "MEETING_PLANNED", "MEETING", id, null, title);
        return id;
    }

    @PreAuthorize("hasRole('GRIFFIER')")
    @Transactional
    public long addItem(long meetingId, @Nullable AgendaItemDraft draft) {
        Meeting meeting = meeting(meetingId);
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new InvalidInputException("title", "motion.error.meeting-not-planned");
        }
        String title = TextInput.line("title", draft == null ? null : draft.title(), ITEM_TITLE_LENGTH);
        List<String> themes = draft == null || draft.themeCodes() == null
                ? List.of()
                : draft.themeCodes().stream().distinct().sorted().toList();
        for (String code : themes) {
            if (code == null || !agenda.themeExists(code)) {
                throw new InvalidInputException("themeCodes", "motion.error.unknown-theme");
            }
        }
        return meetings.addItem(meetingId, title, themes, clock.instant());
    }

    /** Marks a meeting held or cancelled (or planned again); {@code version} is the one the griffier saw. */
    @PreAuthorize("hasRole('GRIFFIER')")
    @Transactional
    public void setStatus(long meetingId, @Nullable MeetingStatus status, int version) {
        if (status == null) {
            throw new InvalidInputException("status", "error.required");
        }
        meeting(meetingId);
        meetings.setStatus(meetingId, status, version, clock.instant());
        audit.record(Actor.currentAccountId(), "MEETING_STATUS", "MEETING", meetingId, null, status.name());
    }
}
