package nl.raadsplein.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * An external MariaDB when {@code DB_URL} is set (production), else an embedded one: the same rule for the
 * application and the tests, so that no code path runs on anything but MariaDB. The migrations may run as another
 * account than the application (ADR 23).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
public class DatabaseConfiguration {

    static final String EMBEDDED_DATABASE = "raadsplein";

    @Bean
    DefaultConfigurationCustomizer jooqSettings() {
        return configuration -> configuration.settings().withRenderGroupConcatMaxLenSessionVariable(false);
    }

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(PlatformProperties properties) {
        PlatformProperties.Db db = properties.db();
        if (StringUtils.hasText(db.url())) {
            return DatabaseServer.external(db);
        }
        String dataDir = properties.dataDir();
        return DatabaseServer.embedded(
                EmbeddedMariaDb.start(StringUtils.hasText(dataDir) ? Path.of(dataDir) : null, EMBEDDED_DATABASE),
                EMBEDDED_DATABASE);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseServer server, PlatformProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("raadsplein");
        config.setMaximumPoolSize(properties.db().poolSize());
        // jOOQ's MULTISET is built on GROUP_CONCAT; set its limit once per connection instead of per query.
        config.setConnectionInitSql("SET SESSION group_concat_max_len = 4294967295, time_zone = '+00:00'");
        config.setJdbcUrl(server.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        return new HikariDataSource(config);
    }

    /** The migrations create tables and the audit table's triggers, which the application's account may not. */
    @Bean
    FlywayConfigurationCustomizer migrationAccount(DatabaseServer server) {
        return configuration ->
                configuration.dataSource(server.url(), server.migrationUser(), server.migrationPassword());
    }
}
