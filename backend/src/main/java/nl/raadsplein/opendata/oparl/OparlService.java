package nl.raadsplein.opendata.oparl;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.raadsplein.motion.MeetingKind;
import nl.raadsplein.motion.MeetingStatus;
import nl.raadsplein.motion.MotionQueries;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.PlatformProperties;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's information as OParl 1.1 objects, for anyone without logging in: only what the motion feature shows
 * the public (motions from submission on, councillors' names and parties). Names of things are in the council's
 * language, Dutch, as the council's own record is.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class OparlService {

    static final String SCHEMA = "https://schema.oparl.org/1.1/";
    static final String COUNCIL = "council";
    static final String COMMITTEE = "committee";
    static final String PARTY = "party-";
    private static final Locale DUTCH = Locale.of("nl");
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    private final OparlRepository oparl;
    private final MotionQueries motions;
    private final PlatformProperties platform;
    private final OparlProperties properties;
    private final MessageSource messages;

    OparlService(
            OparlRepository oparl,
            MotionQueries motions,
            PlatformProperties platform,
            OparlProperties properties,
            MessageSource messages) {
        this.oparl = oparl;
        this.motions = motions;
        this.platform = platform;
        this.properties = properties;
        this.messages = messages;
    }

    @PreAuthorize("permitAll()")
    public OparlSystem system() {
        return new OparlSystem(
                url(OparlPaths.SYSTEM),
                SCHEMA + "System",
                SCHEMA,
                url(OparlPaths.BODIES),
                "Raadsplein",
                platform.link("/"),
                properties.license());
    }

    /** The one body: the municipality, with its council terms. */
    @PreAuthorize("permitAll()")
    public OparlBody body() {
        String body = url(OparlPaths.BODY);
        List<OparlLegislativeTerm> terms = oparl.terms().stream()
                .map(t -> new OparlLegislativeTerm(
                        url(OparlPaths.LEGISLATIVE_TERM + "/" + t.id()),
                        SCHEMA + "LegislativeTerm",
                        body,
                        t.name(),
                        t.startsOn(),
                        t.endsOn(),
                        time(t.createdAt()),
                        time(t.createdAt())))
                .toList();
        return new OparlBody(
                body,
                SCHEMA + "Body",
                url(OparlPaths.SYSTEM),
                properties.bodyName(),
                properties.bodyShortName(),
                platform.link("/"),
                properties.license(),
                url(OparlPaths.ORGANIZATIONS),
                url(OparlPaths.PERSONS),
                url(OparlPaths.MEETINGS),
                url(OparlPaths.PAPERS),
                url(OparlPaths.AGENDA_ITEMS),
                url(OparlPaths.CONSULTATIONS),
                url(OparlPaths.FILES),
                terms,
                organizationUrl(COUNCIL),
                platform.link("/"));
    }

    @PreAuthorize("permitAll()")
    public OparlLegislativeTerm legislativeTerm(long id) {
        String wanted = url(OparlPaths.LEGISLATIVE_TERM + "/" + id);
        return body().legislativeTerm().stream()
                .filter(term -> term.id().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new NoSuchItemException("council term " + id));
    }

    /**
     * The council, its committees and the parties. The council and the committees are no rows and have no times, so a
     * list asked for by time leaves them out; the parties are few and are paged in memory.
     */
    @PreAuthorize("permitAll()")
    public OparlItems<OparlOrganization> organizations(OparlFilter filter, OparlPage page) {
        List<OparlOrganization> all = new ArrayList<>();
        if (filter.none()) {
            all.add(council());
            all.add(committee());
        }
        oparl.parties(filter).forEach(p -> all.add(party(p)));
        int from = Math.min(page.offset(), all.size());
        return new OparlItems<>(all.subList(from, Math.min(from + page.limit(), all.size())), page, all.size());
    }

    /** {@code council}, {@code committee} or {@code party-<id>}. */
    @PreAuthorize("permitAll()")
    public OparlOrganization organization(String key) {
        if (key.equals(COUNCIL)) {
            return council();
        }
        if (key.equals(COMMITTEE)) {
            return committee();
        }
        if (key.startsWith(PARTY)) {
            try {
                long id = Long.parseLong(key.substring(PARTY.length()));
                return party(oparl.party(id).orElseThrow(() -> new NoSuchItemException("party " + id)));
            } catch (NumberFormatException e) {
                throw new NoSuchItemException("organization " + key);
            }
        }
        throw new NoSuchItemException("organization " + key);
    }

    @PreAuthorize("permitAll()")
    public OparlItems<OparlPerson> persons(OparlFilter filter, OparlPage page) {
        return new OparlItems<>(
                oparl.persons(filter, page.offset(), page.limit()).stream()
                        .map(this::person)
                        .toList(),
                page,
                oparl.countPersons(filter));
    }

    @PreAuthorize("permitAll()")
    public OparlPerson person(long id) {
        return person(oparl.person(id).orElseThrow(() -> new NoSuchItemException("person " + id)));
    }

    /** {@code council-<person>}: the councillor's seat; {@code party-<person>}: membership of their party. */
    @PreAuthorize("permitAll()")
    public OparlMembership membership(String key) {
        int dash = key.indexOf('-');
        long personId;
        try {
            personId = Long.parseLong(key.substring(dash + 1));
        } catch (NumberFormatException e) {
            throw new NoSuchItemException("membership " + key);
        }
        String wanted = url(OparlPaths.MEMBERSHIP + "/" + key);
        return person(personId).membership().stream()
                .filter(membership -> membership.id().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new NoSuchItemException("membership " + key));
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

    private OparlOrganization council() {
        return new OparlOrganization(
                organizationUrl(COUNCIL),
                SCHEMA + "Organization",
                url(OparlPaths.BODY),
                text("opendata.oparl.council"),
                null,
                "Gremium",
                text("opendata.oparl.council"),
                null,
                null);
    }

    private OparlOrganization committee() {
        return new OparlOrganization(
                organizationUrl(COMMITTEE),
                SCHEMA + "Organization",
                url(OparlPaths.BODY),
                text("opendata.oparl.committee"),
                null,
                "Gremium",
                text("opendata.oparl.committee"),
                null,
                null);
    }

    private OparlOrganization party(OparlRepository.PartyRow party) {
        return new OparlOrganization(
                organizationUrl(PARTY + party.id()),
                SCHEMA + "Organization",
                url(OparlPaths.BODY),
                party.name(),
                party.abbreviation(),
                "Fraktion",
                text("opendata.oparl.party"),
                time(party.createdAt()),
                time(party.createdAt()));
    }

    private OparlPerson person(OparlRepository.PersonRow person) {
        String id = url(OparlPaths.PERSON + "/" + person.id());
        Long partyId = person.partyId();
        String party = partyId == null ? null : organizationUrl(PARTY + partyId);
        List<OparlMembership> memberships = new ArrayList<>();
        memberships.add(new OparlMembership(
                url(OparlPaths.MEMBERSHIP + "/" + COUNCIL + "-" + person.id()),
                SCHEMA + "Membership",
                id,
                organizationUrl(COUNCIL),
                party,
                true));
        if (party != null) {
            memberships.add(new OparlMembership(
                    url(OparlPaths.MEMBERSHIP + "/" + PARTY + person.id()),
                    SCHEMA + "Membership",
                    id,
                    party,
                    null,
                    true));
        }
        return new OparlPerson(
                id,
                SCHEMA + "Person",
                url(OparlPaths.BODY),
                person.name(),
                memberships,
                time(person.createdAt()),
                time(person.createdAt()));
    }

    private OparlMeeting meeting(OparlRepository.MeetingRow meeting) {
        return new OparlMeeting(
                url(OparlPaths.MEETING + "/" + meeting.id()),
                SCHEMA + "Meeting",
                meeting.title(),
                meetingState(meeting.status()),
                meeting.status() == MeetingStatus.CANCELLED,
                time(meeting.startsAt()),
                List.of(organizationUrl(organizationOf(meeting.kind()))),
                meeting.items().stream().map(this::agendaItem).toList(),
                time(meeting.createdAt()),
                time(meeting.updatedAt()),
                platform.link("/vergaderingen/" + meeting.id()));
    }

    private OparlAgendaItem agendaItem(OparlRepository.ItemRow item) {
        return new OparlAgendaItem(
                url(OparlPaths.AGENDA_ITEM + "/" + item.id()),
                SCHEMA + "AgendaItem",
                url(OparlPaths.MEETING + "/" + item.meetingId()),
                Integer.toString(item.position()),
                item.position(),
                item.title(),
                true,
                time(item.createdAt()),
                time(item.updatedAt()));
    }

    private OparlPaper paper(OparlRepository.PaperRow motion) {
        Long amends = motion.amends();
        return new OparlPaper(
                paperUrl(motion.id()),
                SCHEMA + "Paper",
                url(OparlPaths.BODY),
                motion.title(),
                Long.toString(motion.id()),
                motion.createdAt().atZone(MUNICIPALITY).toLocalDate(),
                text("motion.type." + motion.type().name()),
                amends == null ? List.of() : List.of(paperUrl(amends)),
                motion.amendments().stream().map(this::paperUrl).toList(),
                file(motion),
                motion.originators().stream()
                        .map(id -> url(OparlPaths.PERSON + "/" + id))
                        .toList(),
                motion.parties().stream().map(id -> organizationUrl(PARTY + id)).toList(),
                consultation(motion),
                time(motion.createdAt()),
                time(motion.modifiedAt()),
                platform.link("/moties/" + motion.id()));
    }

    private List<OparlConsultation> consultation(OparlRepository.PaperRow motion) {
        OparlRepository.Placement placement = motion.placement();
        if (placement == null) {
            return List.of();
        }
        return List.of(new OparlConsultation(
                url(OparlPaths.CONSULTATION + "/" + motion.id()),
                SCHEMA + "Consultation",
                paperUrl(motion.id()),
                url(OparlPaths.AGENDA_ITEM + "/" + placement.itemId()),
                url(OparlPaths.MEETING + "/" + placement.meetingId()),
                List.of(organizationUrl(organizationOf(placement.kind()))),
                placement.kind() == MeetingKind.COUNCIL,
                time(motion.createdAt()),
                time(motion.modifiedAt())));
    }

    private OparlFile file(OparlRepository.PaperRow motion) {
        String id = url(OparlPaths.FILE + "/" + motion.id());
        return new OparlFile(
                id,
                SCHEMA + "File",
                motion.title(),
                fileName(motion),
                "application/pdf",
                id + OparlPaths.FILE_CONTENT,
                id + OparlPaths.FILE_DOWNLOAD,
                List.of(paperUrl(motion.id())),
                time(motion.createdAt()),
                time(motion.modifiedAt()));
    }

    private static String fileName(OparlRepository.PaperRow motion) {
        return "motie-" + motion.id() + "-v" + motion.version() + ".pdf";
    }

    private static String organizationOf(MeetingKind kind) {
        return kind == MeetingKind.COUNCIL ? COUNCIL : COMMITTEE;
    }

    // OParl leaves the state free text; ORI's codes (docs/adr/0012) are what an export maps with a fixed table.
    private static String meetingState(MeetingStatus status) {
        return status.name();
    }

    private String paperUrl(long id) {
        return url(OparlPaths.PAPER + "/" + id);
    }

    private String organizationUrl(String key) {
        return url(OparlPaths.ORGANIZATION + "/" + key);
    }

    private String url(String path) {
        return platform.link(path);
    }

    private String text(String key) {
        return messages.getMessage(key, null, DUTCH);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atZone(MUNICIPALITY).toOffsetDateTime();
    }
}
