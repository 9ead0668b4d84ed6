package nl.raadsplein.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.raadsplein.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns census facts into HMAC-SHA256 hashes under the municipality's secret ({@code raadsplein.census.secret},
 * or the environment variable {@code RAADSPLEIN_CENSUS_SECRET}). Without the secret the stored hashes cannot be
 * tried against guessed birth dates; changing it makes every stored entry unusable, so the census must then be
 * imported again.
 */
@Component
class CensusKey {

    static final int MINIMUM_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final @Nullable SecretKeySpec key;

    @Autowired
    CensusKey(AccountProperties properties) {
        this(properties.census().secret());
    }

    CensusKey(@Nullable String secret) {
        this.key = secret == null || secret.strip().length() < MINIMUM_LENGTH
                ? null
                : new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    boolean available() {
        return key != null;
    }

    /**
     * The hash of these facts, 64 hex digits.
     *
     * @param field the field a refusal names when there is no secret
     * @param messageKey the refusal then
     */
    String hash(CensusFacts facts, String field, String messageKey) {
        if (key == null) {
            throw new InvalidInputException(field, messageKey, MINIMUM_LENGTH);
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(facts.canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has " + ALGORITHM, e);
        }
    }
}
