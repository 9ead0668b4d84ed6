package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.AUDIT_ENTRY;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.platform.AuditCheck;
import nl.raadsplein.platform.AuditCheckRunner;
import nl.raadsplein.platform.AuditEntry;
import nl.raadsplein.jooq.tables.records.AuditEntryRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain on the real database: appends, concurrent appends, and tampering with rows directly in
 * MariaDB. Each tampering test puts the row back, so the shared chain stays intact for the other tests.
 */
class AuditChainTest extends ModerationTestBase {

    @Autowired
    AccountService accounts;

    @Autowired
    AuditCheckRunner runner;

    @Autowired
    PlatformTransactionManager transactions;

    private AuditCheck check() {
        return as(fixtures.account(Role.ADMIN), () -> audit.check());
    }

    private long record(AccountPrincipal who, String reason) {
        return as(who, () -> new TransactionTemplate(transactions).execute(status ->
                audit.record(who.accountId(), "TEST_ENTRY", "TEST", 1L, reason, "details")));
    }

    @Test
    void role_changes_and_moderation_actions_append_to_an_intact_chain() {
        AccountPrincipal admin = fixtures.account(Role.ADMIN);
        AccountPrincipal resident = fixtures.account();
        as(admin, () -> {
            accounts.appointGriffier(resident.accountId());
            accounts.revokeRole(resident.accountId(), Role.GRIFFIER);
            return null;
        });
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        as(griffier(), () -> moderation.hide(ContentRef.proposal(id), Decision.of(ModerationReason.SPAM), 0));
        List<AuditEntry> newest = as(admin, () -> audit.entries(0, 3));
        assertThat(newest.getFirst().action()).isEqualTo("MODERATION_HIDE");
        assertThat(newest.getFirst().itemId()).isEqualTo(id);
        assertThat(newest.getFirst().reason()).isEqualTo("SPAM");
        assertThat(newest).extracting(AuditEntry::action).contains("ROLE_REVOKED");
        assertThat(newest.get(0).previousHash()).isEqualTo(newest.get(1).hash());
        AuditCheck check = check();
        assertThat(check.intact()).as(check.describe()).isTrue();
        assertThat(check.entries()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void concurrent_appends_keep_one_unbroken_chain() throws Exception {
        AccountPrincipal admin = fixtures.account(Role.ADMIN);
        int before = as(admin, () -> audit.count());
        List<Object> outcomes = race(20, i -> () -> {
            TestAccounts.signIn(admin);
            return record(admin, "parallel " + i);
        });
        assertThat(outcomes).allMatch(Long.class::isInstance);
        assertThat(outcomes.stream().map(Long.class::cast).distinct()).hasSize(20);
        assertThat(as(admin, () -> audit.count())).isEqualTo(before + 20);
        AuditCheck check = check();
        assertThat(check.intact()).as(check.describe()).isTrue();
    }

    @Test
    void changing_an_entrys_text_in_the_database_breaks_the_chain_exactly_there() {
        AccountPrincipal admin = fixtures.account(Role.ADMIN);
        long first = record(admin, "eerste");
        long target = record(admin, "origineel");
        record(admin, "daarna");
        assertThat(check().intact()).isTrue();
        try {
            dsl().update(AUDIT_ENTRY).set(AUDIT_ENTRY.REASON, "vervalst").where(AUDIT_ENTRY.SEQ.eq(target)).execute();
            AuditCheck check = check();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(target);
            assertThat(check.breakKind()).isEqualTo(AuditCheck.Break.CHANGED);
            assertThat(runChecker()).isEqualTo(1);
        } finally {
            dsl().update(AUDIT_ENTRY).set(AUDIT_ENTRY.REASON, "origineel").where(AUDIT_ENTRY.SEQ.eq(target)).execute();
        }
        assertThat(check().intact()).isTrue();
        assertThat(runChecker()).isZero();
        assertThat(first).isLessThan(target);
    }

    @Test
    void removing_an_entry_breaks_the_chain_at_that_entry() {
        AccountPrincipal admin = fixtures.account(Role.ADMIN);
        record(admin, "ervoor");
        long target = record(admin, "weg ermee");
        record(admin, "erna");
        AuditEntryRecord removed = dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(target)).fetchOne();
        try {
            dsl().deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(target)).execute();
            AuditCheck check = check();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(target);
            assertThat(check.breakKind()).isEqualTo(AuditCheck.Break.REMOVED);
        } finally {
            removed.changed(true);
            dsl().insertInto(AUDIT_ENTRY).set(removed).execute();
        }
        assertThat(check().intact()).isTrue();
    }

    @Test
    void removing_the_last_entry_is_found_too() {
        AccountPrincipal admin = fixtures.account(Role.ADMIN);
        long last = record(admin, "laatste");
        AuditEntryRecord removed = dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(last)).fetchOne();
        try {
            dsl().deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(last)).execute();
            AuditCheck check = check();
            assertThat(check.brokenAt()).isEqualTo(last);
            assertThat(check.breakKind()).isEqualTo(AuditCheck.Break.REMOVED);
        } finally {
            removed.changed(true);
            dsl().insertInto(AUDIT_ENTRY).set(removed).execute();
        }
        assertThat(check().intact()).isTrue();
    }

    @Test
    void hostile_reasons_are_stored_exactly_and_keep_the_chain_intact() {
        AccountPrincipal admin = fixtures.account(Role.ADMIN);
        for (String line : nl.raadsplein.HostileInputs.lines()) {
            long seq = record(admin, line);
            String stored = dsl().select(AUDIT_ENTRY.REASON).from(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(seq))
                    .fetchOne().value1();
            assertThat(stored).isEqualTo(line.codePointCount(0, line.length()) <= 1000 ? line : stored);
        }
        assertThat(check().intact()).isTrue();
    }

    private int runChecker() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = runner.check(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(status == 0 ? "intact" : "BROKEN");
        return status;
    }
}
