package nl.raadsplein.opendata.oparl;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.raadsplein.motion.MeetingKind;
import nl.raadsplein.motion.MeetingStatus;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.platform.NoSuchItemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's business as OParl 1.1 objects, for anyone without logging in: meetings with their agenda items, and
 * the motions and amendments the motion feature shows the public (from submission on) as papers, consultations and
 * files with the motion's PDF.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class OparlBusinessService {

    private static final Locale DUTCH = Locale.of("nl");
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    private final OparlRepository oparl;
    private final OparlLinks links;
    private final MotionQueries motions;

    OparlBusinessService(OparlRepository oparl, OparlLinks links, MotionQueries motions) {
        this.oparl = oparl;
        this.links = links;
        this.motions = motions;
    }

    @PreAuthorize("permitAll()")
    public OparlItems<OparlMeeting> meetings(OparlFilter filter, OparlPage page) {
        return new OparlItems<>(
                oparl.meetings(filter, page.offset(), page.limit()).stream()
                        .map(this::meeting)
                        .toList(),
                page,
                oparl.countMeetings(filter));
    }

    @PreAuthorize("permitAll()")
    public OparlMeeting meeting(long id) {
        return meeting(oparl.meeting(id).orElseThrow(() -> new NoSuchItemException("meeting " + id)));
    }

    @PreAuthorize("permitAll()")
    public OparlItems<OparlAgendaItem> agendaItems(OparlFilter filter, OparlPage page) {
        return new OparlItems<>(
                oparl.items(filter, page.offset(), page.limit()).stream()
                        .map(this::agendaItem)
                        .toList(),
                page,
                oparl.countItems(filter));
    }

    @PreAuthorize("permitAll()")
    public OparlAgendaItem agendaItem(long id) {
        return agendaItem(oparl.item(id).orElseThrow(() -> new NoSuchItemException("agenda item " + id)));
    }

    /** Public motions and amendments; a draft is never one. */
    @PreAuthorize("permitAll()")
    public OparlItems<OparlPaper> papers(OparlFilter filter, OparlPage page) {
        return new OparlItems<>(
                oparl.papers(filter, false, page.offset(), page.limit()).stream()
                        .map(this::paper)
                        .toList(),
                page,
                oparl.countPapers(filter, false));
    }

    @PreAuthorize("permitAll()")
    public OparlPaper paper(long id) {
        return paper(publicMotion(id));
    }

    /** The public motions that were submitted to an agenda item, one consultation each. */
    @PreAuthorize("permitAll()")
    public OparlItems<OparlConsultation> consultations(OparlFilter filter, OparlPage page) {
        return new OparlItems<>(
                oparl.papers(filter, true, page.offset(), page.limit()).stream()
                        .map(this::consultation)
                        .flatMap(List::stream)
                        .toList(),
                page,
                oparl.countPapers(filter, true));
    }

    @PreAuthorize("permitAll()")
    public OparlConsultation consultation(long id) {
        return consultation(publicMotion(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NoSuchItemException("consultation " + id));
    }

    @PreAuthorize("permitAll()")
    public OparlItems<OparlFile> files(OparlFilter filter, OparlPage page) {
        return new OparlItems<>(
                oparl.papers(filter, false, page.offset(), page.limit()).stream()
                        .map(this::file)
                        .toList(),
                page,
                oparl.countPapers(filter, false));
    }

    @PreAuthorize("permitAll()")
    public OparlFile file(long id) {
        return file(publicMotion(id));
    }

    /** The public motion's current text as the council's PDF, in the council's language, with its file name. */
    @PreAuthorize("permitAll()")
    public OparlPdf pdf(long id) {
        OparlRepository.PaperRow motion = publicMotion(id);
        return new OparlPdf(fileName(motion), motions.pdf(id, motion.version(), DUTCH));
    }

    private OparlRepository.PaperRow publicMotion(long id) {
        return oparl.paper(id).orElseThrow(() -> new NoSuchItemException("motion " + id));
    }

    private OparlMeeting meeting(OparlRepository.MeetingRow meeting) {
        return new OparlMeeting(
                links.url(OparlPaths.MEETING + "/" + meeting.id()),
                OparlLinks.SCHEMA + "Meeting",
                meeting.title(),
                meetingState(meeting.status()),
                meeting.status() == MeetingStatus.CANCELLED,
                OparlLinks.time(meeting.startsAt()),
                List.of(links.organizationUrl(OparlLinks.organizationOf(meeting.kind()))),
                meeting.items().stream().map(this::agendaItem).toList(),
                OparlLinks.time(meeting.createdAt()),
                OparlLinks.time(meeting.updatedAt()),
                links.url("/vergaderingen/" + meeting.id()));
    }

    private OparlAgendaItem agendaItem(OparlRepository.ItemRow item) {
        return new OparlAgendaItem(
                links.url(OparlPaths.AGENDA_ITEM + "/" + item.id()),
                OparlLinks.SCHEMA + "AgendaItem",
                links.url(OparlPaths.MEETING + "/" + item.meetingId()),
                Integer.toString(item.position()),
                item.position(),
                item.title(),
                true,
                OparlLinks.time(item.createdAt()),
                OparlLinks.time(item.updatedAt()));
    }

    private OparlPaper paper(OparlRepository.PaperRow motion) {
        Long amends = motion.amends();
        return new OparlPaper(
                links.paperUrl(motion.id()),
                OparlLinks.SCHEMA + "Paper",
                links.url(OparlPaths.BODY),
                motion.title(),
                Long.toString(motion.id()),
                motion.createdAt().atZone(MUNICIPALITY).toLocalDate(),
                links.text("motion.type." + motion.type().name()),
                amends == null ? List.of() : List.of(links.paperUrl(amends)),
                motion.amendments().stream().map(links::paperUrl).toList(),
                file(motion),
                motion.originators().stream()
                        .map(id -> links.url(OparlPaths.PERSON + "/" + id))
                        .toList(),
                motion.parties().stream()
                        .map(id -> links.organizationUrl(OparlLinks.PARTY + id))
                        .toList(),
                consultation(motion),
                OparlLinks.time(motion.createdAt()),
                OparlLinks.time(motion.modifiedAt()),
                links.url("/moties/" + motion.id()));
    }

    private List<OparlConsultation> consultation(OparlRepository.PaperRow motion) {
        OparlRepository.Placement placement = motion.placement();
        if (placement == null) {
            return List.of();
        }
        return List.of(new OparlConsultation(
                links.url(OparlPaths.CONSULTATION + "/" + motion.id()),
                OparlLinks.SCHEMA + "Consultation",
                links.paperUrl(motion.id()),
                links.url(OparlPaths.AGENDA_ITEM + "/" + placement.itemId()),
                links.url(OparlPaths.MEETING + "/" + placement.meetingId()),
                List.of(links.organizationUrl(OparlLinks.organizationOf(placement.kind()))),
                placement.kind() == MeetingKind.COUNCIL,
                OparlLinks.time(motion.createdAt()),
                OparlLinks.time(motion.modifiedAt())));
    }

    private OparlFile file(OparlRepository.PaperRow motion) {
        String id = links.url(OparlPaths.FILE + "/" + motion.id());
        return new OparlFile(
                id,
                OparlLinks.SCHEMA + "File",
                motion.title(),
                fileName(motion),
                "application/pdf",
                id + OparlPaths.FILE_CONTENT,
                id + OparlPaths.FILE_DOWNLOAD,
                List.of(links.paperUrl(motion.id())),
                OparlLinks.time(motion.createdAt()),
                OparlLinks.time(motion.modifiedAt()));
    }

    private static String fileName(OparlRepository.PaperRow motion) {
        return "motie-" + motion.id() + "-v" + motion.version() + ".pdf";
    }

    // OParl leaves the state free text; ORI's codes (docs/adr/0012) are what an export maps with a fixed table.
    private static String meetingState(MeetingStatus status) {
        return status.name();
    }
}
