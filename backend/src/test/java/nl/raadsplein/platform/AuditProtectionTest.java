package nl.raadsplein.platform;

import static nl.raadsplein.jooq.Tables.AUDIT_ENTRY;
import static nl.raadsplein.jooq.Tables.AUDIT_HEAD;
import static nl.raadsplein.jooq.Tables.AUDIT_KEYING;
import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.Role;
import nl.raadsplein.jooq.tables.records.AuditEntryRecord;
import nl.raadsplein.jooq.tables.records.AuditHeadRecord;
import nl.raadsplein.platform.internal.AuditTrail;
import nl.raadsplein.proposal.ProposalFixtures;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10, ADR 23: the application's own database account cannot change the audit chain, a rewrite needs the key,
 * and a rewrite with the key is still found against the anchor the nightly check noted outside the database.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class AuditProtectionTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChain chain;

    @Autowired
    AuditRepository repository;

    @Autowired
    AuditKey key;

    @Autowired
    AuditTampering tampering;

    @Autowired
    DatabaseServer server;

    @Autowired
    ProposalFixtures fixtures;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    private long record(String reason) {
        AccountPrincipal admin = fixtures.account(Role.ADMIN);
        return as(
                admin,
                () -> new TransactionTemplate(transactions)
                        .execute(status -> trail.record(admin.accountId(), "TEST_ENTRY", "TEST", 1L, reason, null)));
    }

    private AuditCheck check() {
        return as(fixtures.account(Role.ADMIN), () -> audit.check());
    }

    @Test
    void the_applications_own_account_can_neither_change_nor_remove_an_audit_row() {
        long seq = record("zoals het was");
        assertThatThrownBy(() -> dsl.update(AUDIT_ENTRY)
                        .set(AUDIT_ENTRY.REASON, "anders")
                        .where(AUDIT_ENTRY.SEQ.eq(seq))
                        .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Audit entries cannot be changed");
        assertThatThrownBy(() -> dsl.deleteFrom(AUDIT_ENTRY)
                        .where(AUDIT_ENTRY.SEQ.eq(seq))
                        .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Audit entries cannot be removed");
        assertThatThrownBy(() -> dsl.truncate(AUDIT_ENTRY).execute()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.execute("DROP TRIGGER audit_entry_no_update"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.update(AUDIT_KEYING)
                        .set(AUDIT_KEYING.LEGACY_UNTIL, Long.MAX_VALUE)
                        .execute())
                .as("nor can it declare its own entries to be of the kind without a key")
                .isInstanceOf(DataAccessException.class);
        assertThat(dsl.select(AUDIT_ENTRY.REASON)
                        .from(AUDIT_ENTRY)
                        .where(AUDIT_ENTRY.SEQ.eq(seq))
                        .fetchOne()
                        .value1())
                .isEqualTo("zoals het was");
        assertThat(check().intact()).isTrue();
    }

    @Test
    void the_embedded_database_lets_nobody_in_as_root_without_a_password() throws SQLException {
        assertThat(server.embedded()).as("the tests run on the embedded server").isNotNull();
        assertThatThrownBy(() ->
                        DriverManager.getConnection(server.url(), "root", "").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() ->
                        DriverManager.getConnection(server.url(), "root", null).close())
                .isInstanceOf(SQLException.class);
        DriverManager.getConnection(server.url(), server.migrationUser(), server.migrationPassword())
                .close();
        assertThat(server.user()).isNotEqualTo("root");
        assertThatThrownBy(() -> dsl.execute("CREATE TABLE intruder (id INT)"))
                .as("the application's account changes rows, not the schema")
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void without_a_key_of_at_least_32_characters_the_chain_refuses_to_start_and_names_the_setting() {
        for (String missing : new String[] {null, "", "   ", "x".repeat(31)}) {
            assertThatThrownBy(() -> new AuditKey(missing))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("AUDIT_HMAC_KEY")
                    .hasMessageContaining("at least 32 characters");
        }
        assertThat(new AuditKey("x".repeat(32)).pseudonym(7)).isNotEqualTo(new AuditKey("y".repeat(32)).pseudonym(7));
    }

    @Test
    void an_entry_rewritten_and_rehashed_with_plain_sha256_is_found() {
        long seq = record("het echte besluit");
        rewriteLast(seq, "een ander besluit", AuditChain::legacyHash, () -> {
            AuditCheck check = check();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(seq);
            assertThat(check.breakKind()).isEqualTo(AuditCheck.Break.CHANGED);
        });
        assertThat(check().intact()).isTrue();
    }

    @Test
    void an_entry_rehashed_under_another_key_is_found() {
        long seq = record("het echte besluit");
        AuditChain otherKey =
                new AuditChain(repository, new AuditKey("another-key-of-someone-else-0123456789"), transactions);
        rewriteLast(seq, "een ander besluit", fields -> otherKey.hash(fields), () -> {
            AuditCheck check = check();
            assertThat(check.brokenAt()).isEqualTo(seq);
            assertThat(check.breakKind()).isEqualTo(AuditCheck.Break.CHANGED);
        });
        assertThat(check().intact()).isTrue();
    }

    @Test
    void the_nightly_check_notes_its_anchor_in_a_file_and_a_later_one_finds_a_rewrite_before_it(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("anchors.txt");
        AuditNightlyCheck nightly = new AuditNightlyCheck(chain, file, clock);
        long before = record("vóór het ijkpunt");
        long anchored = record("het ijkpunt");
        AuditCheck first = nightly.run();
        assertThat(first.intact()).isTrue();
        assertThat(first.last().seq()).isEqualTo(anchored);
        assertThat(Files.readAllLines(file)).singleElement().asString().matches("\\S+ intact " + first.last());
        assertThat(nightly.lastAnchor()).isEqualTo(first.last());

        // Someone with the database and the key rewrites an entry before the anchor and rehashes everything after.
        List<AuditEntryRecord> originals = tampering(before, anchored);
        AuditHeadRecord head = dsl.selectFrom(AUDIT_HEAD).fetchSingle();
        try {
            tampering.asOwner(owner -> {
                String previous = originals.getFirst().getPrevHash();
                for (AuditEntryRecord original : originals) {
                    String reason = original.getSeq() == before ? "vervalst" : original.getReason();
                    String hash = chain.hash(fields(original, reason, previous));
                    owner.update(AUDIT_ENTRY)
                            .set(AUDIT_ENTRY.REASON, reason)
                            .set(AUDIT_ENTRY.PREV_HASH, previous)
                            .set(AUDIT_ENTRY.HASH, hash)
                            .where(AUDIT_ENTRY.SEQ.eq(original.getSeq()))
                            .execute();
                    previous = hash;
                }
                owner.update(AUDIT_HEAD).set(AUDIT_HEAD.LAST_HASH, previous).execute();
            });
            assertThat(check().intact())
                    .as("with the key, the chain alone cannot tell")
                    .isTrue();
            AuditCheck later = nightly.run();
            assertThat(later.intact()).isFalse();
            assertThat(later.brokenAt()).isEqualTo(anchored);
            assertThat(later.breakKind()).isEqualTo(AuditCheck.Break.DIVERGED);
            assertThat(Files.readAllLines(file).getLast()).contains("BROKEN at entry " + anchored);
            assertThat(nightly.lastAnchor())
                    .as("a broken check notes no anchor")
                    .isEqualTo(first.last());
        } finally {
            restore(originals, head);
        }
        assertThat(nightly.run().intact()).isTrue();
        assertThat(Files.readAllLines(file)).hasSize(3);
    }

    @Test
    void entries_written_before_the_chain_had_a_key_still_verify_and_later_ones_are_keyed() throws SQLException {
        String base = server.url().substring(0, server.url().lastIndexOf('/') + 1);
        String schema = "raadsplein_upgrade";
        try (var connection = DriverManager.getConnection(base, server.migrationUser(), server.migrationPassword());
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
            statement.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(base + schema, server.migrationUser(), server.migrationPassword());
        try {
            Flyway.configure().dataSource(dataSource).target("20").load().migrate();
            DSLContext old = DSL.using(dataSource, SQLDialect.MARIADB);
            String previous = AuditChain.GENESIS;
            for (long seq = 1; seq <= 3; seq++) {
                AuditEntryRecord entry = new AuditEntryRecord();
                entry.setSeq(seq);
                entry.setRecordedAt(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
                entry.setAction("ROLE_GRANTED");
                entry.setDetails("role=GRIFFIER");
                String hash = AuditChain.legacyHash(fields(entry, null, previous));
                entry.setPrevHash(previous);
                entry.setHash(hash);
                old.insertInto(AUDIT_ENTRY).set(entry).execute();
                previous = hash;
            }
            old.update(AUDIT_HEAD)
                    .set(AUDIT_HEAD.LAST_SEQ, 3L)
                    .set(AUDIT_HEAD.LAST_HASH, previous)
                    .execute();

            Flyway.configure().dataSource(dataSource).load().migrate();
            DataSourceTransactionManager upgradedTransactions = new DataSourceTransactionManager(dataSource);
            AuditRepository upgraded =
                    new AuditRepository(DSL.using(new TransactionAwareDataSourceProxy(dataSource), SQLDialect.MARIADB));
            AuditChain upgradedChain = new AuditChain(upgraded, key, upgradedTransactions);
            AuditCheck legacy = upgradedChain.verify(null);
            assertThat(legacy.intact()).as(legacy.describe()).isTrue();
            assertThat(legacy.entries()).isEqualTo(3);

            AuditAppender appender = new AuditAppender(upgraded, upgradedChain, key, clock);
            new TransactionTemplate(upgradedTransactions)
                    .execute(status -> appender.record(null, "AFTER_UPGRADE", null, null, null, null));
            AuditCheck after = upgradedChain.verify(legacy.last());
            assertThat(after.intact()).as(after.describe()).isTrue();
            assertThat(after.entries()).isEqualTo(4);
            AuditEntryRecord fourth =
                    old.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.eq(4L)).fetchSingle();
            assertThat(fourth.getHash())
                    .as("keyed: plain SHA-256 of the new entry is not its hash")
                    .isNotEqualTo(AuditChain.legacyHash(fields(fourth, fourth.getReason(), fourth.getPrevHash())));
        } finally {
            DSL.using(dataSource, SQLDialect.MARIADB).execute("DROP DATABASE " + schema);
        }
    }

    private static Object[] fields(AuditEntryRecord entry, String reason, String previousHash) {
        return new Object[] {
            entry.getSeq(),
            entry.getRecordedAt(),
            entry.getActorId(),
            entry.getAction(),
            entry.getItemType(),
            entry.getItemId(),
            reason,
            entry.getDetails(),
            previousHash
        };
    }

    private List<AuditEntryRecord> tampering(long from, long to) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.SEQ.between(from, to))
                .orderBy(AUDIT_ENTRY.SEQ)
                .fetch();
    }

    /** Rewrites the last entry's reason, rehashed with {@code hasher}, head included; runs {@code check}; undoes. */
    private void rewriteLast(long seq, String reason, Function<Object[], String> hasher, Runnable check) {
        AuditEntryRecord original = tampering(seq, seq).getFirst();
        AuditHeadRecord head = dsl.selectFrom(AUDIT_HEAD).fetchSingle();
        assertThat(head.getLastSeq()).as("the entry is the last").isEqualTo(seq);
        String hash = hasher.apply(fields(original, reason, original.getPrevHash()));
        try {
            tampering.asOwner(owner -> {
                owner.update(AUDIT_ENTRY)
                        .set(AUDIT_ENTRY.REASON, reason)
                        .set(AUDIT_ENTRY.HASH, hash)
                        .where(AUDIT_ENTRY.SEQ.eq(seq))
                        .execute();
                owner.update(AUDIT_HEAD).set(AUDIT_HEAD.LAST_HASH, hash).execute();
            });
            check.run();
        } finally {
            restore(List.of(original), head);
        }
    }

    private void restore(List<AuditEntryRecord> originals, AuditHeadRecord head) {
        tampering.asOwner(owner -> {
            for (AuditEntryRecord original : originals) {
                owner.update(AUDIT_ENTRY)
                        .set(AUDIT_ENTRY.REASON, original.getReason())
                        .set(AUDIT_ENTRY.PREV_HASH, original.getPrevHash())
                        .set(AUDIT_ENTRY.HASH, original.getHash())
                        .where(AUDIT_ENTRY.SEQ.eq(original.getSeq()))
                        .execute();
            }
            owner.update(AUDIT_HEAD)
                    .set(AUDIT_HEAD.LAST_HASH, head.getLastHash())
                    .execute();
        });
    }
}
