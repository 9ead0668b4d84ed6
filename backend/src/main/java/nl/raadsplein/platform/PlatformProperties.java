package nl.raadsplein.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's own settings under {@code raadsplein.*}: where it is reached and where its data lives.
 *
 * @param baseUrl the public address, for links in mails
 * @param dataDir where the embedded MariaDB keeps its data; none means a throwaway directory
 * @param db the MariaDB server; without a URL an embedded one is started. Its {@code migrationUser} owns the
 *     schema and runs the migrations; none means the application's account does (ADR 23)
 * @param audit the audit chain's key and where the nightly check notes its anchors (ADR 23)
 */
@ConfigurationProperties("raadsplein")
public record PlatformProperties(
        String baseUrl,
        String dataDir,
        @DefaultValue Db db,
        @DefaultValue Audit audit) {

    /** The public address of a path on the platform, such as {@code /voorstellen/1}. */
    public String link(String path) {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + path;
    }

    public record Db(
            String url,
            String user,
            String password,
            String migrationUser,
            String migrationPassword,
            @DefaultValue("10") int poolSize) {}

    /**
     * @param key the HMAC key of the audit chain, outside the database
     * @param anchorFile where the nightly check appends its anchors; none means {@code audit-anchors.txt} in the
     *     data directory, or a throwaway file beside a throwaway database
     */
    public record Audit(String key, String anchorFile) {}
}
