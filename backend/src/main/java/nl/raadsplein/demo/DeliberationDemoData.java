package nl.raadsplein.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.account.internal.AccountSeed;
import nl.raadsplein.consultation.ConsultationFilter;
import nl.raadsplein.consultation.ConsultationService;
import nl.raadsplein.consultation.ConsultationSummary;
import nl.raadsplein.deliberation.DiscussionDraft;
import nl.raadsplein.deliberation.DiscussionPhase;
import nl.raadsplein.deliberation.DiscussionService;
import nl.raadsplein.deliberation.DiscussionSummary;
import nl.raadsplein.deliberation.Eligibility;
import nl.raadsplein.deliberation.FramingService;
import nl.raadsplein.deliberation.Stance;
import nl.raadsplein.deliberation.StatementService;
import nl.raadsplein.deliberation.StatementSubmission;
import nl.raadsplein.deliberation.Tradeoff;
import nl.raadsplein.deliberation.VotingService;
import nl.raadsplein.deliberation.WeightService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * J4's value discussion on rating platforms, framed by the demo councillor and approved by the griffie, with votes
 * from 45 demo residents in three clearly different patterns (privacy first, useful ratings, neighbourly talk) and
 * some noise, so the opinion maths finds groups; Sandra has answered a few statements only. Also one discussion the
 * councillor offered that waits for the griffie. The residents' accounts get a random password nobody knows: they
 * exist to have voted, not to log in. Added once.
 */
