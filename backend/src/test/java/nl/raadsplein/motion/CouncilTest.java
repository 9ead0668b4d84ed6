package nl.raadsplein.motion;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class CouncilTest extends MotionTestBase {

    @Test
    void the_griffie_keeps_terms_and_seats_which_everyone_reads() {
        MotionFixtures.Council council = fixtures.council(10, 9, 0);
        TestAccounts.signInAnonymously();
        CouncilTerm term = terms.term(council.termId());
        assertThat(term.seats()).extracting(CouncilTerm.Seats::seats).containsExactly(10, 9);
        assertThat(term.totalSeats()).isEqualTo(19);

        AccountPrincipal admin = people.account(Role.ADMIN);
        as(admin, () -> {
            terms.setSeats(council.termId(), Map.of(council.parties()[0], 8, council.parties()[2], 3));
            return null;
        });
        assertThat(terms.term(council.termId()).seats())
                .extracting(CouncilTerm.Seats::seats)
                .containsExactly(8, 3);

        for (AccountPrincipal someone : List.of(people.account(), council.councillors()[0])) {
            assertThatThrownBy(() -> as(someone, () -> {
                        terms.setSeats(council.termId(), Map.of());
                        return null;
                    }))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(admin, () -> {
                    terms.setSeats(council.termId(), Map.of(council.parties()[0], 101));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.seats"));
        assertThatThrownBy(() -> as(
                        admin,
                        () -> terms.createTerm(new TermDraft(
                                "Overlap " + council.termId(),
                                term.startsOn().plusDays(1),
                                term.endsOn().plusDays(1)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.term-overlaps"));
        assertThat(terms.term(council.termId()).seats())
                .extracting(CouncilTerm.Seats::seats)
                .containsExactly(8, 3);
    }

    @Test
    void the_griffier_plans_a_meeting_with_an_ordered_agenda_that_everyone_reads() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        as(council.griffier(), () -> meetings.addItem(council.meetingId(), new AgendaItemDraft("Rondvraag", null)));

        TestAccounts.signInAnonymously();
        Meeting meeting = meetings.meeting(council.meetingId());
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meeting.termId()).isEqualTo(council.termId());
        assertThat(meeting.items()).extracting(Meeting.AgendaItem::position).containsExactly(1, 2);
        assertThat(meeting.items().getFirst().themeCodes()).containsExactly("3A.1");
        assertThat(meetings.meetings(0, 100)).extracting(MeetingSummary::id).contains(council.meetingId());

        for (AccountPrincipal someone :
                List.of(people.account(), council.councillors()[0], people.account(Role.ADMIN))) {
            assertThatThrownBy(() ->
                            as(someone, () -> meetings.addItem(council.meetingId(), new AgendaItemDraft("X", null))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(
                        council.griffier(),
                        () -> meetings.plan(new MeetingDraft(
                                MeetingKind.COMMITTEE,
                                "Zonder periode",
                                Instant.parse("1900-01-01T19:00:00Z"),
                                "Raadzaal"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.no-term"));
        assertThatThrownBy(() -> as(
                        council.griffier(),
                        () -> meetings.addItem(
                                council.meetingId(), new AgendaItemDraft("Onbekend thema", List.of("9Z.9")))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.unknown-theme"));
    }

    @Test
    void hostile_inputs_are_kept_verbatim_or_refused_with_a_message_and_never_break_a_page() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        for (String hostile : HostileInputs.lines()) {
            try {
                long id = as(
                        francis,
                        () -> motions.draft(new MotionDraft(
                                MotionType.MOTION,
                                hostile,
                                List.of(hostile),
                                List.of(hostile),
                                List.of(hostile),
                                null,
                                null,
                                null,
                                List.of(),
                                List.of())));
                MotionDetails read = as(francis, () -> queries.motion(id));
                assertThat(read.text().findings().getFirst())
                        .isEqualTo(read.text().requests().getFirst());
            } catch (InvalidInputException refused) {
                assertThat(refused.messageKey()).isNotBlank();
            }
            try {
                as(
                        council.griffier(),
                        () -> meetings.addItem(council.meetingId(), new AgendaItemDraft(hostile, List.of())));
            } catch (InvalidInputException refused) {
                assertThat(refused.messageKey()).isNotBlank();
            }
            try {
                as(
                        council.griffier(),
                        () -> terms.createTerm(
                                new TermDraft(hostile, LocalDate.of(1800, 1, 1), LocalDate.of(1800, 1, 2))));
            } catch (InvalidInputException refused) {
                assertThat(refused.messageKey()).isNotBlank();
            }
        }
        TestAccounts.signInAnonymously();
        assertThat(meetings.meeting(council.meetingId()).items()).hasSizeGreaterThan(1);
    }
}
