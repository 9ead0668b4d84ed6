package nl.raadsplein.platform;

import org.jspecify.annotations.Nullable;

/**
 * The MariaDB server and the two accounts on it: the application's, which reads and writes rows, and the one the
 * migrations run as, which owns the schema and its triggers (ADR 23). On an external server without a migration
 * account of its own both are the application's.
 */
record DatabaseServer(
        String url,
        String user,
        @Nullable String password,
        String migrationUser,
        @Nullable String migrationPassword,
        @Nullable EmbeddedMariaDb embedded)
        implements AutoCloseable {

    static DatabaseServer external(PlatformProperties.Db db) {
        boolean ownMigrationUser =
                db.migrationUser() != null && !db.migrationUser().isBlank();
        return new DatabaseServer(
                db.url(),
                db.user(),
                db.password(),
                ownMigrationUser ? db.migrationUser() : db.user(),
                ownMigrationUser ? db.migrationPassword() : db.password(),
                null);
    }

    static DatabaseServer embedded(EmbeddedMariaDb embedded, String databaseName) {
        return new DatabaseServer(
                embedded.jdbcUrl(databaseName),
                EmbeddedMariaDb.APP_USER,
                embedded.appPassword(),
                "root",
                embedded.rootPassword(),
                embedded);
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    @Override
    public String toString() {
        return "DatabaseServer[" + url + ", user " + user + ", migrations as " + migrationUser + "]";
    }
}
