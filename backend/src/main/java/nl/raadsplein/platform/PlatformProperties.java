package nl.raadsplein.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's own settings under {@code raadsplein.*}: where it is reached and where its data lives.
 *
 * @param baseUrl the public address, for links in mails
 * @param dataDir where the embedded MariaDB keeps its data; none means a throwaway directory
 * @param db the MariaDB server; without a URL an embedded one is started
 */
@ConfigurationProperties("raadsplein")
public record PlatformProperties(
        String baseUrl, String dataDir, @DefaultValue Db db) {

    /** The public address of a path on the platform, such as {@code /voorstellen/1}. */
    public String link(String path) {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + path;
    }

    public record Db(
            String url,
            String user,
            String password,
            @DefaultValue("10") int poolSize) {}
}
