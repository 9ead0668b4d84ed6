package nl.raadsplein.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.deliberation.Discussion;
import nl.raadsplein.deliberation.DiscussionPhase;
import nl.raadsplein.deliberation.DiscussionService;
import nl.raadsplein.deliberation.DiscussionSummary;
import nl.raadsplein.deliberation.NextStatement;
import nl.raadsplein.deliberation.VotingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** J4's value discussion with votes of the demo residents, and one offered discussion waiting for the griffie. */
@SpringBootTest(classes = BackendTestApplication.class, properties = "spring.mail.port=3131")
@ActiveProfiles("demo")
class DeliberationDemoDataTest {

    @Autowired
    DeliberationDemoData demoData;

    @Autowired
    DiscussionService discussions;

    @Autowired
    VotingService voting;

    @Autowired
    UserDetailsService users;

    @Test
    void the_rating_discussion_has_votes_from_the_demo_residents_and_sandra_has_statements_left() {
        demoData.run(null);

        List<DiscussionSummary> open = discussions.list(DiscussionPhase.OPEN, 0, 50);
        DiscussionSummary ratings = open.stream()
                .filter(d -> d.question().equals(DeliberationDemoData.QUESTION))
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    assertThat(l).hasSize(1);
                    return l.getFirst();
                }));
        Discussion discussion = discussions.discussion(ratings.id());
        assertThat(discussion.values())
                .extracting(Discussion.Named::code)
                .containsExactly("privacy", "neighbourliness", "autonomy", "prosperity");
        assertThat(discussion.authorName()).isEqualTo("Francis Bakker");
        assertThat(discussion.statementCount()).isEqualTo(14);
        assertThat(discussion.participantCount()).isGreaterThanOrEqualTo(DeliberationDemoData.RESIDENTS);
        assertThat(discussion.voteCount()).isGreaterThan(300);

        NextStatement sandra = AccountProvisioning.as(
                (AccountPrincipal) users.loadUserByUsername("inwoner@ijssellanden.example"),
                () -> voting.next(ratings.id()));
        assertThat(sandra.progress().voted()).isEqualTo(3);
        assertThat(sandra.statement()).isNotNull();

        AccountPrincipal griffier = (AccountPrincipal) users.loadUserByUsername("griffier@ijssellanden.example");
        assertThat(AccountProvisioning.as(griffier, () -> discussions.offered(50)))
                .extracting(DiscussionSummary::question)
                .containsOnlyOnce(DeliberationDemoData.OFFERED);
    }
}
