package nl.raadsplein.demo;

import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static org.assertj.core.api.Assertions.assertThat;

import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.deliberation.DiscussionReport;
import nl.raadsplein.deliberation.DiscussionReportService;
import nl.raadsplein.deliberation.PolisImportService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The demo's imported Pol.is conversation: there once, closed, with its groups computed. */
@SpringBootTest(classes = BackendTestApplication.class, properties = "spring.mail.port=3026")
@ActiveProfiles("demo")
class ImportedConversationDemoDataTest {

    @Autowired
    ImportedConversationDemoData demoData;

    @Autowired
    PolisImportService imports;

    @Autowired
    DiscussionReportService reports;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_brexit_conversation_is_imported_once_closed_and_with_its_groups() {
        demoData.run(null);
        demoData.run(null);

        assertThat(dsl.fetchCount(DISCUSSION, DISCUSSION.QUESTION.eq(ImportedConversationDemoData.QUESTION)))
                .isEqualTo(1);
        TestAccounts.signIn((AccountPrincipal) users.loadUserByUsername("griffier@ijssellanden.example"));
        long id = imports.imported(ImportedConversationDemoData.QUESTION).orElseThrow();
        TestAccounts.signInAnonymously();
        DiscussionReport report = reports.report(id);
        assertThat(report.imported()).isTrue();
        assertThat(report.closed()).isTrue();
        assertThat(report.participantCount()).isEqualTo(204);
        assertThat(report.model()).isNotNull();
        assertThat(report.model().groups()).hasSize(2);
    }
}
