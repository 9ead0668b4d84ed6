package nl.raadsplein.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** The secrets in links (a mailed confirmation, a download): random, and kept in the database only as a SHA-256. */
final class SecretTokens {

    // Base64url of 32 bytes is 43 characters; anything much longer is not ours.
    static final int MAX_LENGTH = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {}

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be one of ours at all; a blank or overlong one is refused before any lookup. */
    static boolean plausible(String token) {
        return !token.isBlank() && token.length() <= MAX_LENGTH;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
