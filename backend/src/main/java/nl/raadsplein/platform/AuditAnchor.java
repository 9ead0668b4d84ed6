package nl.raadsplein.platform;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An entry's hash noted outside the database at an earlier check ({@code seq:hash}). A later check that finds
 * another hash at that entry proves the chain was rewritten up to there, which the chain alone cannot show to
 * someone who recomputed every later hash.
 */
public record AuditAnchor(long seq, String hash) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,18}):([0-9a-fA-F]{64})");

    public AuditAnchor {
        if (seq < 1 || hash == null || hash.length() != 64) {
            throw new IllegalArgumentException("seq " + seq + ", hash " + hash);
        }
        hash = HexFormat.of().formatHex(HexFormat.of().parseHex(hash));
    }

    /** Reads {@code seq:hash} as the check prints it; anything else is refused as input. */
    public static AuditAnchor parse(String field, String text) {
        var matcher = text == null ? null : FORMAT.matcher(text.strip());
        if (matcher == null || !matcher.matches() || Long.parseLong(matcher.group(1)) < 1) {
            throw new InvalidInputException(field, "audit.error.anchor-format");
        }
        return new AuditAnchor(Long.parseLong(matcher.group(1)), matcher.group(2));
    }

    @Override
    public String toString() {
        return seq + ":" + hash;
    }
}
