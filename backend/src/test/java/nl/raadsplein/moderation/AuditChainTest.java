package nl.raadsplein.moderation;

import static nl.raadsplein.jooq.Tables.AUDIT_ENTRY;
import static nl.raadsplein.jooq.Tables.AUDIT_HEAD;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.RoleService;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.jooq.tables.records.AuditEntryRecord;
import nl.raadsplein.platform.AuditAnchor;
import nl.raadsplein.platform.AuditCheck;
import nl.raadsplein.platform.AuditCheckRunner;
import nl.raadsplein.platform.AuditEntry;
import nl.raadsplein.platform.AuditLine;
import nl.raadsplein.platform.AuditTampering;
import nl.raadsplein.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain on the real database: appends, concurrent appends, and tampering with rows directly in
 * MariaDB, as the schema's owner with the triggers out of the way (the application's account cannot). Each tampering test puts the row back, so the shared chain stays intact for the other tests.
 */
class AuditChainTest extends ModerationTestBase {

    @Autowired
    RoleService roles;

    @Autowired
    AuditCheckRunner runner;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditTampering tampering;

    private AuditCheck check() {
        return as(fixtures.account(Role.ADMIN), () -> audit.check());
    }

    private long record(AccountPrincipal who, String reason) {
        return as(
                who,
                () -> new TransactionTemplate(transactions)
                        .execute(status -> trail.record(who.accountId(), "TEST_ENTRY", "TEST", 1L, reason, "details")));
    }

