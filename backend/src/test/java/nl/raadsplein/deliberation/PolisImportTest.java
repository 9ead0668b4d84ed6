package nl.raadsplein.deliberation;

import static nl.raadsplein.jooq.Tables.DISCUSSION;
import static nl.raadsplein.jooq.Tables.DISCUSSION_PARTICIPANT;
import static nl.raadsplein.jooq.Tables.STATEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class PolisImportTest extends ReportTestBase {

    static final String VOTES_HEADER = "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2\n";

    @Test
    void a_griffier_imports_a_pol_is_conversation_with_its_statements_participants_and_votes_and_sees_groups() {
        signInAs(Role.GRIFFIER);

        ImportedDiscussion imported = imports.importConversation(demo("Kan er consensus zijn over Brexit?"));

        assertThat(imported.participants()).isEqualTo(204);
        assertThat(imported.statements() + imported.hidden()).isEqualTo(50);
        assertThat(imported.votes()).isPositive();
        var row = discussions
                .dsl()
                .selectFrom(DISCUSSION)
                .where(DISCUSSION.ID.eq(imported.discussionId()))
                .fetchSingle();
        assertThat(row.getImported()).isTrue();
        assertThat(row.getState()).isEqualTo(DiscussionState.PUBLISHED);
        assertThat(discussions
                        .dsl()
                        .select(Tally.votes(), Tally.participants())
                        .from(DISCUSSION)
                        .where(DISCUSSION.ID.eq(imported.discussionId()))
                        .fetchSingle()
                        .intoList())
                .containsExactly(imported.votes(), 204);
        assertThat(discussions
                        .dsl()
                        .fetchCount(
                                DISCUSSION_PARTICIPANT,
                                DISCUSSION_PARTICIPANT
                                        .DISCUSSION_ID
                                        .eq(imported.discussionId())
                                        .and(DISCUSSION_PARTICIPANT.ACCOUNT_ID.isNull())
                                        .and(DISCUSSION_PARTICIPANT.IMPORTED_REF.isNotNull())))
                .isEqualTo(204);
        TestAccounts.signInAnonymously();
        DiscussionReport report = reports.report(imported.discussionId());
        assertThat(report.model()).as("computed right after the import").isNotNull();
        assertThat(report.model().groups()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void statements_pol_is_moderated_out_are_kept_hidden_and_long_ones_are_kept_whole() {
        signInAs(Role.GRIFFIER);
        String longText = "lang ".repeat(100).strip();
        String comments =
                "comment-id,author-id,moderated,comment-body\n0,0,1,Eerste\n1,1,-1,Weg ermee\n2,0,1," + longText + "\n";
        String votes = VOTES_HEADER + "0,,1,3,1,1,1,-1,0\n1,,1,3,1,1,1,1,-1\n";

        ImportedDiscussion imported = imports.importConversation(command(
                "Klein",
                clock.instant().minus(Duration.ofDays(2)),
                clock.instant().minus(Duration.ofDays(1)),
                comments.getBytes(StandardCharsets.UTF_8),
                votes.getBytes(StandardCharsets.UTF_8)));

        assertThat(imported.hidden()).isEqualTo(1);
        assertThat(discussions
                        .dsl()
                        .select(STATEMENT.TEXT, STATEMENT.STATE)
                        .from(STATEMENT)
                        .where(STATEMENT.DISCUSSION_ID.eq(imported.discussionId()))
                        .orderBy(STATEMENT.IMPORTED_REF)
                        .fetch(r -> r.value1() + "|" + r.value2()))
                .containsExactly("Eerste|PUBLISHED", "Weg ermee|HIDDEN", longText + "|PUBLISHED");
    }

    @Test
    void hostile_statement_texts_are_stored_exactly_as_written() {
        signInAs(Role.GRIFFIER);
        List<String> hostile = HostileInputs.lines().stream()
                .filter(line -> line.length() <= 2000 && !line.isBlank())
                .toList();
        StringBuilder comments = new StringBuilder("comment-id,moderated,comment-body\n");
        StringBuilder header = new StringBuilder("participant,group-id");
        StringBuilder vote = new StringBuilder("0,");
        for (int i = 0; i < hostile.size(); i++) {
            comments.append(i)
                    .append(",1,\"")
                    .append(hostile.get(i).replace("\"", "\"\""))
                    .append("\"\n");
            header.append(',').append(i);
            vote.append(",1");
        }
        String votes = header + "\n" + vote + "\n";

        ImportedDiscussion imported = imports.importConversation(command(
                "Vijandig",
                clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(1)),
                comments.toString().getBytes(StandardCharsets.UTF_8),
                votes.getBytes(StandardCharsets.UTF_8)));

        TestAccounts.signInAnonymously();
        assertThat(reports.report(imported.discussionId()).statements().values())
                .containsExactlyInAnyOrderElementsOf(hostile);
    }

    @Test
    void a_malformed_file_is_refused_with_its_line_and_nothing_is_imported() {
        signInAs(Role.GRIFFIER);
        int before = discussions.dsl().fetchCount(DISCUSSION);
        String comments = "comment-id,moderated,comment-body\n0,1,Een\n1,1,Twee\n2,1,Drie\n";
        String votes = VOTES_HEADER + "0,,1,3,1,1,1,-1,0\n1,,1,3,1,1,1,zeven,-1\n";

        assertThatThrownBy(() -> imports.importConversation(command(
                        "Kapot",
                        clock.instant(),
                        clock.instant().plus(Duration.ofDays(1)),
                        comments.getBytes(StandardCharsets.UTF_8),
                        votes.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("files");
                    assertThat(e.arguments()).contains("participants-votes.csv", 3L);
                });
        assertThat(discussions.dsl().fetchCount(DISCUSSION)).isEqualTo(before);
    }

    @Test
    void votes_on_a_statement_missing_from_comments_are_refused_and_nothing_is_imported() {
        signInAs(Role.GRIFFIER);
        int before = discussions.dsl().fetchCount(DISCUSSION);
        String comments = "comment-id,moderated,comment-body\n0,1,Een\n1,1,Twee\n";
        String votes = VOTES_HEADER + "0,,1,3,1,1,1,-1,1\n";

        assertThatThrownBy(() -> imports.importConversation(command(
                        "Scheef",
                        clock.instant(),
                        clock.instant().plus(Duration.ofDays(1)),
                        comments.getBytes(StandardCharsets.UTF_8),
                        votes.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(discussions.dsl().fetchCount(DISCUSSION)).isEqualTo(before);
    }

    @Test
    void the_question_a_theme_and_dates_in_order_are_required() {
        signInAs(Role.GRIFFIER);
        Instant now = clock.instant();
        byte[] c = resource(DEMO + "comments.csv");
        byte[] v = resource(DEMO + "participants-votes.csv");
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {command(" ", now, now.plusSeconds(60), c, v), "question"});
        cases.add(new Object[] {command("x".repeat(301), now, now.plusSeconds(60), c, v), "question"});
        cases.add(new Object[] {new PolisImport("Vraag", List.of(), now, now.plusSeconds(60), c, v), "themes"});
        cases.add(new Object[] {new PolisImport("Vraag", List.of("9Z.9"), now, now.plusSeconds(60), c, v), "themes"});
        cases.add(new Object[] {command("Vraag", now, now, c, v), "closesAt"});
        cases.add(new Object[] {command("Vraag", now, now.plusSeconds(60), new byte[0], v), "files"});
        for (Object[] refused : cases) {
            assertThatThrownBy(() -> imports.importConversation((PolisImport) refused[0]))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo(refused[1]));
        }
    }

    @Test
    void only_a_griffier_may_import() {
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> imports.importConversation(demo("Bezoeker")))
                .isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.RESIDENT, Role.COUNCILLOR, Role.ADMIN)) {
            signInAs(role);
            assertThatThrownBy(() -> imports.importConversation(demo(role.name())))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
