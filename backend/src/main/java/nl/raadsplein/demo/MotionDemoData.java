package nl.raadsplein.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Party;
import nl.raadsplein.account.PartyService;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.consultation.ConsultationFilter;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSummary;
import nl.raadsplein.deliberation.DiscussionService;
import nl.raadsplein.motion.AgendaItemDraft;
import nl.raadsplein.motion.Citation;
import nl.raadsplein.motion.CitationKind;
import nl.raadsplein.motion.CouncilTermService;
import nl.raadsplein.motion.FollowUpChange;
import nl.raadsplein.motion.FollowUpDraft;
import nl.raadsplein.motion.FollowUpService;
import nl.raadsplein.motion.FollowUpStatus;
import nl.raadsplein.motion.MeetingDraft;
import nl.raadsplein.motion.MeetingKind;
import nl.raadsplein.motion.MeetingService;
import nl.raadsplein.motion.MeetingStatus;
import nl.raadsplein.motion.MotionDraft;
import nl.raadsplein.motion.MotionLifecycle;
import nl.raadsplein.motion.MotionService;
import nl.raadsplein.motion.MotionType;
import nl.raadsplein.motion.TermDraft;
import nl.raadsplein.motion.VoteChoice;
import nl.raadsplein.motion.VoteMethod;
import nl.raadsplein.motion.VoteRecording;
import nl.raadsplein.motion.VoteService;
import nl.raadsplein.proposal.ProposalQuery;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ProposalSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The council at work (J4, J5): the 2026-2030 term with each party's seats, a meeting held two weeks ago at which
 * Francis's motion on rating neighbours, co-signed by Noor of another party and citing a demo proposal, was
 * adopted per party, and the next meeting, planned. Added once: nothing is added when a council term exists.
 */
