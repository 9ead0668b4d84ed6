package nl.raadsplein.opendata;

import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.deliberation.DiscussionFixtures;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The open-data tests share one application on one embedded MariaDB, and the people and content they make. */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
abstract class OpenDataTestBase {

    @Autowired
    ProposalFixtures people;

    @Autowired
    ProposalService proposals;

    @Autowired
    DiscussionFixtures discussions;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }
}
