package nl.raadsplein.privacy;

import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.DISCUSSION_PARTICIPANT;
import static nl.raadsplein.jooq.Tables.PROPOSAL;
import static nl.raadsplein.jooq.Tables.SUPPORT;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.AccountDeletion;
import nl.raadsplein.account.AccountDeletionService;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Mails;
import nl.raadsplein.account.ProfileService;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.SessionService;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.jooq.tables.records.AccountRecord;
import nl.raadsplein.platform.AuditLog;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.proposal.ProposalDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AccountDeletionTest extends PersonalDataTestBase {

    @Autowired
    AccountDeletionService deletion;

    @Autowired
    ProfileService profiles;

    @Autowired
    AuditLog audit;

    @Autowired
    SessionService sessions;

    @Test
    void after_deleting_an_account_that_used_every_feature_no_column_and_no_log_line_holds_its_name_or_address(
            CapturedOutput log) {
        Person person = Person.unique();
        AccountPrincipal resident = register(person);
        Traces traces = useEverything(person, resident);
        awaitExport(resident, nl.raadsplein.account.ExportStatus.READY);
        // the mails to her (the confirmation, an invitation, a notification, the moderation notice) have left before
        // she goes
        Mails.await(smtp, person.email(), 4);
        assertThat(hits(person)).as("before deleting, the test finds her").isNotEmpty();

        as(resident, () -> {
            deletion.deleteMyAccount(new AccountDeletion(PASSWORD));
            return null;
        });

        assertThat(hits(person)).isEmpty();
        assertThat(applicationLog(log))
                .doesNotContainIgnoringCase(person.name())
                .doesNotContainIgnoringCase(person.email());
        assertThat(traces).isNotNull();
    }

    @Test
    void her_proposal_stays_as_by_a_former_participant_her_supports_and_votes_keep_counting_and_she_cannot_log_in() {
        Person person = Person.unique();
        AccountPrincipal resident = register(person);
        Traces traces = useEverything(person, resident);
        int supportsBefore = supportCount(traces.otherProposalId());
        java.time.Instant loggedInElsewhere = clock.instant();
        clock.advance(java.time.Duration.ofSeconds(1));

        as(resident, () -> {
            deletion.deleteMyAccount(new AccountDeletion(PASSWORD));
            return null;
        });
        assertThat(as(resident, () -> sessions.stillValid(loggedInElsewhere)))
                .as("her other browsers are logged out at their next request")
                .isFalse();

        TestAccounts.signInAnonymously();
        ProposalDetails proposal = proposals.proposal(traces.ownProposalId());
        assertThat(proposal.title()).isEqualTo("Een bankje bij de bieb");
        assertThat(proposal.authorName())
                .as("the view shows 'een oud-deelnemer' for a blank name")
                .isBlank();
        assertThat(supportCount(traces.otherProposalId())).isEqualTo(supportsBefore);
        assertThat(dsl.fetchCount(SUPPORT, SUPPORT.PROPOSAL_ID.eq(traces.otherProposalId())))
                .isEqualTo(supportsBefore);
        assertThat(dsl.fetchCount(
                        DISCUSSION_PARTICIPANT,
                        DISCUSSION_PARTICIPANT
                                .DISCUSSION_ID
                                .eq(traces.discussionId())
                                .and(DISCUSSION_PARTICIPANT.ACCOUNT_ID.isNull())))
                .as("she is an anonymous participant now")
                .isEqualTo(1);
        assertThatThrownBy(() -> profiles.profile(fixtures.publicId(resident.accountId())))
                .isInstanceOf(NoSuchItemException.class);
        assertThat(logsIn(person.email(), PASSWORD)).isFalse();
        TestAccounts.signOut();
        assertThat(as(fixtures.account(Role.ADMIN), () -> audit.check().intact()))
                .isTrue();
    }

    @Test
    void a_wrong_or_hostile_password_is_refused_on_the_field_and_changes_nothing() {
        Person person = Person.unique();
        AccountPrincipal resident = register(person);
        List<String> attempts = new ArrayList<>(HostileInputs.lines());
        attempts.add(PASSWORD + " ");
        attempts.add("");
        for (String attempt : attempts) {
            assertThatThrownBy(() -> as(resident, () -> {
                        deletion.deleteMyAccount(new AccountDeletion(attempt));
                        return null;
                    }))
                    .as(attempt)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("password"));
        }
        AccountRecord row = dsl.selectFrom(ACCOUNT)
                .where(ACCOUNT.ID.eq(resident.accountId()))
                .fetchSingle();
        assertThat(row.getDisplayName()).isEqualTo(person.name());
        assertThat(row.getEmail()).isEqualTo(person.email());
        assertThat(row.getDeletedAt()).isNull();
        assertThat(logsIn(person.email(), PASSWORD)).isTrue();
    }

    @Test
    void a_councillor_is_told_to_have_the_role_revoked_first_and_keeps_the_account() {
        AccountPrincipal councillor = testAccounts.create(Role.COUNCILLOR);
        String key = as(councillor, deletion::refusal).orElseThrow();
        assertThat(key).isEqualTo("account.error.delete-office");
        assertThatThrownBy(() -> as(councillor, () -> {
                    deletion.deleteMyAccount(new AccountDeletion(TestAccounts.PASSWORD));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(dsl.fetchExists(
                        ACCOUNT, ACCOUNT.ID.eq(councillor.accountId()).and(ACCOUNT.DELETED_AT.isNull())))
                .isTrue();
    }

    @Test
    void nobody_logged_in_can_delete_anything() {
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> deletion.deleteMyAccount(new AccountDeletion(PASSWORD)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /** The log without the lines of the test's own SMTP server, which names every mailbox it opens. */
    private static String applicationLog(CapturedOutput log) {
        return log.getAll()
                .lines()
                .filter(line -> !line.contains("c.icegreen.greenmail"))
                .collect(Collectors.joining("\n"));
    }

    private int supportCount(long proposalId) {
        return dsl.select(PROPOSAL.SUPPORT_COUNT)
                .from(PROPOSAL)
                .where(PROPOSAL.ID.eq(proposalId))
                .fetchSingle()
                .value1();
    }
}
