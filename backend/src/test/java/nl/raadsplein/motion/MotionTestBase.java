package nl.raadsplein.motion;

import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalService;
import nl.raadsplein.proposal.SupportService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The motion tests share one application on one embedded MariaDB. */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
abstract class MotionTestBase {

    @Autowired
    MotionService motions;

    @Autowired
    MotionLifecycle lifecycle;

    @Autowired
    MotionQueries queries;

    @Autowired
    VoteService votes;

    @Autowired
    MeetingService meetings;

    @Autowired
    CouncilTermService terms;

    @Autowired
    MotionFixtures fixtures;

    @Autowired
    ProposalFixtures people;

    @Autowired
    ProposalService proposals;

    @Autowired
    SupportService supports;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }
}
