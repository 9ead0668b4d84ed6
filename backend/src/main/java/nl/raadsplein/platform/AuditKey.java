package nl.raadsplein.platform;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The audit chain's key ({@code raadsplein.audit.key}, or the environment variable {@code AUDIT_HMAC_KEY}), kept
 * outside the database: whoever rewrites entries in the database cannot rehash them without it (ADR 23). Without a
 * key the application does not start; a key it made up itself would lie beside the data it protects, and a lost
 * one would make every entry look forged.
 */
@Component
class AuditKey {

    static final int MINIMUM_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final int PSEUDONYM_LENGTH = 16;

    private final SecretKeySpec key;

    @Autowired
    AuditKey(PlatformProperties properties) {
        this(properties.audit().key());
    }

    AuditKey(@Nullable String secret) {
        if (secret == null || secret.strip().length() < MINIMUM_LENGTH) {
            throw new IllegalStateException("The audit chain needs a key of at least " + MINIMUM_LENGTH
                    + " characters in AUDIT_HMAC_KEY (raadsplein.audit.key), kept outside the database and its"
                    + " backups; for example: openssl rand -base64 48");
        }
        this.key = new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** HMAC-SHA256 of the text, in hex. */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java platform has " + ALGORITHM, e);
        }
    }

    /**
     * A resident's pseudonym in the chain: the same for the same account, telling nothing of the account without
     * the key. The prefix keeps it apart from the chain's own hashes under the same key.
     */
    String pseudonym(long accountId) {
        return mac("resident:" + accountId).substring(0, PSEUDONYM_LENGTH);
    }
}