@Component
@Profile("demo")
@Order(3)
class DeliberationDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DeliberationDemoData.class);

    static final String QUESTION =
            "Mensen beoordelen en rangschikken op lokale platforms: wat willen we in IJssellanden?";
    static final String OFFERED = "Camera’s in de winkelstraat: wat wegen we zwaarder, veiligheid of privacy?";
    static final int RESIDENTS = 45;

    private static final String FRANCIS = "raadslid@ijssellanden.example";
    private static final String GRIFFIER = "griffier@ijssellanden.example";
    private static final String SANDRA = "inwoner@ijssellanden.example";

    static final List<String> SEEDS = List.of(
            "Een platform mag mensen alleen beoordelen als ze daar zelf toestemming voor geven.",
            "Sterren voor klussers en oppassers helpen mij om betrouwbare hulp te vinden.",
            "Wie een slechte beoordeling krijgt, moet die kunnen zien en erop kunnen reageren.",
            "Buren bespreken onenigheid beter in een gesprek dan met sterren in een app.",
            "De gemeente moet regels stellen aan platforms die inwoners beoordelen.",
            "Een lage score mag nooit de reden zijn dat iemand geen werk of woning krijgt.",
            "Beoordelingen maken de buurt veiliger, omdat je weet met wie je te maken hebt.",
            "Ik wil zelf kunnen kiezen of mijn naam op een beoordelingsplatform staat.",
            "Lokale ondernemers hebben goede beoordelingen nodig om klanten te vinden.",
            "Anonieme beoordelingen van personen moeten verboden worden.",
            "Platforms moeten uitleggen hoe hun score wordt berekend.",
            "Beoordelen hoort bij deze tijd; de gemeente moet zich er niet mee bemoeien.");

    /** Per pattern, the stance on each seed in order: A agree, D disagree, P pass. */
    private static final List<String> PATTERNS = List.of(
            "AAAAAADADAAD", // privacy first
            "DAADDADPAPAA", // ratings are useful
            "PDAAPADAPPAD"); // neighbourly talk

    private static final String[] FIRST = {
        "Anna", "Bram", "Chantal", "Daan", "Esra", "Fleur", "Gijs", "Hanna", "Imran", "Joost", "Kim", "Lars", "Mila",
        "Noah", "Olga"
    };
    private static final String[] LAST = {"de Boer", "Visser", "Kaya"};

    private final FramingService framing;
    private final DiscussionService discussions;
    private final VotingService voting;
    private final StatementService statements;
    private final WeightService weights;
    private final ConsultationService consultations;
    private final AccountProvisioning provisioning;
    private final UserDetailsService users;
    private final Clock clock;

    DeliberationDemoData(
            FramingService framing,
            DiscussionService discussions,
            VotingService voting,
            StatementService statements,
            WeightService weights,
            ConsultationService consultations,
            AccountProvisioning provisioning,
            UserDetailsService users,
            Clock clock) {
        this.framing = framing;
        this.discussions = discussions;
        this.voting = voting;
        this.statements = statements;
        this.weights = weights;
        this.consultations = consultations;
        this.provisioning = provisioning;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean present = discussions.list(DiscussionPhase.OPEN, 0, 500).stream()
                .map(DiscussionSummary::question)
                .anyMatch(QUESTION::equals);
        if (present) {
            LOG.info("Demo value discussion present: {}", QUESTION);
            return;
        }
        long id = ratings();
        vote(id, residents());
        offered();
        LOG.info("Demo value discussions added: {} with votes of {} residents, and one offered", QUESTION, RESIDENTS);
    }

    private long ratings() {
        Instant now = clock.instant();
        Long consultation = consultations.list(ConsultationFilter.ALL, 0, 500).stream()
                .filter(c -> c.title().equals(ParticipationDemoData.RATINGS))
                .map(ConsultationSummary::id)
                .findFirst()
                .orElse(null);
        long id = as(
                FRANCIS,
                () -> framing.create(new DiscussionDraft(
                        QUESTION,
                        "Op buurtapps en klussenplatforms geven mensen elkaar **sterren**: de oppas, de klusser, de "
                                + "buurman die een boormachine uitleent. Dat helpt om betrouwbare hulp te vinden, maar wie "
                                + "een lage score krijgt, merkt dat soms lang.\n\n"
                                + "De raad wil weten wat inwoners belangrijk vinden voordat hij een motie bespreekt:\n\n"
                                + "- mag een platform u beoordelen zonder dat u dat wilt?\n"
                                + "- wat mag een score betekenen voor werk, een woning of de buurt?\n",
                        List.of("3A.1", "3A.2"),
                        consultation,
                        List.of("privacy", "neighbourliness", "autonomy", "prosperity"),
                        List.of(
                                new Tradeoff(
                                        "neighbourliness",
                                        "privacy",
                                        "Sterren helpen buren elkaar te vertrouwen, maar wie beoordeeld wordt, voelt zich bekeken."),
                                new Tradeoff(
                                        "autonomy",
                                        "prosperity",
                                        "Ondernemers verdienen aan goede scores, maar niet iedereen kiest ervoor om gescoord te worden."),
                                new Tradeoff(
                                        "privacy",
                                        "prosperity",
                                        "Openbare scores brengen klanten, en leggen tegelijk vast wat mensen van anderen vinden.")),
                        SEEDS,
                        now.minus(Duration.ofDays(3)),
                        now.plus(Duration.ofDays(25)),
                        true,
                        false,
                        Eligibility.LOGGED_IN)));
        as(FRANCIS, () -> {
            framing.offer(id);
            return null;
        });
        as(GRIFFIER, () -> {
            framing.publish(id);
            return null;
        });
        return id;
    }

    private List<String> residents() {
        List<String> emails = new ArrayList<>();
        AccountProvisioning.asSystem(() -> {
            for (int i = 0; i < RESIDENTS; i++) {
                String email = String.format("bewoner%02d@ijssellanden.example", i + 1);
                provisioning.ensureAccount(new AccountSeed(
                        email,
                        FIRST[i % FIRST.length] + " " + LAST[i / FIRST.length],
                        "Onbekend-" + UUID.randomUUID(),
                        "nl",
                        EnumSet.of(Role.RESIDENT),
                        null));
                emails.add(email);
            }
            return null;
        });
        return emails;
    }

    /** Each resident follows one pattern on most seeds, with a vote flipped or passed now and then. */
    private void vote(long discussionId, List<String> residents) {
        Random random = new Random(2026);
        for (int i = 0; i < residents.size(); i++) {
            String pattern = PATTERNS.get(i % PATTERNS.size());
            String email = residents.get(i);
            as(email, () -> {
                for (int voted = 0; ; voted++) {
                    var next = voting.next(discussionId).statement();
                    if (next == null || voted >= 6 && random.nextDouble() < 0.15) {
                        return null;
                    }
                    int seed = SEEDS.indexOf(next.text());
                    Stance stance = seed < 0 ? Stance.PASS : stance(pattern.charAt(seed));
                    if (random.nextDouble() < 0.07) {
                        stance = Stance.values()[random.nextInt(3)];
                    }
                    voting.vote(discussionId, next.id(), stance);
                }
            });
            if (i % PATTERNS.size() == 0 && i < 15) {
                as(email, () -> {
                    weights.weigh(
                            discussionId,
                            Map.of("privacy", 50, "autonomy", 30, "neighbourliness", 10, "prosperity", 10));
                    return null;
                });
            }
        }
        as(
                residents.get(1),
                () -> statements.add(new StatementSubmission(
                        discussionId, "Een app voor het uitlenen van spullen werkt ook zonder sterren.", false)));
        as(
                residents.get(4),
                () -> statements.add(new StatementSubmission(
                        discussionId, "Een goede score moet je kunnen meenemen naar een ander platform.", false)));
        as(SANDRA, () -> {
            for (int i = 0; i < 3; i++) {
                var next = voting.next(discussionId).statement();
                if (next != null) {
                    voting.vote(discussionId, next.id(), i == 1 ? Stance.DISAGREE : Stance.AGREE);
                }
            }
            return null;
        });
    }

    private static Stance stance(char code) {
        return switch (code) {
            case 'A' -> Stance.AGREE;
            case 'D' -> Stance.DISAGREE;
            default -> Stance.PASS;
        };
    }

    private void offered() {
        Instant now = clock.instant();
        as(FRANCIS, () -> {
            long id = framing.create(new DiscussionDraft(
                    OFFERED,
                    "Ondernemers in de winkelstraat vragen om camera’s. Sommige bewoners voelen zich daardoor veiliger, "
                            + "anderen bekeken.",
                    List.of("3A.2"),
                    null,
                    List.of("security", "privacy"),
                    List.of(
                            new Tradeoff(
                                    "privacy",
                                    "security",
                                    "Camera’s in de winkelstraat maken sommigen veiliger en laten anderen zich bekeken voelen.")),
                    List.of(
                            "Camera’s in de winkelstraat maken mij veiliger.",
                            "Ik voel me bekeken als er overal camera’s hangen.",
                            "Beelden mogen alleen bekeken worden na een melding.",
                            "Camera’s verplaatsen overlast naar andere straten.",
                            "Winkeliers moeten zelf betalen voor camera’s."),
                    now.plus(Duration.ofDays(7)),
                    now.plus(Duration.ofDays(35)),
                    true,
                    true,
                    Eligibility.VERIFIED_RESIDENTS));
            framing.offer(id);
            return null;
        });
    }

    private <T> T as(String email, Supplier<T> work) {
        return AccountProvisioning.as((AccountPrincipal) users.loadUserByUsername(email), work);
    }
}
