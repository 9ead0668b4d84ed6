package nl.raadsplein.proposal;

import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class ProposalFindTest {

    private static final Random RANDOM = new Random();

    @Autowired
    ProposalService proposals;

    @Autowired
    SupportService supports;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zoek");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private static ProposalQuery query(long consultation, ProposalSort sort) {
        return new ProposalQuery(consultation, null, null, null, null, false, false, sort, 7);
    }

    private long submit(long consultation, String title, String body, List<String> topics) {
        return as(
                fixtures.account(),
                () -> proposals.submit(new ProposalSubmission(
                        consultation, new ProposalDraft(title, body, topics, null, null), false)));
    }

    private void counts(long id, int supports, int comments) {
        fixtures.dsl()
                .update(PROPOSAL)
                .set(PROPOSAL.SUPPORT_COUNT, supports)
                .set(PROPOSAL.COMMENT_COUNT, comments)
                .where(PROPOSAL.ID.eq(id))
                .execute();
    }

    @Test
    void the_list_filters_by_consultation_text_topic_theme_and_state() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        long elsewhere = fixtures.consultation(Phase.PROPOSALS);
        String word = uniqueWord();
        long cameras =
                submit(consultation, "Minder camera's", "Over " + word + " in de binnenstad.", List.of("cameras"));
        long data = submit(consultation, "Datalekken melden", "Meld elk datalek.", List.of("personal-data"));
        long security = submit(
                consultation, "Digitale veiligheid", "Over " + word + " en wachtwoorden.", List.of("cyber-security"));
        long hidden = submit(consultation, "Verborgen " + word, "Tekst", List.of("cameras"));
        fixtures.setState(hidden, ProposalState.HIDDEN);
        long withdrawn = submit(consultation, "Ingetrokken", "Tekst", List.of("cameras"));
        fixtures.setState(withdrawn, ProposalState.WITHDRAWN);
        long other = submit(elsewhere, "Elders " + word, "Tekst", List.of("cameras"));

        assertThat(ids(query(consultation, ProposalSort.NEWEST))).containsExactly(withdrawn, security, data, cameras);
        assertThat(proposals.count(query(consultation, ProposalSort.NEWEST))).isEqualTo(4);
        assertThat(ids(new ProposalQuery(
                        consultation, word.toUpperCase(), null, null, null, false, false, ProposalSort.NEWEST, 0)))
                .containsExactly(security, cameras);
        assertThat(ids(new ProposalQuery(
                        null, word.substring(0, 9), null, null, null, false, false, ProposalSort.NEWEST, 0)))
                .containsExactly(other, security, cameras);
        assertThat(ids(new ProposalQuery(
                        consultation, word + " wachtwoorden", null, null, null, false, false, ProposalSort.NEWEST, 0)))
                .containsExactly(security);
        assertThat(ids(new ProposalQuery(
                        consultation, "\"+-~*@<>() ", null, null, null, false, false, ProposalSort.NEWEST, 0)))
                .isEmpty();
        assertThat(ids(new ProposalQuery(
                        consultation, null, null, "cameras", null, false, false, ProposalSort.NEWEST, 0)))
                .containsExactly(withdrawn, cameras);
        // Theme 3A.2 (rule of law) through the topics cameras and personal-data; 1C.1 through cyber-security.
        assertThat(ids(new ProposalQuery(consultation, null, null, null, "3A.2", false, false, ProposalSort.NEWEST, 0)))
                .containsExactly(withdrawn, data, cameras);
        assertThat(ids(new ProposalQuery(consultation, null, null, null, "1C.1", false, false, ProposalSort.NEWEST, 0)))
                .containsExactly(security);
        assertThat(ids(new ProposalQuery(
                        consultation,
                        null,
                        Set.of(ProposalState.WITHDRAWN),
                        null,
                        null,
                        false,
                        false,
                        ProposalSort.NEWEST,
                        0)))
                .containsExactly(withdrawn);
        assertThat(ids(new ProposalQuery(
                        consultation,
                        null,
                        Set.of(ProposalState.HIDDEN),
                        null,
                        null,
                        false,
                        false,
                        ProposalSort.NEWEST,
                        0)))
                .isEmpty();
        fixtures.signInAs(nl.raadsplein.account.Role.GRIFFIER);
        assertThat(ids(new ProposalQuery(
                        consultation,
                        null,
                        Set.of(ProposalState.HIDDEN),
                        null,
                        null,
                        false,
                        false,
                        ProposalSort.NEWEST,
                        0)))
                .containsExactly(hidden);
    }

    @Test
    void my_proposals_and_my_supports_need_a_login() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        long theirs = submit(consultation, "Van een ander", "Tekst", List.of("cameras"));
        AccountPrincipal me = fixtures.signInAs();
        long mine = proposals.submit(ProposalFixtures.submission(consultation, "Van mij"));
        supports.support(theirs);
        ProposalQuery mineQuery = new ProposalQuery(consultation, null, null, null, null, false, true, null, 0);
        ProposalQuery supportedQuery = new ProposalQuery(consultation, null, null, null, null, true, false, null, 0);
        assertThat(ids(mineQuery)).containsExactly(mine);
        assertThat(ids(supportedQuery)).containsExactly(theirs);
        assertThat(proposals.find(query(consultation, ProposalSort.NEWEST), 0, 10))
                .extracting(ProposalSummary::id, ProposalSummary::supportedByMe)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(mine, false),
                        org.assertj.core.groups.Tuple.tuple(theirs, true));
        assertThat(me).isNotNull();

        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> proposals.find(mineQuery, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.count(supportedQuery)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signOut();
        assertThatThrownBy(() -> proposals.find(supportedQuery, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(proposals.find(query(consultation, ProposalSort.NEWEST), 0, 10))
                .extracting(ProposalSummary::supportedByMe)
                .containsOnly(false);
    }

    @Test
    void sorts_by_supports_comments_and_age_with_ties_by_id() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        long a = submit(consultation, "A", "Tekst", List.of("cameras"));
        clock.advance(java.time.Duration.ofSeconds(1));
        long b = submit(consultation, "B", "Tekst", List.of("cameras"));
        clock.advance(java.time.Duration.ofSeconds(1));
        long c = submit(consultation, "C", "Tekst", List.of("cameras"));
        counts(a, 5, 0);
        counts(b, 9, 2);
        counts(c, 5, 2);
        assertThat(ids(query(consultation, ProposalSort.MOST_SUPPORTED))).containsExactly(b, a, c);
        assertThat(ids(query(consultation, ProposalSort.MOST_COMMENTED))).containsExactly(b, c, a);
        assertThat(ids(query(consultation, ProposalSort.NEWEST))).containsExactly(c, b, a);
    }

    @Test
    void the_random_order_is_stable_per_seed_across_pages_and_differs_between_seeds() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            all.add(submit(consultation, "Voorstel " + i, "Tekst", List.of("cameras")));
        }
        ProposalQuery seed1 = new ProposalQuery(consultation, null, null, null, null, false, false, null, 1);
        List<Long> pages = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 7) {
            pages.addAll(proposals.find(seed1, offset, 7).stream()
                    .map(ProposalSummary::id)
                    .toList());
        }
        assertThat(pages).containsExactlyElementsOf(ids(seed1)).containsExactlyInAnyOrderElementsOf(all);
        assertThat(pages).isNotEqualTo(all);
        List<Long> seed2 =
                ids(new ProposalQuery(consultation, null, null, null, null, false, false, ProposalSort.RANDOM, 2));
        assertThat(seed2).containsExactlyInAnyOrderElementsOf(all).isNotEqualTo(pages);

        // Eight orders from four stored ranks, each read both ways: seed 0 reads the first upwards, seed 1 downwards.
        List<Long> up = ids(new ProposalQuery(consultation, null, null, null, null, false, false, null, 0));
        List<Long> down =
                new ArrayList<>(ids(new ProposalQuery(consultation, null, null, null, null, false, false, null, 1)));
        java.util.Collections.reverse(down);
        assertThat(up).isEqualTo(down).isNotEqualTo(all);
    }

    @Test
    void a_page_costs_the_same_number_of_statements_whatever_its_size() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        for (int i = 0; i < 60; i++) {
            submit(consultation, "Voorstel " + i, "Tekst", List.of("cameras", "personal-data"));
        }
        fixtures.signInAs();
        for (ProposalSort sort : ProposalSort.values()) {
            ProposalQuery query = new ProposalQuery(consultation, null, null, null, null, false, false, sort, 3);
            var small = StatementCounter.during(() -> {
                proposals.count(query);
                return proposals.find(query, 0, 5);
            });
            var large = StatementCounter.during(() -> {
                proposals.count(query);
                return proposals.find(query, 0, 50);
            });
            assertThat(small.result()).hasSize(5);
            assertThat(large.result()).hasSize(50);
            assertThat(large.result().getFirst().topicCodes()).containsExactly("cameras", "personal-data");
            assertThat(small.statements()).hasSize(2);
            assertThat(large.statements()).hasSameSizeAs(small.statements());
        }
    }

    @Test
    void similar_proposals_are_found_by_their_words() {
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        String word = uniqueWord();
        long match = submit(consultation, "Meer " + word, "Over " + word + " en meer.", List.of("cameras"));
        submit(consultation, "Iets anders", "Geen overeenkomst.", List.of("cameras"));
        long hidden = submit(consultation, "Ook " + word, word, List.of("cameras"));
        fixtures.setState(hidden, ProposalState.HIDDEN);
        assertThat(proposals.similar(consultation, "Graag " + word, ""))
                .extracting(ProposalSummary::id)
                .containsExactly(match);
        assertThat(proposals.similar(consultation, "", " ")).isEmpty();
    }

    private List<Long> ids(ProposalQuery query) {
        return proposals.find(query, 0, 100).stream().map(ProposalSummary::id).toList();
    }

    @Test
    void an_authors_public_proposals_come_newest_first_in_one_statement_without_waiting_or_hidden_ones() {
        AccountPrincipal author = fixtures.account();
        long consultation = fixtures.consultation(Phase.PROPOSALS);
        List<Long> ids = fixtures.insertProposals(consultation, author.accountId(), 25);
        fixtures.setState(ids.get(0), ProposalState.HIDDEN);
        fixtures.setState(ids.get(1), ProposalState.AWAITING_MODERATION);
        fixtures.setState(ids.get(2), ProposalState.WITHDRAWN);
        submit(consultation, "Van iemand anders", "Tekst", List.of("cameras"));

        var page = StatementCounter.during(() -> as(author, () -> proposals.byAuthor(author.accountId(), 0, 20)));
        assertThat(page.statements()).hasSize(1);
        assertThat(page.result()).hasSize(20).allSatisfy(p -> {
            assertThat(p.authorId()).isEqualTo(author.accountId());
            assertThat(p.authorName()).isEqualTo(author.displayName());
        });
        assertThat(page.result()).extracting(ProposalSummary::createdAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(page.result()).extracting(ProposalSummary::id).doesNotContain(ids.get(0), ids.get(1));
        assertThat(proposals.countByAuthor(author.accountId())).isEqualTo(23);
        assertThat(proposals.byAuthor(author.accountId(), 20, 20)).hasSize(3);
        assertThat(proposals.countByAuthor(Long.MAX_VALUE)).isZero();
    }
}
