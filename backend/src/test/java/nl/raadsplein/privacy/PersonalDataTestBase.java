package nl.raadsplein.privacy;

import static nl.raadsplein.account.CensusFixtures.csv;
import static nl.raadsplein.account.CensusFixtures.reader;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.newComment;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.CensusFixtures;
import nl.raadsplein.account.CensusFixtures.Facts;
import nl.raadsplein.account.DataExportService;
import nl.raadsplein.account.EmailConfirmation;
import nl.raadsplein.account.ExportStatus;
import nl.raadsplein.account.Mails;
import nl.raadsplein.account.MemberInvitation;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.OrganisationDraft;
import nl.raadsplein.account.OrganisationService;
import nl.raadsplein.account.ProfileTextDraft;
import nl.raadsplein.account.Registration;
import nl.raadsplein.account.RegistrationService;
import nl.raadsplein.account.ResidencyClaim;
import nl.raadsplein.account.ResidencyService;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.account.ThrottledAuthenticationProvider;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.deliberation.DiscussionFixtures;
import nl.raadsplein.deliberation.Stance;
import nl.raadsplein.deliberation.StatementService;
import nl.raadsplein.deliberation.StatementSubmission;
import nl.raadsplein.deliberation.VotingService;
import nl.raadsplein.deliberation.WeightService;
import nl.raadsplein.moderation.Appeal;
import nl.raadsplein.moderation.AppealService;
import nl.raadsplein.moderation.ContentRef;
import nl.raadsplein.moderation.Decision;
import nl.raadsplein.moderation.ModerationActionService;
import nl.raadsplein.moderation.ModerationQueueService;
import nl.raadsplein.moderation.ModerationReason;
import nl.raadsplein.moderation.Report;
import nl.raadsplein.moderation.ReportReason;
import nl.raadsplein.moderation.ReportService;
import nl.raadsplein.notification.FollowTarget;
import nl.raadsplein.notification.NotificationFrequency;
import nl.raadsplein.notification.NotificationService;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.CommentService;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.SupportService;
import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The privacy rights' tests: a resident registered as anyone would be, with a name and an address no other test
 * uses, who then takes part in every way the platform offers, with a real SMTP server taking the mail.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
abstract class PersonalDataTestBase {

    static final String PASSWORD = "Mijn-eigen-geheim-2026";
    private static final int SMTP_PORT = Mails.freePort();

    static GreenMail smtp;

    @Autowired
    RegistrationService registration;

    @Autowired
    AccountService accounts;

    @Autowired
    ResidencyService residency;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    SupportService supports;

    @Autowired
    NotificationService notifications;

    @Autowired
    ReportService reports;

    @Autowired
    ModerationQueueService queue;

    @Autowired
    ModerationActionService moderation;

    @Autowired
    AppealService appeals;

    @Autowired
    VotingService voting;

    @Autowired
    StatementService statements;

    @Autowired
    WeightService weights;

    @Autowired
    DataExportService exports;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    DiscussionFixtures discussions;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    MutableClock clock;

    @Autowired
    DSLContext dsl;

