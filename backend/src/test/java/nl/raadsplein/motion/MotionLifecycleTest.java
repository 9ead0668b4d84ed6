package nl.raadsplein.motion;

import static nl.raadsplein.motion.MotionFixtures.motion;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class MotionLifecycleTest extends MotionTestBase {

    @Test
    void a_draft_is_seen_by_its_submitters_only_and_is_public_once_submitted() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        AccountPrincipal other = council.councillors()[1];
        long id = as(francis, () -> motions.draft(motion("Geen rangschikking van inwoners")));

        MotionDetails mine = as(francis, () -> queries.motion(id));
        assertThat(mine.state()).isEqualTo(MotionState.DRAFT);
        assertThat(mine.text().findings()).hasSize(1);
        assertThat(mine.text().requests()).hasSize(2);
        assertThat(mine.themeCodes()).containsExactly("3A.1", "3A.2");
        assertThat(mine.submitters()).singleElement().satisfies(s -> {
            assertThat(s.first()).isTrue();
            assertThat(s.party()).startsWith("A");
        });
        assertThat(mine.permissions().submit()).isTrue();
        assertThat(as(francis, () -> queries.exists(id))).isTrue();

        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> queries.motion(id)).isInstanceOf(NoSuchItemException.class);
        assertThat(queries.exists(id)).isFalse();
        assertThat(as(other, () -> queries.exists(id))).isFalse();
        assertThat(as(council.griffier(), () -> queries.exists(id))).isFalse();
        assertThat(queries.motions(0, 100)).extracting(MotionSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> as(other, () -> queries.motion(id))).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> as(council.griffier(), () -> queries.motion(id)))
                .isInstanceOf(NoSuchItemException.class);

        as(francis, () -> {
            lifecycle.submit(id, council.itemId());
            return null;
        });

        TestAccounts.signInAnonymously();
        MotionDetails submitted = queries.motion(id);
        assertThat(queries.exists(id)).isTrue();
        assertThat(queries.exists(id + 1000)).isFalse();
        assertThat(meetings.exists(council.meetingId())).isTrue();
        assertThat(meetings.exists(council.meetingId() + 1000)).isFalse();
        assertThat(submitted.state()).isEqualTo(MotionState.SUBMITTED);
        assertThat(submitted.placement().meetingId()).isEqualTo(council.meetingId());
        assertThat(submitted.events()).extracting(MotionDetails.Event::action).containsExactly("CREATED", "SUBMITTED");
        assertThat(submitted.permissions()).isEqualTo(MotionDetails.Permissions.NONE);
        assertThat(queries.motions(0, 100)).extracting(MotionSummary::id).contains(id);
        assertThat(meetings.meeting(council.meetingId()).items().getFirst().motions())
                .extracting(MotionSummary::id)
                .containsExactly(id);
    }

    @Test
    void a_councillor_of_another_party_co_signs_and_appears_with_their_party() {
        MotionFixtures.Council council = fixtures.council(10, 9, 3);
        AccountPrincipal francis = council.councillors()[0];
        AccountPrincipal cosigner = council.councillors()[1];
        AccountPrincipal decliner = council.councillors()[2];
        long id = as(francis, () -> motions.draft(motion("Samen tegen rangschikken")));
        as(francis, () -> {
            motions.invite(id, cosigner.accountId());
            motions.invite(id, decliner.accountId());
            return null;
        });

        MotionDetails invited = as(cosigner, () -> queries.motion(id));
        assertThat(invited.permissions().respond()).isTrue();
        assertThat(invited.permissions().edit()).isFalse();
        assertThat(people.dsl()
                        .fetchCount(
                                nl.raadsplein.jooq.Tables.NOTIFICATION,
                                nl.raadsplein.jooq.Tables.NOTIFICATION.ACCOUNT_ID.eq(cosigner.accountId())))
                .isEqualTo(1);

        as(cosigner, () -> {
            motions.respond(id, true);
            return null;
        });
        as(decliner, () -> {
            motions.respond(id, false);
            return null;
        });

        MotionDetails signed = as(francis, () -> queries.motion(id));
        assertThat(signed.submitters())
                .extracting(MotionDetails.Submitter::accountId, MotionDetails.Submitter::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(francis.accountId(), SubmitterStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(cosigner.accountId(), SubmitterStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(decliner.accountId(), SubmitterStatus.DECLINED));
        assertThat(signed.submitters().get(1).party()).startsWith("B");
        assertThatThrownBy(() -> as(decliner, () -> queries.motion(id))).isInstanceOf(NoSuchItemException.class);
        assertThat(as(decliner, () -> queries.exists(id))).isFalse();
        assertThat(as(cosigner, () -> queries.exists(id))).isTrue();
        assertThatThrownBy(() -> as(cosigner, () -> {
                    motions.respond(id, false);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.no-invitation"));
        assertThatThrownBy(() -> as(francis, () -> {
                    motions.invite(id, cosigner.accountId());
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.already-invited"));
        AccountPrincipal resident = people.account();
        assertThatThrownBy(() -> as(francis, () -> {
                    motions.invite(id, resident.accountId());
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.not-a-councillor"));
    }

    @Test
    void only_the_first_submitter_moves_the_motion_and_each_role_is_held_to_its_part() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        AccountPrincipal cosigner = council.councillors()[1];
        AccountPrincipal otherCouncillor = fixtures.councillor(council.parties()[1]);
        long id = as(francis, () -> motions.draft(motion("Wie mag wat")));
        as(francis, () -> {
            motions.invite(id, cosigner.accountId());
            lifecycle.submit(id, council.itemId());
            return null;
        });
        as(cosigner, () -> {
            motions.respond(id, true);
            return null;
        });

        AccountPrincipal resident = people.account();
        AccountPrincipal admin = people.account(Role.ADMIN);
        for (AccountPrincipal someone : List.of(resident, council.griffier(), admin)) {
            assertThatThrownBy(() -> as(someone, () -> {
                        lifecycle.holdOver(id);
                        return null;
                    }))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(someone, () -> motions.draft(motion("Niet van mij"))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (AccountPrincipal councillor : List.of(cosigner, otherCouncillor)) {
            assertThatThrownBy(() -> as(councillor, () -> {
                        lifecycle.withdraw(id);
                        return null;
                    }))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(councillor, () -> {
                        motions.edit(id, motion("Overgenomen"));
                        return null;
                    }))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> lifecycle.withdraw(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> votes.record(new VoteRecording(id, VoteMethod.WITHOUT_VOTE, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        for (AccountPrincipal notGriffier : List.of(francis, resident, admin)) {
            assertThatThrownBy(() -> as(
                            notGriffier,
                            () -> votes.record(new VoteRecording(id, VoteMethod.WITHOUT_VOTE, null, null))))
                    .isInstanceOf(AccessDeniedException.class);
        }

        as(francis, () -> {
            lifecycle.holdOver(id);
            return null;
        });
        assertThat(queries.motion(id).state()).isEqualTo(MotionState.HELD_OVER);
        assertThatThrownBy(() -> as(
                        council.griffier(),
                        () -> votes.record(new VoteRecording(id, VoteMethod.WITHOUT_VOTE, null, null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.not-submitted"));
        as(francis, () -> {
            lifecycle.submit(id, council.itemId());
            lifecycle.withdraw(id);
            return null;
        });
        MotionDetails withdrawn = queries.motion(id);
        assertThat(withdrawn.state()).isEqualTo(MotionState.WITHDRAWN);
        assertThat(withdrawn.events())
                .extracting(MotionDetails.Event::action)
                .containsExactly("CREATED", "INVITED", "SUBMITTED", "SIGNED", "HELD_OVER", "SUBMITTED", "WITHDRAWN");
        assertThat(withdrawn.events()).allSatisfy(e -> assertThat(e.at()).isNotNull());
        assertThatThrownBy(() -> as(francis, () -> {
                    lifecycle.submit(id, council.itemId());
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("motion.error.not-submittable"));
    }

    @Test
    void a_submitted_text_changes_only_by_a_new_version_and_every_version_stays_readable() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        long id = as(francis, () -> motions.draft(motion("Eerste titel")));
        as(francis, () -> {
            motions.edit(id, motion("Verbeterde titel"));
            return null;
        });
        assertThat(as(francis, () -> queries.motion(id)).currentVersion()).isEqualTo(1);
        as(francis, () -> {
            lifecycle.submit(id, council.itemId());
            motions.edit(id, motion("Gewijzigde motie"));
            return null;
        });

        TestAccounts.signInAnonymously();
        MotionDetails current = queries.motion(id);
        assertThat(current.currentVersion()).isEqualTo(2);
        assertThat(current.text().title()).isEqualTo("Gewijzigde motie");
        assertThat(queries.motion(id, 1).text().title()).isEqualTo("Verbeterde titel");
        assertThat(current.events()).extracting(MotionDetails.Event::action).contains("EDITED", "REVISED");
        assertThatThrownBy(() -> queries.motion(id, 3)).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void an_amendment_shows_the_part_it_changes_as_old_and_new_text() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        AccountPrincipal other = council.councillors()[1];
        long motionId = as(francis, () -> motions.draft(motion("De motie")));
        as(francis, () -> {
            lifecycle.submit(motionId, council.itemId());
            return null;
        });
        MotionDraft amendment = new MotionDraft(
                MotionType.AMENDMENT,
                "Amendement op de motie",
                List.of(),
                List.of(),
                List.of(),
                motionId,
                3,
                "alleen platforms te gebruiken die inwoners niet rangschikken",
                List.of(),
                List.of());
        long id = as(other, () -> motions.draft(amendment));
        MotionDetails.Amendment change = as(other, () -> queries.motion(id)).amendment();
        assertThat(change.part()).isEqualTo(3);
        assertThat(change.oldText()).isEqualTo("geen platforms te gebruiken die inwoners rangschikken");
        assertThat(change.newText()).isEqualTo("alleen platforms te gebruiken die inwoners niet rangschikken");

        MotionDraft outOfRange = new MotionDraft(
                MotionType.AMENDMENT,
                "Te ver",
                List.of(),
                List.of(),
                List.of(),
                motionId,
                5,
                "iets",
                List.of(),
                List.of());
        assertThatThrownBy(() -> as(other, () -> motions.draft(outOfRange)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("motion.error.amended-part");
                    assertThat(e.arguments()).containsExactly(4);
                });
    }

    @Test
    void a_motion_needs_a_finding_and_a_request_and_cites_only_what_exists() {
        MotionFixtures.Council council = fixtures.council(10, 9);
        AccountPrincipal francis = council.councillors()[0];
        MotionDraft noFinding = new MotionDraft(
                MotionType.MOTION, "Leeg", List.of("  "), List.of(), List.of("iets"), null, null, null, null, null);
        assertRefused(francis, noFinding, "findings", "motion.error.finding-required");
        MotionDraft noRequest =
                new MotionDraft(MotionType.MOTION, "Leeg", List.of("iets"), null, null, null, null, null, null, null);
        assertRefused(francis, noRequest, "requests", "motion.error.request-required");
        assertRefused(
                francis,
                motion("Verwijzing", new Citation(CitationKind.PROPOSAL, -1)),
                "citations",
                "motion.error.citation-unknown");
        assertRefused(francis, motion("Verwijzing", new Citation(null, 1)), "citations", "error.required");
        assertThat(as(francis, () -> queries.motions(0, 100)))
                .extracting(MotionSummary::firstSubmitter)
                .doesNotContain(francis.displayName());
    }

    private void assertRefused(AccountPrincipal who, MotionDraft draft, String field, String key) {
        assertThatThrownBy(() -> as(who, () -> motions.draft(draft)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }
}
