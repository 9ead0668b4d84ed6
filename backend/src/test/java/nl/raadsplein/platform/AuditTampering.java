package nl.raadsplein.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Tampering with the audit chain as only someone who holds the database server can: as the schema's owner, with the
 * triggers that refuse changes to audit rows dropped for the while, and put back afterwards. The application's own
 * account cannot do this (AuditProtectionTest).
 */
@Component
public class AuditTampering {

    private final DatabaseServer server;

    AuditTampering(DatabaseServer server) {
        this.server = server;
    }

    /** Runs {@code work} on a connection of the schema's owner, without the audit triggers. */
    public void asOwner(Consumer<DSLContext> work) {
        try (Connection connection =
                DriverManager.getConnection(server.url(), server.migrationUser(), server.migrationPassword())) {
            DSLContext owner = DSL.using(connection, SQLDialect.MARIADB);
            owner.execute("SET time_zone = '+00:00'");
            List<String> triggers = owner.fetch(
                            "SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = DATABASE()"
                                    + " AND event_object_table IN ('audit_entry', 'audit_keying')")
                    .getValues(0, String.class);
            List<String> definitions = triggers.stream()
                    .map(name ->
                            owner.fetchOne("SHOW CREATE TRIGGER " + name).get("SQL Original Statement", String.class))
                    .toList();
            triggers.forEach(name -> owner.execute("DROP TRIGGER " + name));
            try {
                work.accept(owner);
            } finally {
                definitions.forEach(owner::execute);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database as its owner", e);
        }
    }
}
