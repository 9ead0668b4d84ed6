package nl.raadsplein.account;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Census facts no other test uses, census files made of them, and KvK numbers no other test uses: the tests share
 * one database.
 */
public final class CensusFixtures {

    private static final AtomicLong SEQUENCE =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));

    private CensusFixtures() {}

    /** Facts as the census file writes them and as a resident types them. */
    public record Facts(String postcode, String houseNumber, LocalDate dateOfBirth) {

        public String[] line() {
            return new String[] {postcode, houseNumber, dateOfBirth.toString()};
        }
    }

    public static Facts uniqueFacts() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String postcode = (1000 + random.nextInt(9000)) + " " + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        String houseNumber = Long.toString(1 + Math.floorMod(SEQUENCE.incrementAndGet(), 99_999));
        LocalDate date = LocalDate.of(1920 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new Facts(postcode, houseNumber, date);
    }

    public static String uniqueKvkNumber() {
        return String.format("%08d", Math.floorMod(SEQUENCE.incrementAndGet(), 100_000_000));
    }

    /** A census file with the Dutch header and these lines, each value quoted as CSV needs. */
    public static String csv(List<String[]> lines) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord("postcode", "huisnummer", "geboortedatum");
            for (String[] line : lines) {
                printer.printRecord((Object[]) line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    public static String csv(Facts... facts) {
        return csv(Arrays.stream(facts).map(Facts::line).toList());
    }

    /** HMAC-SHA256 of the normalised facts under {@code secret}, computed independently of the application. */
    public static String hash(String secret, Facts facts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String text = CensusFacts.postcode(facts.postcode()) + "|" + CensusFacts.houseNumber(facts.houseNumber())
                    + "|" + facts.dateOfBirth();
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static StringReader reader(String text) {
        return new StringReader(text);
    }
}
