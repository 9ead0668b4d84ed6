package nl.raadsplein.motion;

import static nl.raadsplein.jooq.Tables.CONSULTATION;
import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.MOTION;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.SUPPORT;
import static nl.raadsplein.motion.MotionFixtures.motion;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.deliberation.DiscussionFixtures;
import nl.raadsplein.deliberation.DiscussionState;
import nl.raadsplein.platform.LocalizedText;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.proposal.ProposalFixtures;
import nl.raadsplein.proposal.ProposalState;
import nl.raadsplein.proposal.StatementCounter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The figures on an agenda theme's page and in the agenda's overview count what happened under the theme in the
 * period chosen, and nothing not yet public.
 */
class ThemeFiguresTest extends MotionTestBase {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** A council term long past, so that nothing but this test's data is dated in it. */
    private static final LocalDate TERM_START = LocalDate.of(1960, 3, 30);

    private static final LocalDate TERM_END = LocalDate.of(1964, 3, 30);
    private static final int YEAR = 1961;

    @Autowired
    DiscussionFixtures discussions;

    @Autowired
    DSLContext dsl;

    @Test
    void a_themes_figures_count_its_discussions_and_the_councils_results_and_leave_out_drafts() {
        ThemeFigures before = queries.themeFigures("3A.1");
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        long adopted = as(francis, () -> motions.draft(motion("Cijfers aangenomen")));
        long rejected = as(francis, () -> motions.draft(motion("Cijfers verworpen")));
        long submitted = as(francis, () -> motions.draft(motion("Cijfers ingediend")));
        as(francis, () -> motions.draft(motion("Cijfers concept")));
        submit(council, adopted, rejected, submitted);
        record(council, adopted, VoteChoice.FOR);
        record(council, rejected, VoteChoice.AGAINST);
        discussions.discussion(francis.accountId(), "Cijfers?", Duration.ofDays(3));
        long draft = discussions.discussion(francis.accountId(), "Cijfers in concept?", Duration.ofDays(3));
        discussions.setState(draft, DiscussionState.DRAFT);

        TestAccounts.signInAnonymously();
        ThemeFigures after = queries.themeFigures("3A.1");
        assertThat(after.motions() - before.motions()).isEqualTo(3);
        assertThat(after.adopted() - before.adopted()).isEqualTo(1);
        assertThat(after.rejected() - before.rejected()).isEqualTo(1);
        assertThat(after.discussions() - before.discussions()).isEqualTo(1);
        assertThat(after.consultations()).isGreaterThanOrEqualTo(before.consultations());
        assertThatThrownBy(() -> queries.themeFigures("9Z.9")).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void the_overview_counts_per_period_what_was_dated_in_it_and_leaves_out_what_is_not_public() {
        TestAccounts.signInAnonymously();
        Map<String, ThemeFigures> allBefore = byCode(queries.overview(FiguresPeriod.ALL_TIME));
        long term = as(
                people.account(Role.GRIFFIER),
                () -> terms.createTerm(new TermDraft(
                        "Raadsperiode " + UUID.randomUUID().toString().substring(0, 8), TERM_START, TERM_END)));

        // Motions on 3A.1 and 3A.2: two submitted in the year, one later in the term, one before it, one a draft.
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        long adopted = as(francis, () -> motions.draft(motion("Periode aangenomen")));
        long rejected = as(francis, () -> motions.draft(motion("Periode verworpen")));
        long laterInTerm = as(francis, () -> motions.draft(motion("Periode later")));
        long beforeTerm = as(francis, () -> motions.draft(motion("Periode ervoor")));
        as(francis, () -> motions.draft(motion("Periode concept")));
        submit(council, adopted, rejected, laterInTerm, beforeTerm);
        record(council, adopted, VoteChoice.FOR);
        record(council, rejected, VoteChoice.AGAINST);
        submittedOn(adopted, LocalDate.of(YEAR, 6, 1));
        submittedOn(rejected, LocalDate.of(YEAR, 12, 31));
        submittedOn(laterInTerm, LocalDate.of(1963, 1, 10));
        submittedOn(beforeTerm, LocalDate.of(1960, 3, 29));

        // Value discussions on 3A.1: one published in the year, a draft in it, one published after the term.
        long published = discussions.discussion(francis.accountId(), "Periode?", Duration.ofDays(3));
        long draft = discussions.discussion(francis.accountId(), "Periode in concept?", Duration.ofDays(3));
        discussions.setState(draft, DiscussionState.DRAFT);
        long afterTerm = discussions.discussion(francis.accountId(), "Periode erna?", Duration.ofDays(3));
        opensOn(published, LocalDate.of(YEAR, 3, 1));
        opensOn(draft, LocalDate.of(YEAR, 3, 1));
        opensOn(afterTerm, LocalDate.of(1964, 3, 30));

        // Follow-ups of the adopted motion: open and overdue, open and due later, done, and open from later in the
        // term.
        long griffier = council.griffier().accountId();
        LocalDate today = clock.instant().atZone(AMSTERDAM).toLocalDate();
        fixtures.followUp(
                adopted, griffier, FollowUpStatus.OPEN, at(LocalDate.of(YEAR, 7, 1)), LocalDate.of(YEAR, 12, 1));
        fixtures.followUp(
                adopted, griffier, FollowUpStatus.IN_PROGRESS, at(LocalDate.of(YEAR, 7, 2)), today.plusDays(30));
        fixtures.followUp(
                adopted, griffier, FollowUpStatus.DONE, at(LocalDate.of(YEAR, 7, 3)), LocalDate.of(YEAR, 8, 1));
        fixtures.followUp(
                adopted, griffier, FollowUpStatus.OPEN, at(LocalDate.of(1963, 1, 1)), LocalDate.of(1963, 6, 1));

        // A consultation on 3A.2 with proposals on personal data (3A.2): one standing, one withdrawn and one hidden in
        // the year, one standing later in the term; supports in the year and later.
        long consultation = people.consultation(Phase.PROPOSALS);
        long standing = proposal(consultation);
        long withdrawn = proposal(consultation);
        long hidden = proposal(consultation);
        long later = proposal(consultation);
        people.setState(withdrawn, ProposalState.WITHDRAWN);
        people.setState(hidden, ProposalState.HIDDEN);
        dsl.update(CONSULTATION)
                .set(CONSULTATION.INFORMATION_FROM, at(LocalDate.of(YEAR, 4, 1)))
                .where(CONSULTATION.ID.eq(consultation))
                .execute();
        for (long id : List.of(standing, withdrawn, hidden)) {
            createdOn(id, LocalDate.of(YEAR, 5, 1));
        }
        createdOn(later, LocalDate.of(1963, 5, 1));
        support(standing, LocalDate.of(YEAR, 5, 2));
        support(standing, LocalDate.of(1963, 1, 1));
        support(withdrawn, LocalDate.of(YEAR, 5, 2));
        support(hidden, LocalDate.of(YEAR, 5, 2));

        Map<String, ThemeFigures> year = byCode(queries.overview(FiguresPeriod.year(YEAR)));
        assertThat(year.get("3A.1")).isEqualTo(new ThemeFigures(0, 0, 0, 1, 2, 1, 1, 2, 1));
        assertThat(year.get("3A.2")).isEqualTo(new ThemeFigures(1, 1, 1, 0, 2, 1, 1, 2, 1));
        Map<String, ThemeFigures> inTerm = byCode(queries.overview(FiguresPeriod.term(term)));
        assertThat(inTerm.get("3A.1")).isEqualTo(new ThemeFigures(0, 0, 0, 1, 3, 1, 1, 3, 2));
        assertThat(inTerm.get("3A.2")).isEqualTo(new ThemeFigures(1, 2, 2, 0, 3, 1, 1, 3, 2));
        assertThat(byCode(queries.overview(FiguresPeriod.year(YEAR + 10))).get("3A.1"))
                .isEqualTo(new ThemeFigures(0, 0, 0, 0, 0, 0, 0, 0, 0));

        ThemeFigures before = allBefore.get("3A.1");
        ThemeFigures all = byCode(queries.overview(FiguresPeriod.ALL_TIME)).get("3A.1");
        assertThat(all.motions() - before.motions()).isEqualTo(4);
        assertThat(all.discussions() - before.discussions()).isEqualTo(2);
        assertThat(all.followUpsOpen() - before.followUpsOpen()).isEqualTo(3);
        assertThat(all.followUpsOverdue() - before.followUpsOverdue()).isEqualTo(2);
        assertThat(queries.themeFigures("3A.1")).isEqualTo(all);
        assertThat(queries.overviewYears()).contains(YEAR, 1963, 1960);
    }

    @Test
    void the_overview_lists_every_theme_in_one_statement_democracy_and_the_rule_of_law_first() {
        TestAccounts.signInAnonymously();
        var counted = StatementCounter.during(() -> queries.overview(FiguresPeriod.year(YEAR)));
        assertThat(counted.statements()).hasSize(1);
        List<ThemeFiguresRow> rows = counted.result();
        assertThat(rows).extracting(ThemeFiguresRow::code).startsWith("3A.1", "3A.2");
        assertThat(rows).extracting(ThemeFiguresRow::code).doesNotHaveDuplicates();
        assertThat(rows.stream().skip(2).noneMatch(ThemeFiguresRow::highlighted))
                .isTrue();
        assertThatThrownBy(() -> queries.overview(FiguresPeriod.term(Long.MAX_VALUE)))
                .isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void the_csv_has_a_header_and_a_line_per_theme_in_the_readers_language() throws IOException {
        TestAccounts.signInAnonymously();
        List<ThemeFiguresRow> rows = queries.overview(FiguresPeriod.year(YEAR));
        String csv = new String(queries.overviewCsv(FiguresPeriod.year(YEAR), Locale.ENGLISH), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFtheme_code,theme,consultations,");
        assertThat(csv).contains("\r\n");
        List<CSVRecord> records = parse(csv.substring(1));
        assertThat(records.getFirst().toList()).isEqualTo(ThemeFiguresCsv.HEADER);
        assertThat(records).hasSize(rows.size() + 1);
        CSVRecord democracy = records.get(1);
        assertThat(democracy.get(0)).isEqualTo("3A.1");
        assertThat(democracy.get(1)).isEqualTo(rows.getFirst().name().en());
        ThemeFigures f = rows.getFirst().figures();
        assertThat(democracy.toList().subList(2, 11))
                .containsExactly(
                        String.valueOf(f.consultations()),
                        String.valueOf(f.proposals()),
                        String.valueOf(f.supports()),
                        String.valueOf(f.discussions()),
                        String.valueOf(f.motions()),
                        String.valueOf(f.adopted()),
                        String.valueOf(f.rejected()),
                        String.valueOf(f.followUpsOpen()),
                        String.valueOf(f.followUpsOverdue()));
    }

    @Test
    void hostile_theme_names_stay_one_cell_and_never_run_as_a_formula() throws IOException {
        String hostile = "=HYPERLINK(\"https://evil.example\",\"klik\"), \"quoted\"\r\nnext line; ';DROP";
        ThemeFigures zero = new ThemeFigures(0, 0, 0, 0, 0, 0, 0, 0, 0);
        List<ThemeFiguresRow> rows = List.of(
                new ThemeFiguresRow("9Z,1", new LocalizedText(hostile, "@SUM(A1:A2)"), false, zero),
                new ThemeFiguresRow("9Z.2", new LocalizedText("Gewoon", "Plain"), false, zero));

        List<CSVRecord> dutch =
                parse(new String(ThemeFiguresCsv.write(rows, Locale.of("nl")), StandardCharsets.UTF_8).substring(1));
        assertThat(dutch).hasSize(3);
        assertThat(dutch.get(1).get(0)).isEqualTo("9Z,1");
        assertThat(dutch.get(1).get(1)).isEqualTo("'" + hostile);
        assertThat(dutch.get(2).get(1)).isEqualTo("Gewoon");
        List<CSVRecord> english =
                parse(new String(ThemeFiguresCsv.write(rows, Locale.ENGLISH), StandardCharsets.UTF_8).substring(1));
        assertThat(english.get(1).get(1)).isEqualTo("'@SUM(A1:A2)");
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    private static Map<String, ThemeFigures> byCode(List<ThemeFiguresRow> rows) {
        Map<String, ThemeFigures> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(row.code(), row.figures()));
        return map;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(12, 0).atZone(AMSTERDAM).toInstant();
    }

    private long proposal(long consultation) {
        return as(
                people.account(),
                () -> proposals.submit(
                        // letters only: digits of a random id can look like a postcode or a phone number to
                        // the personal-data check, which then asks for a confirmation
                        ProposalFixtures.submission(
                                consultation,
                                "Periodevoorstel "
                                        + UUID.randomUUID().toString().replaceAll("[^a-f]", ""))));
    }

    private void createdOn(long proposal, LocalDate day) {
        dsl.update(PROPOSAL)
                .set(PROPOSAL.CREATED_AT, at(day))
                .where(PROPOSAL.ID.eq(proposal))
                .execute();
    }

    private void support(long proposal, LocalDate day) {
        dsl.insertInto(SUPPORT)
                .set(SUPPORT.PROPOSAL_ID, proposal)
                .set(SUPPORT.ACCOUNT_ID, people.account().accountId())
                .set(SUPPORT.CREATED_AT, at(day))
                .execute();
    }

    private void submittedOn(long motion, LocalDate day) {
        dsl.update(MOTION)
                .set(MOTION.SUBMITTED_AT, at(day))
                .where(MOTION.ID.eq(motion))
                .execute();
    }

    private void opensOn(long discussion, LocalDate day) {
        dsl.update(DISCUSSION)
                .set(DISCUSSION.OPENS_AT, at(day))
                .where(DISCUSSION.ID.eq(discussion))
                .execute();
    }

    private void submit(MotionFixtures.Council council, long... ids) {
        as(council.councillors()[0], () -> {
            for (long id : ids) {
                lifecycle.submit(id, council.itemId());
            }
            return null;
        });
    }

    private void record(MotionFixtures.Council council, long motion, VoteChoice choice) {
        as(
                council.griffier(),
                () -> votes.record(new VoteRecording(
                        motion,
                        VoteMethod.PARTY,
                        Map.of(council.parties()[0], choice, council.parties()[1], choice),
                        null)));
    }
}
