package nl.raadsplein.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.account.ProfileTextDraft;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.consultation.ConsultationDraft;
import nl.raadsplein.consultation.ConsultationFilter;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSettings;
import nl.raadsplein.consultation.ConsultationSummary;
import nl.raadsplein.consultation.PhaseDates;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.CommentDraft;
import nl.raadsplein.proposal.CommentService;
import nl.raadsplein.proposal.CommentSubmission;
import nl.raadsplein.proposal.ProposalDraft;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.ProposalSubmission;
import nl.raadsplein.proposal.SupportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Consultations drawn from the agenda's scenarios, each with proposals, supports and comments by the demo
 * residents and an organisation, entered through the services as those people would. Added once: a
 * consultation whose title exists already is left as it is.
 */
@Component
@Profile("demo")
@Order(2)
class ParticipationDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ParticipationDemoData.class);

    static final String RATINGS = "Beoordelingsplatforms in onze buurt";
    static final String DATA_LEAKS = "Datalekken en de apps van de gemeente";
    static final String MASTS = "5G-masten in IJssellanden";

    private static final String GRIFFIER = "griffier@ijssellanden.example";
    private static final String SANDRA = "inwoner@ijssellanden.example";
    private static final String AHMED = "ahmed@ijssellanden.example";
    private static final String FATMA = "fatma@ijssellanden.example";
    private static final String SOPHIE = "sophie@ijssellanden.example";
    private static final String FRANCIS = "raadslid@ijssellanden.example";

    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final SupportService supports;
    private final CommentService comments;
    private final AccountService accounts;
    private final UserDetailsService users;

    ParticipationDemoData(
            ConsultationService consultations,
            ProposalService proposals,
            SupportService supports,
            CommentService comments,
            AccountService accounts,
            UserDetailsService users) {
        this.consultations = consultations;
        this.proposals = proposals;
        this.supports = supports;
        this.comments = comments;
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> existing = consultations.list(ConsultationFilter.ALL, 0, 500).stream()
                .map(ConsultationSummary::title)
                .toList();
        if (!existing.contains(RATINGS)) {
            ratings();
        }
        if (!existing.contains(DATA_LEAKS)) {
            dataLeaks();
        }
        if (!existing.contains(MASTS)) {
            masts();
        }
        LOG.info("Demo consultations present: {}, {}, {}", RATINGS, DATA_LEAKS, MASTS);
    }

    private void ratings() {
        long id = as(
                GRIFFIER,
                () -> consultations.create(new ConsultationDraft(
                        RATINGS,
                        "Op platforms als Petbnb beoordelen buren elkaar met sterren en tekst. Wat vinden we daarvan in "
                                + "IJssellanden, en wat kan de gemeente doen?",
                        """
                        ## Waarom deze raadpleging

                        In IJssellanden zijn ondernemers een platform voor dierenoppas begonnen. Oppassers en eigenaren \
                        geven elkaar sterren en schrijven erbij wat ze ervan vonden. Dat helpt mensen kiezen, maar een \
                        slechte beoordeling met naam en toenaam kan ook rondgaan op sociale media.

                        De raad wil weten wat u vindt: horen beoordelingen van gewone mensen erbij, of gaat dit te ver? \
                        En wat kan de gemeente doen, bijvoorbeeld met afspraken of een gedragscode?

                        - Dien een voorstel in, of steun voorstellen van anderen.
                        - Reageer voor of tegen, met argumenten.
                        """,
                        dates(Duration.ofDays(10), Duration.ofDays(20)),
                        new ConsultationSettings(5, 3, 30, false, false),
                        List.of("3A.1", "3B.2", "1A.4"),
                        List.of("platform-ratings", "social-media"))));
        long ban = as(
                SOPHIE,
                () -> proposals.submit(new ProposalSubmission(
                        id,
                        new ProposalDraft(
                                "Geen sterren meer voor privépersonen",
                                "Verbied in IJssellanden het openbaar beoordelen van gewone mensen met sterren. Beoordeel de dienst, "
                                        + "niet de mens.",
                                List.of("platform-ratings"),
                                null,
                                null),
                        false)));
        long code = as(
                AHMED,
                () -> proposals.submit(new ProposalSubmission(
                        id,
                        new ProposalDraft(
                                "Een gedragscode voor lokale platforms",
                                "Laat de gemeente met lokale platforms een gedragscode afspreken: geen namen in beoordelingen, een "
                                        + "snelle klachtenknop en verwijderen binnen 24 uur.",
                                List.of("platform-ratings"),
                                null,
                                null),
                        false)));
        for (String resident : List.of(SANDRA, FATMA, AHMED)) {
            as(resident, () -> supports.support(code));
        }
        as(FATMA, () -> supports.support(ban));
        as(
                AHMED,
                () -> comments.comment(new CommentSubmission(
                        ban,
                        null,
                        new CommentDraft(
                                Alignment.AGAINST,
                                "Een verbod treft ook de goede oppassers. Beter is een gedragscode met duidelijke regels.",
                                null),
                        false)));
        as(
                SANDRA,
                () -> comments.comment(new CommentSubmission(
                        ban,
                        null,
                        new CommentDraft(
                                Alignment.FOR,
                                "Niemand hoort met naam en toenaam uitgelachen te worden in de eigen buurt.",
                                null),
                        false)));
        as(
                AHMED,
                () -> accounts.setProfileText(new ProfileTextDraft(
                        "Voorzitter van Buurtvereniging De Hanzehof. "
                                + "Ik fiets elke dag door de wijk en let op wat er verandert.",
                        false)));
    }

    private void dataLeaks() {
        long id = as(
                GRIFFIER,
                () -> consultations.create(new ConsultationDraft(
                        DATA_LEAKS,
                        "De gemeente gebruikt apps en websites voor parkeren, afval en afspraken. Hoe houden we uw gegevens "
                                + "veilig, en wilt u kunnen zien wie ze krijgt?",
                        """
                        ## Waar gaat het over

                        Steeds meer contact met de gemeente loopt via apps. Daarbij worden gegevens gedeeld, soms ook \
                        met bedrijven die de app maken. Een datalek kan iedereen raken.

                        We vragen u: wat moet de gemeente doen om uw gegevens te beschermen, en wat wilt u zelf kunnen \
                        zien of regelen?
                        """,
                        dates(Duration.ofDays(5), Duration.ofDays(25)),
                        new ConsultationSettings(25, 3, 30, true, false),
                        List.of("1C.1", "1A.4", "3A.2"),
                        List.of("personal-data", "cyber-security", "digital-services"))));
        long overview = as(
                FATMA,
                () -> proposals.submit(new ProposalSubmission(
                        id,
                        new ProposalDraft(
                                "Een overzicht van wie mijn gegevens krijgt",
                                "Maak in Mijn IJssellanden zichtbaar welke van mijn gegevens de gemeente deelt, met wie en waarom.",
                                List.of("personal-data", "digital-services"),
                                null,
                                null),
                        false)));
        as(SANDRA, () -> supports.support(overview));
        as(
                FRANCIS,
                () -> comments.comment(new CommentSubmission(
                        overview,
                        null,
                        new CommentDraft(
                                Alignment.NEUTRAL, "Goed idee. Weet iemand of andere gemeenten dit al doen?", null),
                        false)));
    }

    private void masts() {
        long id = as(
                GRIFFIER,
                () -> consultations.create(new ConsultationDraft(
                        MASTS,
                        "Voor 5G komen er meer antennes in de wijken. Waar mogen ze staan, en hoe wilt u erover horen?",
                        """
                        ## Waar gaat het over

                        Telecombedrijven plaatsen meer en kleinere antennes, ook op lantaarnpalen en gebouwen van de \
                        gemeente. De raad wil weten wat u belangrijk vindt bij de plek en bij de informatie vooraf.
                        """,
                        dates(Duration.ofDays(20), Duration.ofDays(3)),
                        new ConsultationSettings(10, 2, 30, false, false),
                        List.of("3B.2", "2A.3"),
                        List.of("5g-masts"))));
        long map = as(
                AHMED,
                () -> proposals.submit(new ProposalSubmission(
                        id,
                        new ProposalDraft(
                                "Een kaart met alle antennes",
                                "Zet alle antennes in IJssellanden op een openbare kaart, met wie ze beheert en sinds wanneer.",
                                List.of("5g-masts"),
                                "Hanzeplein 1",
                                null),
                        false)));
        as(SOPHIE, () -> supports.support(map));
    }

    /** Dates with the proposal phase begun {@code sinceProposals} ago and lasting {@code proposalsLeft} more. */
    private static PhaseDates dates(Duration sinceProposals, Duration proposalsLeft) {
        Instant proposalsFrom = Instant.now().minus(sinceProposals);
        Instant supportsFrom = Instant.now().plus(proposalsLeft);
        return new PhaseDates(
                proposalsFrom.minus(Duration.ofDays(7)),
                proposalsFrom,
                supportsFrom,
                supportsFrom.plus(Duration.ofDays(14)),
                supportsFrom.plus(Duration.ofDays(28)));
    }

    private <T> T as(String email, Supplier<T> work) {
        return AccountProvisioning.as((AccountPrincipal) users.loadUserByUsername(email), work);
    }
}