@Component
@Profile("demo")
@Order(5)
class MotionDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MotionDemoData.class);

    static final String TERM = "Raadsperiode 2026-2030";
    static final String MOTION = "Geen ranglijsten van buren zonder spelregels";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl")).withZone(ZONE);
    static final String CITED = "Een gedragscode voor lokale platforms";
    private static final Map<String, Integer> SEATS = new LinkedHashMap<>();

    static {
        SEATS.put("IB", 9);
        SEATS.put("PIJ", 7);
        SEATS.put("LIJ", 6);
        SEATS.put("CVIJ", 4);
        SEATS.put("GDI", 3);
    }

    private static final Map<String, VoteChoice> VOTE = Map.of(
            "IB", VoteChoice.FOR,
            "PIJ", VoteChoice.FOR,
            "LIJ", VoteChoice.AGAINST,
            "CVIJ", VoteChoice.AGAINST,
            "GDI", VoteChoice.FOR);

    private static final String GRIFFIER = "griffier@ijssellanden.example";
    private static final String FRANCIS = "raadslid@ijssellanden.example";
    private static final String NOOR = "raadslid2@ijssellanden.example";

    private final CouncilTermService terms;
    private final MeetingService meetings;
    private final MotionService motions;
    private final MotionLifecycle lifecycle;
    private final VoteService votes;
    private final FollowUpService followUps;
    private final PartyService parties;
    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final DiscussionService discussions;
    private final UserDetailsService users;
    private final Clock clock;

    MotionDemoData(
            CouncilTermService terms,
            MeetingService meetings,
            MotionService motions,
            MotionLifecycle lifecycle,
            VoteService votes,
            FollowUpService followUps,
            PartyService parties,
            ConsultationService consultations,
            ProposalService proposals,
            DiscussionService discussions,
            UserDetailsService users,
            Clock clock) {
        this.terms = terms;
        this.meetings = meetings;
        this.motions = motions;
        this.lifecycle = lifecycle;
        this.votes = votes;
        this.followUps = followUps;
        this.parties = parties;
        this.consultations = consultations;
        this.proposals = proposals;
        this.discussions = discussions;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!terms.terms().isEmpty()) {
            LOG.info("Demo council present: a council term exists");
            return;
        }
        Map<String, Long> partyIds = new LinkedHashMap<>();
        for (Party party : parties.parties()) {
            partyIds.put(party.abbreviation(), party.id());
        }
        long term = as(GRIFFIER, () -> {
            long id = terms.createTerm(new TermDraft(TERM, LocalDate.of(2026, 3, 30), LocalDate.of(2030, 3, 28)));
            Map<Long, Integer> seats = new LinkedHashMap<>();
            SEATS.forEach((abbreviation, count) -> seats.put(partyIds.get(abbreviation), count));
            terms.setSeats(id, seats);
            return id;
        });
        Instant now = clock.instant();
        Instant held =
                now.minus(Duration.ofDays(14)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(18));
        long heldMeeting = as(
                GRIFFIER,
                () -> meetings.plan(new MeetingDraft(MeetingKind.COUNCIL, title(held), held, "Raadzaal, stadhuis")));
        long heldItem = as(
                GRIFFIER,
                () -> meetings.addItem(
                        heldMeeting,
                        new AgendaItemDraft("Moties vreemd aan de orde van de dag", List.of("3A.1", "3A.2"))));

        ConsultationSummary ratings = consultations.list(ConsultationFilter.ALL, 0, 500).stream()
                .filter(c -> c.title().equals(ParticipationDemoData.RATINGS))
                .findFirst()
                .orElseThrow();
        ProposalSummary cited = proposals.find(ProposalQuery.of(ratings.id(), 1L), 0, 50).stream()
                .filter(p -> p.title().equals(CITED))
                .findFirst()
                .orElseThrow();
        long discussion = discussions.citable(100).stream()
                .filter(d -> d.question().equals(DeliberationDemoData.QUESTION))
                .findFirst()
                .orElseThrow()
                .id();
        long motion = as(
                FRANCIS,
                () -> motions.draft(new MotionDraft(
                        MotionType.MOTION,
                        MOTION,
                        List.of(
                                "op lokale platforms inwoners elkaar met sterren en tekst beoordelen, met naam en toenaam",
                                "inwoners in de raadpleging over beoordelingsplatforms om een gedragscode vragen"),
                        List.of(
                                "vertrouwen tussen buren een publieke waarde is die de gemeente mag beschermen",
                                "een verbod ook de oppassers en eigenaren treft die het goed doen"),
                        List.of(
                                "met de platforms in IJssellanden een gedragscode op te stellen, samen met inwoners",
                                "de raad voor de zomer te informeren over de afspraken"),
                        null,
                        null,
                        null,
                        List.of(
                                new Citation(CitationKind.CONSULTATION, ratings.id()),
                                new Citation(CitationKind.PROPOSAL, cited.id()),
                                new Citation(CitationKind.DISCUSSION, discussion)),
                        List.of("3A.1", "3A.2"))));
        long noor = ((AccountPrincipal) users.loadUserByUsername(NOOR)).accountId();
        as(FRANCIS, () -> {
            motions.invite(motion, noor);
            return null;
        });
        as(NOOR, () -> {
            motions.respond(motion, true);
            return null;
        });
        as(FRANCIS, () -> {
            lifecycle.submit(motion, heldItem);
            return null;
        });
        as(GRIFFIER, () -> {
            Map<Long, VoteChoice> choices = new LinkedHashMap<>();
            VOTE.forEach((abbreviation, choice) -> choices.put(partyIds.get(abbreviation), choice));
            votes.record(new VoteRecording(motion, VoteMethod.PARTY, choices, null));
            LocalDate today = LocalDate.ofInstant(now, ZONE);
            long code = followUps.promise(
                    motion,
                    new FollowUpDraft(
                            "Een gedragscode voor beoordelingsplatforms opstellen met de platforms en inwoners",
                            "Wethouder Digitalisering",
                            today.plusMonths(3)));
            followUps.update(new FollowUpChange(
                    code,
                    0,
                    FollowUpStatus.IN_PROGRESS,
                    today.plusMonths(3),
                    "De eerste bijeenkomst met twee platforms en zes inwoners is gehouden; een concept volgt."));
            followUps.promise(
                    motion,
                    new FollowUpDraft(
                            "De raad per brief informeren over de gemaakte afspraken",
                            "Wethouder Digitalisering",
                            today.minusDays(7)));
            meetings.setStatus(
                    heldMeeting,
                    MeetingStatus.HELD,
                    meetings.meeting(heldMeeting).version());
            Instant next =
                    now.plus(Duration.ofDays(21)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(18));
            long planned =
                    meetings.plan(new MeetingDraft(MeetingKind.COUNCIL, title(next), next, "Raadzaal, stadhuis"));
            meetings.addItem(
                    planned, new AgendaItemDraft("Moties vreemd aan de orde van de dag", List.of("3A.1", "3A.2")));
            return null;
        });
        LOG.info(
                "Demo council present: {} with seats, motion '{}' voted with two promises, term {}",
                TERM,
                MOTION,
                term);
    }

    static String title(Instant startsAt) {
        return "Raadsvergadering " + DAY.format(startsAt);
    }

    private <T> T as(String email, Supplier<T> work) {
        return AccountProvisioning.as((AccountPrincipal) users.loadUserByUsername(email), work);
    }
}
