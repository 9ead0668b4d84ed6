package nl.raadsplein.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * An external MariaDB when {@code DB_URL} is set (production), else an embedded one: the same rule for the
 * application and the tests, so that no code path runs on anything but MariaDB.
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
    DataSource dataSource(PlatformProperties properties) {
        PlatformProperties.Db db = properties.db();
        String url = db.url();
        String dataDir = properties.dataDir();
        HikariConfig config = new HikariConfig();
        config.setPoolName("raadsplein");
        config.setMaximumPoolSize(db.poolSize());
        // jOOQ's MULTISET is built on GROUP_CONCAT; set its limit once per connection instead of per query.
        config.setConnectionInitSql("SET SESSION group_concat_max_len = 4294967295, time_zone = '+00:00'");
        if (StringUtils.hasText(url)) {
            config.setJdbcUrl(url);
            config.setUsername(db.user());
            config.setPassword(db.password());
            return new HikariDataSource(config);
        }
        EmbeddedMariaDb embedded =
                EmbeddedMariaDb.start(StringUtils.hasText(dataDir) ? Path.of(dataDir) : null, EMBEDDED_DATABASE);
        config.setJdbcUrl(embedded.jdbcUrl(EMBEDDED_DATABASE));
        config.setUsername("root");
        return new HikariDataSource(config) {
            @Override
            public void close() {
                super.close();
                embedded.close();
            }
        };
    }
}
