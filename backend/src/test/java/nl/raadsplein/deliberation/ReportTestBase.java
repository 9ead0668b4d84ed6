package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.NOTIFICATION;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.proposal.ProposalFixtures;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The shared context and helpers of the report, export, import and closing tests (embedded MariaDB). */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
abstract class ReportTestBase {

    static final String DEMO = "/demo/polis/brexit-consensus/";

    @Autowired
    DiscussionReportService reports;

    @Autowired
    PolisExportService exports;

    @Autowired
    ReportDocumentService documents;

    @Autowired
    PolisImportService imports;

    @Autowired
    OpinionRecomputation recomputation;

    @Autowired
    DiscussionClosing closing;

    @Autowired
    DiscussionFixtures discussions;

    @Autowired
    ProposalFixtures accounts;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    AccountPrincipal signInAs(Role... roles) {
        return accounts.signInAs(roles);
    }

    /** A published discussion in two camps of ten, computed. */
    long computedTwoCamps(long authorId) {
        long id = discussions.discussion(authorId, "Camera's in de winkelstraat?", Duration.ofDays(10));
        List<Long> participants = discussions.participants(id, 20);
        List<Long> statements = discussions.statements(id, 7);
        discussions.twoCamps(id, participants, statements);
        recomputation.recompute(id);
        return id;
    }

    static byte[] resource(String path) {
        try (InputStream in = ReportTestBase.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PolisImport command(String question, Instant opens, Instant closes, byte[] comments, byte[] votes) {
        return new PolisImport(question, List.of("3A.1"), opens, closes, comments, votes);
    }

    PolisImport demo(String question) {
        Instant now = clock.instant();
        return command(
                question,
                now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(30)),
                resource(DEMO + "comments.csv"),
                resource(DEMO + "participants-votes.csv"));
    }

    List<String> notificationKinds(long accountId) {
        return discussions
                .dsl()
                .select(NOTIFICATION.KIND)
                .from(NOTIFICATION)
                .where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
                .fetch(NOTIFICATION.KIND);
    }
}
