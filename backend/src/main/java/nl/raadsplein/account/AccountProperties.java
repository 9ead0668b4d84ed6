package nl.raadsplein.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The account feature's settings under {@code raadsplein.*}.
 *
 * @param census the key of the census hashes (at least 32 characters), none when residency cannot be verified
 * @param admin the first administrator, created at start-up while there is none; no default password exists
 */
@ConfigurationProperties("raadsplein")
public record AccountProperties(
        @DefaultValue Census census, @DefaultValue Admin admin) {

    public record Census(@Nullable String secret) {}

    public record Admin(
            @Nullable String email,
            @Nullable String password,
            @DefaultValue("Beheerder") String name) {}
}