    @Test
    void role_changes_and_moderation_actions_append_to_an_intact_chain() {
        AccountPrincipal admin = fixtures.account(Role.ADMIN);
        AccountPrincipal resident = fixtures.account();
        as(admin, () -> {
            roles.appointGriffier(resident.accountId());
            roles.revokeRole(resident.accountId(), Role.GRIFFIER);
            return null;
        });
        long id = proposal(consultation(hiding(5, 7, false)), fixtures.account());
        as(griffier(), () -> actions.hide(ContentRef.proposal(id), Decision.of(ModerationReason.SPAM, 0)));
        List<AuditEntry> newest = as(admin, () -> audit.entries(0, 3)).stream()
                .map(AuditLine::entry)
                .toList();
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
            tampering.asOwner(owner -> owner.update(AUDIT_ENTRY)
                    .set(AUDIT_ENTRY.REASON, "vervalst")
                    .where(AUDIT_ENTRY.SEQ.eq(target))
                    .execute());
            AuditCheck check = check();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(target);
            assertThat(check.breakKind()).isEqualTo(AuditCheck.Break.CHANGED);
            assertThat(check.found().seq()).isEqualTo(target);
            assertThat(check.found().action()).isEqualTo("TEST_ENTRY");
            assertThat(check.found().reason()).isEqualTo("vervalst");
            assertThat(check.describe()).contains("entry " + target, "action TEST_ENTRY");
            assertThat(runChecker()).isEqualTo(1);
        } finally {
            tampering.asOwner(owner -> owner.update(AUDIT_ENTRY)
                    .set(AUDIT_ENTRY.REASON, "origineel")
                    .where(AUDIT_ENTRY.SEQ.eq(target))
                    .execute());
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
        AuditEntryRecord removed =
                dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(target)).fetchOne();
        try {
            tampering.asOwner(owner -> owner.deleteFrom(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.SEQ.eq(target))
                    .execute());
            AuditCheck check = check();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(target);
            assertThat(check.breakKind()).isEqualTo(AuditCheck.Break.REMOVED);
            assertThat(check.found().seq()).as("the entry after the gap").isEqualTo(target + 1);
            assertThat(check.found().reason()).isEqualTo("erna");
        } finally {
            removed.changed(true);
            tampering.asOwner(
                    owner -> owner.insertInto(AUDIT_ENTRY).set(removed).execute());
        }
        assertThat(check().intact()).isTrue();
    }

    @Test
    void removing_the_last_entry_is_found_too() {
        AccountPrincipal admin = fixtures.account(Role.ADMIN);
        long last = record(admin, "laatste");
        AuditEntryRecord removed =
                dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(last)).fetchOne();
        try {
            tampering.asOwner(owner -> owner.deleteFrom(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.SEQ.eq(last))
                    .execute());
            AuditCheck check = check();
            assertThat(check.brokenAt()).isEqualTo(last);
            assertThat(check.breakKind()).isEqualTo(AuditCheck.Break.REMOVED);
            assertThat(check.found()).as("nothing follows the gap").isNull();
        } finally {
            removed.changed(true);
            tampering.asOwner(
                    owner -> owner.insertInto(AUDIT_ENTRY).set(removed).execute());
        }
        assertThat(check().intact()).isTrue();
    }

    @Test
    void an_anchor_noted_earlier_exposes_a_chain_rewritten_and_rehashed_from_that_entry() {
        AccountPrincipal admin = fixtures.account(Role.ADMIN);
        long kept = record(admin, "vóór het ijkpunt");
        long target = record(admin, "het echte besluit");
        AuditAnchor anchor = check().last();
        assertThat(anchor.seq()).isEqualTo(target);
        assertThat(as(admin, () -> audit.check(anchor)).intact()).isTrue();
        assertThat(runChecker(anchor.toString())).isZero();

        AuditEntryRecord original =
                dsl().selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(target)).fetchOne();
        String keptHash = dsl().select(AUDIT_ENTRY.HASH)
                .from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.SEQ.eq(kept))
                .fetchOne()
                .value1();
        try {
            // Someone with the database in hand replaces the entry and rehashes from there, head included.
            tampering.asOwner(owner -> owner.deleteFrom(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.SEQ.ge(target))
                    .execute());
            tampering.asOwner(owner -> owner.update(AUDIT_HEAD)
                    .set(AUDIT_HEAD.LAST_SEQ, kept)
                    .set(AUDIT_HEAD.LAST_HASH, keptHash)
                    .execute());
            assertThat(record(admin, "een ander besluit")).isEqualTo(target);

            assertThat(check().intact()).as("the chain alone cannot tell").isTrue();
            AuditCheck anchored = as(admin, () -> audit.check(anchor));
            assertThat(anchored.intact()).isFalse();
            assertThat(anchored.brokenAt()).isEqualTo(target);
            assertThat(anchored.breakKind()).isEqualTo(AuditCheck.Break.DIVERGED);
            assertThat(anchored.found().reason())
                    .as("the entry as it reads now")
                    .isEqualTo("een ander besluit");
            assertThat(runChecker(anchor.toString())).isEqualTo(1);
        } finally {
            tampering.asOwner(owner -> owner.deleteFrom(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.SEQ.ge(target))
                    .execute());
            original.changed(true);
            tampering.asOwner(
                    owner -> owner.insertInto(AUDIT_ENTRY).set(original).execute());
            tampering.asOwner(owner -> owner.update(AUDIT_HEAD)
                    .set(AUDIT_HEAD.LAST_SEQ, target)
                    .set(AUDIT_HEAD.LAST_HASH, original.getHash())
                    .execute());
        }
        assertThat(as(admin, () -> audit.check(anchor)).intact()).isTrue();
        AuditCheck beyond = as(admin, () -> audit.check(new AuditAnchor(target + 1_000, anchor.hash())));
        assertThat(beyond.breakKind()).isEqualTo(AuditCheck.Break.REMOVED);
    }

    @Test
    void anything_but_seq_colon_hash_is_refused_as_an_anchor() {
        for (String line : nl.raadsplein.HostileInputs.lines()) {
            assertThatThrownBy(() -> AuditAnchor.parse("anchor", line)).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> AuditAnchor.parse("anchor", "0:" + "a".repeat(64)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(AuditAnchor.parse("anchor", " 12:" + "AB".repeat(32) + " "))
                .isEqualTo(new AuditAnchor(12, "ab".repeat(32)));
        assertThat(runChecker("12:kapot")).isEqualTo(2);
    }

    @Test
    void the_newest_entries_name_who_acted_and_the_system_as_nobody() {
        AccountPrincipal admin = fixtures.account(Role.ADMIN);
        long byAdmin = record(admin, "door de beheerder");
        long bySystem = as(
                admin,
                () -> new TransactionTemplate(transactions)
                        .execute(status -> trail.record(null, "TEST_SYSTEM", null, null, null, null)));
        List<AuditLine> newest = as(admin, () -> audit.entries(0, 2));
        assertThat(newest).extracting(l -> l.entry().seq()).containsExactly(bySystem, byAdmin);
        assertThat(newest.get(0).actorName()).isNull();
        assertThat(newest.get(1).actorName()).isEqualTo(admin.displayName());
        assertThat(newest.get(1).entry().reason()).isEqualTo("door de beheerder");
        assertThat(as(admin, () -> audit.entries(1, 1)))
                .extracting(l -> l.entry().seq())
                .containsExactly(byAdmin);
    }

    @Test
    void hostile_reasons_are_stored_exactly_and_keep_the_chain_intact() {
        AccountPrincipal admin = fixtures.account(Role.ADMIN);
        for (String line : nl.raadsplein.HostileInputs.lines()) {
            long seq = record(admin, line);
            String stored = dsl().select(AUDIT_ENTRY.REASON)
                    .from(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.SEQ.eq(seq))
                    .fetchOne()
                    .value1();
            assertThat(stored).isEqualTo(line.codePointCount(0, line.length()) <= 1000 ? line : stored);
        }
        assertThat(check().intact()).isTrue();
    }

    private int runChecker() {
        return runChecker(null);
    }

    private int runChecker(String anchor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = runner.check(anchor, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        switch (status) {
                            case 0 -> "intact";
                            case 1 -> "BROKEN";
                            default -> "Not an anchor";
                        });
        return status;
    }
}