    @Autowired
    ThrottledAuthenticationProvider loginProvider;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("raadsplein.export.sweep-interval", () -> "PT0.2S");
    }

    @BeforeAll
    static void startSmtp() {
        smtp = Mails.newServer(SMTP_PORT);
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A name and an address nothing else in the database or the log contains. */
    record Person(String name, String email) {
        static Person unique() {
            String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            return new Person("Jolijn Qwerty" + tag, "jolijn." + tag + "@privacy.example");
        }
    }

    /** Registers and confirms through the mailed link, as a browser would; returns the login. */
    AccountPrincipal register(Person person) {
        return register(person, "nl");
    }

    /** Registers in the given language ("nl" or "en") and confirms, as {@link #register(Person)} does. */
    AccountPrincipal register(Person person, String language) {
        TestAccounts.signInAnonymously();
        registration.register(
                new Registration(person.name(), person.email(), PASSWORD, language, TestAccounts.uniqueIp()));
        String token = Mails.awaitOne(smtp, person.email()).token("/account/bevestigen");
        registration.confirmEmail(new EmailConfirmation(token, PASSWORD, "10.0.0.1"));
        TestAccounts.signOut();
        return testAccounts.principal(person.email());
    }

    /** What the resident did, for the assertions. */
    record Traces(long consultationId, long ownProposalId, long otherProposalId, long commentId, long discussionId) {}

    /**
     * The resident uses every feature, her name and address going wherever she can type them but into what stays
     * public after she leaves (proposals, comments, an organisation's name: ADR 15): profile text, a failed login, residency, an organisation, an invitation to another, a proposal, a
     * comment, a support, following, notifications, a report, an appeal against a decision about her, a value
     * discussion (votes, a statement, weights), the notification setting and a download of her data.
     */
    Traces useEverything(Person person, AccountPrincipal resident) {
        Facts facts = CensusFixtures.uniqueFacts();
        fixtures.asGriffier(() -> residency.importCensus(reader(csv(facts))));
        failLogin(person.email());

        AccountPrincipal other = fixtures.account();
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        long otherProposal = as(
                other, () -> proposals.submit(ProposalFixtures.submission(consultation, "Camera's bij het station")));
        long councillor = fixtures.account(Role.COUNCILLOR).accountId();
        long discussion = discussions.discussion(councillor, "Mogen buren elkaar beoordelen?", Duration.ofDays(7));
        long statement = discussions.statement(discussion, "Beoordelingen maken een buurt onveilig.");

        record Mine(long proposal, long comment) {}
        Mine mine = as(resident, () -> {
            accounts.setProfileText(new ProfileTextDraft("Ik ben " + person.name() + " en woon hier graag.", false));
            residency.verifyResidency(new ResidencyClaim(facts.postcode(), facts.houseNumber(), facts.dateOfBirth()));
            organisations.createOrganisation(new OrganisationDraft(
                    "Buurtvereniging " + UUID.randomUUID(), CensusFixtures.uniqueKvkNumber(), null));
            long proposal = proposals.submit(ProposalFixtures.submission(consultation, "Een bankje bij de bieb"));
            supports.support(otherProposal);
            long comment = comments.comment(newComment(otherProposal, null, Alignment.AGAINST, "Liever niet."));
            notifications.follow(FollowTarget.CONSULTATION, consultation);
            notifications.setFrequency(NotificationFrequency.IMMEDIATE);
            reports.report(new Report(
                    ContentRef.proposal(otherProposal),
                    ReportReason.OTHER,
                    "Gemeld door " + person.name() + ", " + person.email()));
            voting.vote(discussion, statement, Stance.AGREE);
            statements.add(new StatementSubmission(discussion, "Een buurt heeft geen ranglijst nodig.", false));
            weights.weigh(discussion, Map.of("privacy", 60, "autonomy", 30, "transparency", 10));
            return new Mine(proposal, comment);
        });
        as(other, () -> comments.comment(newComment(mine.proposal(), null, Alignment.FOR, "Goed idee!")));
        as(other, () -> {
            long invitedTo = organisations.createOrganisation(
                    new OrganisationDraft("Wijkraad " + UUID.randomUUID(), CensusFixtures.uniqueKvkNumber(), null));
            organisations.inviteMember(new MemberInvitation(invitedTo, person.email(), TestAccounts.uniqueIp()));
            return invitedTo;
        });
        ContentRef comment = ContentRef.comment(mine.comment());
        long action = fixtures.asGriffier(() ->
                moderation.hide(comment, new Decision(ModerationReason.OFFENSIVE, "Toon", queue.version(comment))));
        as(resident, () -> appeals.appeal(new Appeal(action, "Ik, " + person.name() + ", bedoelde het niet zo.")));
        as(resident, exports::request);
        return new Traces(consultation, mine.proposal(), otherProposal, mine.comment(), discussion);
    }

    void failLogin(String email) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(email, "niet-mijn-wachtwoord-123");
        attempt.setDetails(new WebAuthenticationDetails("198.51.100.7", null));
        try {
            loginProvider.authenticate(attempt);
        } catch (AuthenticationException expected) {
            // what a failed login is
        }
    }

    /** Whether the address and password log in. */
    boolean logsIn(String email, String password) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails("198.51.100.8", null));
        try {
            return loginProvider.authenticate(attempt) != null;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    void awaitExport(AccountPrincipal resident, ExportStatus status) {
        Awaitility.await("the export " + status)
                .atMost(Duration.ofSeconds(30))
                .until(() -> as(resident, exports::latest)
                        .map(state -> state.status() == status)
                        .orElse(false));
        assertThat(status).isNotNull();
    }

    /**
     * Every text column of every table searched for the name and the address: "table.column" for each column that
     * holds either.
     */
    List<String> hits(Person person) {
        List<String> hits = new ArrayList<>();
        var columns = dsl.resultQuery(
                        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                                + " AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext',"
                                + " 'tinyblob', 'blob', 'mediumblob', 'longblob', 'enum', 'set', 'json')")
                .fetch();
        for (var column : columns) {
            String table = column.get(0, String.class);
            String name = column.get(1, String.class);
            Field<String> value = DSL.field(DSL.name(name), String.class);
            int count = dsl.fetchCount(
                    DSL.table(DSL.name(table)),
                    value.like("%" + person.name() + "%").or(value.like("%" + person.email() + "%")));
            if (count > 0) {
                hits.add(table + "." + name);
            }
        }
        return hits;
    }
}
