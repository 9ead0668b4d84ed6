package nl.raadsplein.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.raadsplein.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Length over complexity, as NIST SP 800-63B advises: at least twelve characters, not a well-known password
 * and not guessable from the address or name of the account.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    // Shorter local parts ("jan", "an") occur in too many good passwords to refuse them.
    private static final int MIN_LOCAL_PART = 3;
    // What must remain of a password once the address's name is taken out of it.
    private static final int MIN_REMAINDER = 8;

    private final Set<String> common;

    PasswordPolicy() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            common = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses a password for an account with this (already checked) address and name. Passwords are taken as
     * typed: no trimming, so that what works at registration works at login.
     */
    void check(String field, @Nullable String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException(field, "error.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidInputException(field, "account.error.password-too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInputException(field, "account.error.password-too-long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw new InvalidInputException(field, "account.error.password-common");
        }
        if (displayName != null && lower.strip().equals(displayName.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "account.error.password-is-name");
        }
        if (email != null && isMostlyAddress(lower, email.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "account.error.password-contains-email");
        }
    }

    /**
     * Whether the password is the address, or the address's name with little more than digits and signs around
     * it ("jan.jansen1977!"). A password that merely mentions the name among other words passes: the demo's
     * "Inwoner-demo-2026" for inwoner@... is such a one.
     */
    private static boolean isMostlyAddress(String password, String email) {
        if (password.contains(email)) {
            return true;
        }
        String localPart = email.substring(0, Math.max(email.indexOf('@'), 0));
        if (localPart.length() < MIN_LOCAL_PART || !password.contains(localPart)) {
            return false;
        }
        String rest = password.replace(localPart, "");
        return rest.codePointCount(0, rest.length()) < MIN_REMAINDER
                || rest.codePoints().noneMatch(Character::isLetter);
    }
}
