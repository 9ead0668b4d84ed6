package nl.raadsplein.motion;

import static nl.raadsplein.motion.MotionFixtures.motion;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.notification.FollowTarget;
import nl.raadsplein.notification.NotificationService;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class FollowUpTest extends MotionTestBase {

    @Autowired
    FollowUpService followUps;

    @Autowired
    NotificationService notifications;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
    }

    private long submitted(MotionFixtures.Council council, String title) {
        AccountPrincipal francis = council.councillors()[0];
        long id = as(francis, () -> motions.draft(motion(title)));
        as(francis, () -> {
            lifecycle.submit(id, council.itemId());
            return null;
        });
        return id;
    }

    private long voted(MotionFixtures.Council council, String title, VoteChoice first, VoteChoice second) {
        long id = submitted(council, title);
        as(
                council.griffier(),
                () -> votes.record(new VoteRecording(
                        id,
                        VoteMethod.PARTY,
                        Map.of(council.parties()[0], first, council.parties()[1], second),
                        null)));
        return id;
    }

    private long adopted(MotionFixtures.Council council) {
        return voted(council, "Uitvoeren maar", VoteChoice.FOR, VoteChoice.FOR);
    }

    private long promise(MotionFixtures.Council council, long motionId, LocalDate dueOn) {
        return as(
                council.griffier(),
                () -> followUps.promise(
                        motionId, new FollowUpDraft("Een gedragscode opstellen", "Wethouder Digitalisering", dueOn)));
    }

    private void update(MotionFixtures.Council council, long followUpId, FollowUpStatus status, String note) {
        FollowUp current = followUps.forMotion(motionOf(followUpId)).stream()
                .filter(f -> f.id() == followUpId)
                .findFirst()
                .orElseThrow();
        as(council.griffier(), () -> {
            followUps.update(new FollowUpChange(followUpId, current.version(), status, current.dueOn(), note));
            return null;
        });
    }

    private long motionOf(long followUpId) {
        return followUps.list(FollowUpFilter.ALL, 0, 500).stream()
                .filter(f -> f.id() == followUpId)
                .findFirst()
                .orElseThrow()
                .motionId();
    }

    @Test
    void the_griffie_records_a_promise_on_an_adopted_motion_and_anyone_reads_it_with_its_updates() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        long motion = adopted(council);

        long id = promise(council, motion, today().plusMonths(3));
        update(council, id, FollowUpStatus.IN_PROGRESS, "Eerste bijeenkomst gehouden");

        TestAccounts.signInAnonymously();
        FollowUp read = followUps.forMotion(motion).getFirst();
        assertThat(read.promise()).isEqualTo("Een gedragscode opstellen");
        assertThat(read.owner()).isEqualTo("Wethouder Digitalisering");
        assertThat(read.status()).isEqualTo(FollowUpStatus.IN_PROGRESS);
        assertThat(read.overdue()).isFalse();
        assertThat(read.doneOn()).isNull();
        assertThat(read.updates()).singleElement().satisfies(u -> {
            assertThat(u.note()).isEqualTo("Eerste bijeenkomst gehouden");
            assertThat(u.status()).isEqualTo(FollowUpStatus.IN_PROGRESS);
            assertThat(u.recordedBy()).isNotBlank();
        });
    }

    @Test
    void only_a_motion_the_council_adopted_gets_promises() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        long rejected = voted(council, "Liever niet", VoteChoice.AGAINST, VoteChoice.FOR);
        long pending = submitted(council, "Nog niet gestemd");
        long draft = as(council.councillors()[0], () -> motions.draft(motion("Concept")));

        for (long motion : new long[] {rejected, pending}) {
            assertThatThrownBy(() -> promise(council, motion, today().plusDays(30)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("motion.error.follow-up-not-adopted"));
            assertThat(followUps.forMotion(motion)).isEmpty();
        }
        assertThatThrownBy(() -> promise(council, draft, today().plusDays(30))).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void only_the_griffie_records_promises_and_updates() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        long motion = adopted(council);
        long id = promise(council, motion, today().plusDays(30));
        FollowUpDraft draft = new FollowUpDraft("Doen", "Wethouder", today().plusDays(30));
        FollowUpChange change = new FollowUpChange(id, 0, FollowUpStatus.DONE, today(), "Klaar");

        for (AccountPrincipal who :
                new AccountPrincipal[] {council.councillors()[0], people.account(), people.account(Role.ADMIN)}) {
            assertThatThrownBy(() -> as(who, () -> followUps.promise(motion, draft)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, () -> {
                        followUps.update(change);
                        return null;
                    }))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> followUps.promise(motion, draft)).isInstanceOf(AccessDeniedException.class);
        assertThat(followUps.forMotion(motion))
                .singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(FollowUpStatus.OPEN));
    }

    @Test
    void a_promise_needs_what_who_and_a_sensible_date_and_a_refusal_names_the_field() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        long motion = adopted(council);
        Map<String, FollowUpDraft> refused = Map.of(
                "promise", new FollowUpDraft("  ", "Wethouder", today()),
                "owner", new FollowUpDraft("Doen", null, today()),
                "dueOn", new FollowUpDraft("Doen", "Wethouder", null));
        refused.forEach((field, draft) -> assertThatThrownBy(
                        () -> as(council.griffier(), () -> followUps.promise(motion, draft)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field)));
        assertThatThrownBy(() -> promise(council, motion, LocalDate.of(9999, 12, 31)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.follow-up-due-range"));
        assertThatThrownBy(() -> as(
                        council.griffier(),
                        () -> followUps.promise(motion, new FollowUpDraft("x".repeat(1001), "Wethouder", today()))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(followUps.forMotion(motion)).isEmpty();
    }

    @Test
    void hostile_text_is_kept_verbatim_or_refused_with_a_message() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        long motion = adopted(council);
        int kept = 0;
        for (String hostile : HostileInputs.lines()) {
            try {
                as(
                        council.griffier(),
                        () -> followUps.promise(motion, new FollowUpDraft(hostile, "Wethouder", today())));
                kept++;
                assertThat(followUps.forMotion(motion).getLast().promise()).isEqualTo(hostile.strip());
            } catch (InvalidInputException refused) {
                assertThat(refused.messageKey()).isNotBlank();
            }
        }
        assertThat(followUps.forMotion(motion)).hasSize(kept);
    }

    @Test
    void past_its_due_date_and_not_done_is_overdue_and_done_records_the_day() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        long motion = adopted(council);
        int overdueBefore = followUps.count(FollowUpFilter.OVERDUE);
        int doneBefore = followUps.count(FollowUpFilter.DONE);

        long late = promise(council, motion, today().minusDays(1));
        long onTime = promise(council, motion, today());

        assertThat(followUps.forMotion(motion)).extracting(FollowUp::overdue).containsExactly(true, false);
        assertThat(followUps.count(FollowUpFilter.OVERDUE)).isEqualTo(overdueBefore + 1);
        assertThat(followUps.list(FollowUpFilter.OVERDUE, 0, 500))
                .extracting(FollowUpSummary::id)
                .contains(late)
                .doesNotContain(onTime);

        update(council, late, FollowUpStatus.DONE, "Afgerond");

        FollowUp done = followUps.forMotion(motion).getFirst();
        assertThat(done.overdue()).isFalse();
        assertThat(done.doneOn()).isEqualTo(today());
        assertThat(followUps.count(FollowUpFilter.OVERDUE)).isEqualTo(overdueBefore);
        assertThat(followUps.count(FollowUpFilter.DONE)).isEqualTo(doneBefore + 1);
        assertThat(followUps.list(FollowUpFilter.DONE, 0, 500))
                .filteredOn(f -> f.id() == late)
                .singleElement()
                .satisfies(f -> assertThat(f.motionTitle()).isEqualTo("Uitvoeren maar"));

        update(council, late, FollowUpStatus.IN_PROGRESS, "Toch nog niet klaar");
        assertThat(followUps.forMotion(motion).getFirst().doneOn()).isNull();
        assertThat(followUps.forMotion(motion).getFirst().overdue()).isTrue();
    }

    @Test
    void an_update_on_a_stale_view_is_refused_and_changes_nothing() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        long motion = adopted(council);
        long id = promise(council, motion, today().plusDays(10));
        update(council, id, FollowUpStatus.IN_PROGRESS, "Begonnen");

        assertThatThrownBy(() -> as(council.griffier(), () -> {
                    followUps.update(new FollowUpChange(id, 0, FollowUpStatus.DONE, today(), "Klaar"));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.follow-up-changed"));
        FollowUp read = followUps.forMotion(motion).getFirst();
        assertThat(read.status()).isEqualTo(FollowUpStatus.IN_PROGRESS);
        assertThat(read.updates()).hasSize(1);
    }

    @Test
    void residents_who_follow_the_motion_hear_the_vote_each_promise_and_each_update_once() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        long motion = submitted(council, "Volg mij");
        AccountPrincipal sandra = people.account();
        as(sandra, () -> {
            notifications.follow(FollowTarget.MOTION, motion);
            notifications.follow(FollowTarget.MOTION, motion);
            return null;
        });
        as(
                council.griffier(),
                () -> votes.record(new VoteRecording(
                        motion,
                        VoteMethod.PARTY,
                        Map.of(council.parties()[0], VoteChoice.FOR, council.parties()[1], VoteChoice.AGAINST),
                        null)));
        assertThat(fixtures.notifications(sandra.accountId(), "MOTION_VOTED")).isEqualTo(1);

        long id = promise(council, motion, today().plusDays(60));
        update(council, id, FollowUpStatus.DONE, "Klaar");

        assertThat(fixtures.notifications(sandra.accountId(), "MOTION_FOLLOW_UP"))
                .isEqualTo(2);
        assertThat(fixtures.notifications(council.griffier().accountId(), "MOTION_FOLLOW_UP"))
                .isZero();

        as(sandra, () -> {
            notifications.unfollow(FollowTarget.MOTION, motion);
            return null;
        });
        update(council, id, FollowUpStatus.IN_PROGRESS, "Toch niet");
        assertThat(fixtures.notifications(sandra.accountId(), "MOTION_FOLLOW_UP"))
                .isEqualTo(2);
    }

    @Test
    void a_draft_motion_cannot_be_followed() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        long draft = as(council.councillors()[0], () -> motions.draft(motion("Nog geheim")));
        AccountPrincipal sandra = people.account();
        assertThatThrownBy(() -> as(sandra, () -> {
                    notifications.follow(FollowTarget.MOTION, draft);
                    return null;
                }))
                .isInstanceOf(NoSuchItemException.class);
    }
}
