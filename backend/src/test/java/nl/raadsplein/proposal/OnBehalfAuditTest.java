package nl.raadsplein.proposal;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static nl.raadsplein.proposal.ProposalFixtures.draft;
import static nl.raadsplein.proposal.ProposalFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.platform.AuditEntry;
import nl.raadsplein.platform.AuditLine;
import nl.raadsplein.platform.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** What the griffie enters on a resident's behalf is in the audit chain: who, which channel, for whom by pseudonym. */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class OnBehalfAuditTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    SupportService supports;

    @Autowired
    AuditLog audit;

    @Autowired
    ProposalFixtures fixtures;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private List<AuditEntry> entries(String action, long proposalId) {
        return as(fixtures.account(Role.ADMIN), () -> audit.entries(0, 50)).stream()
                .map(AuditLine::entry)
                .filter(e ->
                        e.action().equals(action) && Long.valueOf(proposalId).equals(e.itemId()))
                .toList();
    }

    private static void assertNamesNoAccount(AuditEntry entry, AccountPrincipal resident) {
        assertThat(Arrays.asList(entry.details().split("[ =]")))
                .as("the resident's account number is not in the chain")
                .doesNotContain(String.valueOf(resident.accountId()));
        assertThat(entry.details()).doesNotContain(resident.displayName());
        assertThat(entry.reason()).isNull();
    }

    @Test
    void a_support_entered_at_the_desk_is_audited_with_the_channel_and_the_residents_pseudonym_once() {
        long id = fixtures.proposalIn(Phase.SUPPORTS, settings(50, 3, 30, false, false), proposals);
        AccountPrincipal resident = fixtures.account();
        AccountPrincipal other = fixtures.account();
        AccountPrincipal griffier = fixtures.signInAs(Role.GRIFFIER);
        supports.supportOnBehalf(id, resident.accountId(), EntryChannel.DESK);
        supports.supportOnBehalf(id, resident.accountId(), EntryChannel.LETTER);
        supports.supportOnBehalf(id, other.accountId(), EntryChannel.PHONE);

        List<AuditEntry> entries = entries("SUPPORT_ON_BEHALF", id);
        assertThat(entries)
                .as("a repeated support changes nothing, so it is not audited")
                .hasSize(2);
        AuditEntry forResident = entries.get(1);
        AuditEntry forOther = entries.get(0);
        assertThat(forResident.actorId()).isEqualTo(griffier.accountId());
        assertThat(forResident.itemType()).isEqualTo("PROPOSAL");
        assertThat(forResident.detail(AuditEntry.CHANNEL)).isEqualTo("DESK");
        assertThat(forOther.detail(AuditEntry.CHANNEL)).isEqualTo("PHONE");
        assertThat(forResident.detail(AuditEntry.RESIDENT)).matches("[0-9a-f]{16}");
        assertThat(forOther.detail(AuditEntry.RESIDENT)).isNotEqualTo(forResident.detail(AuditEntry.RESIDENT));
        assertNamesNoAccount(forResident, resident);
        assertNamesNoAccount(forOther, other);
        assertThat(as(fixtures.account(Role.ADMIN), () -> audit.check()).intact())
                .isTrue();
    }

    @Test
    void a_proposal_entered_for_a_caller_is_audited_with_the_same_pseudonym_as_her_supports() {
        long consultation = fixtures.consultation(Phase.PROPOSALS, settings(50, 3, 30, false, false));
        AccountPrincipal caller = fixtures.account();
        AccountPrincipal griffier = fixtures.signInAs(Role.GRIFFIER);
        long id = proposals.submitOnBehalf(
                new ProposalOnBehalf(caller.accountId(), EntryChannel.LETTER, consultation, draft("Per brief")));
        long supported = fixtures.proposalIn(Phase.SUPPORTS, settings(50, 3, 30, false, false), proposals);
        TestAccounts.signIn(griffier);
        supports.supportOnBehalf(supported, caller.accountId(), EntryChannel.PHONE);

        AuditEntry entry = entries("PROPOSAL_ON_BEHALF", id).getFirst();
        assertThat(entry.actorId()).isEqualTo(griffier.accountId());
        assertThat(entry.detail(AuditEntry.CHANNEL)).isEqualTo("LETTER");
        assertThat(entry.detail(AuditEntry.RESIDENT))
                .isEqualTo(entries("SUPPORT_ON_BEHALF", supported).getFirst().detail(AuditEntry.RESIDENT));
        assertNamesNoAccount(entry, caller);
        assertThat(entries(
                        "PROPOSAL_ON_BEHALF",
                        fixtures.proposalIn(Phase.PROPOSALS, settings(50, 3, 30, false, false), proposals)))
                .as("a resident's own proposal is not entered on anyone's behalf")
                .isEmpty();
    }
}
