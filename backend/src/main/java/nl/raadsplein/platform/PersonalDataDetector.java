package nl.raadsplein.platform;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.raadsplein.platform.PersonalDataFinding.Kind;

/**
 * Finds what looks like personal data in a text someone is about to make public: a burgerservicenummer, an IBAN,
 * a Dutch telephone number, an e-mail address, or a postcode with a house number. Numbers with a check (BSN, IBAN)
 * count only when the check passes, so an order number or a near-miss is not flagged.
 *
 * <p>Pure and stateless. Every pattern has bounded, mostly possessive repetitions and fixed-length lookarounds, so
 * a long or hostile text is scanned in linear time. Findings never overlap: where two candidates overlap, the one
 * that starts first wins, then the longer one.
 */
public final class PersonalDataDetector {

    /** A separator people put in numbers: a space, or a hyphen or dot with at most a space on either side. */
    private static final String SEP = "(?:[ \\u00A0]?[-.][ \\u00A0]?|[ \\u00A0])";

    /** Nine digits, or 4.2.3 with dots or spaces, or 3-3-3 with spaces or hyphens; not inside a longer number. */
    private static final Pattern BSN = Pattern.compile("(?<![\\p{Alnum}])(?<!\\d[-.,])"
            + "(?:\\d{9}|\\d{4}([. \\u00A0])\\d{2}\\1\\d{3}|\\d{3}([ \\u00A0-])\\d{3}\\2\\d{3})"
            + "(?![-.,]?\\d)(?!\\p{L})");

    /** The start of an IBAN: a country code and two check digits. The rest is scanned by hand. */
    private static final Pattern IBAN_START = Pattern.compile("(?<![\\p{Alnum}])[A-Za-z]{2}\\d{2}");

    /**
     * A Dutch number: +31 or 0031 and nine digits (with an optional "(0)"), or 0 and nine digits, or an area code
     * in brackets; with single separators between the digits. The digit count is fixed, so there is no
     * catastrophic backtracking.
     */
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{Alnum}+(])(?<!\\d[-.,])"
            + "(?:(?:\\+|00)31" + SEP + "?(?:\\(0\\)" + SEP + "?)?[1-9](?:" + SEP + "?\\d){8}"
            + "|0[1-9](?:" + SEP + "?\\d){8}"
            + "|\\(0[1-9]\\d\\)[ \\u00A0]?\\d(?:" + SEP + "?\\d){6}"
            + "|\\(0[1-9]\\d{2}\\)[ \\u00A0]?\\d(?:" + SEP + "?\\d){5})"
            + "(?![-.]?\\d)(?!\\p{L})");

    /** Something like dd-mm-yyyy at the start of a phone candidate: a date (and a time), not a number. */
    private static final Pattern DATE = Pattern.compile("\\d{2}([-./])\\d{2}\\1(?:19|20)\\d{2}(?!\\d).*");

    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\p{Alnum}._%+-])[A-Za-z0-9._%+-]{1,64}+@(?:[A-Za-z0-9-]{1,63}+\\.)+[A-Za-z]{2,24}+"
                    + "(?![A-Za-z0-9-])");

    /** A postcode: 1234 AB or 1234AB in capitals, or 1234ab written together. */
    private static final String POSTCODE = "[1-9]\\d{3}(?:[ \\u00A0]?[A-Z]{2}|[a-z]{2})(?!\\p{L})";

    /** A house number with an optional addition: 12, 12a, 12-1, 12-bis. */
    private static final String HOUSE_NUMBER =
            "\\d{1,5}+(?:[A-Za-z](?!\\p{L})|-(?:\\d{1,4}+|[A-Za-z]{1,3}+))?" + "(?!\\p{Alnum})";

    /** A postcode followed by a house number: "1234 AB 12", "1234AB 12a", "1234 AB, nr 5". */
    private static final Pattern POSTCODE_THEN_NUMBER =
            Pattern.compile("(?<![\\p{Alnum}])(" + POSTCODE + ")[ \\u00A0]{0,3}+,?[ \\u00A0]{0,3}+"
                    + "(?:(?i:huisnummer|nummer|nr|no)\\.?[ \\u00A0]{0,3}+)?" + HOUSE_NUMBER);

    /** A street address: a word, a house number, then a postcode ("Kerkstraat 12, 1234 AB"). */
    private static final Pattern NUMBER_THEN_POSTCODE =
            Pattern.compile("(?<=\\p{L}\\.?[ \\u00A0])" + HOUSE_NUMBER + ",?[ \\u00A0]{1,3}+(" + POSTCODE + ")");

    /** Series of letters never used in postcodes. */
    private static final Set<String> UNUSED_POSTCODE_LETTERS = Set.of("SA", "SD", "SS");

    /** The length of an IBAN per country (ISO 13616 registry). */
    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24),
            Map.entry("AE", 23),
            Map.entry("AL", 28),
            Map.entry("AT", 20),
            Map.entry("AZ", 28),
            Map.entry("BA", 20),
            Map.entry("BE", 16),
            Map.entry("BG", 22),
            Map.entry("BH", 22),
            Map.entry("BR", 29),
            Map.entry("BY", 28),
            Map.entry("CH", 21),
            Map.entry("CR", 22),
            Map.entry("CY", 28),
            Map.entry("CZ", 24),
            Map.entry("DE", 22),
            Map.entry("DK", 18),
            Map.entry("DO", 28),
            Map.entry("EE", 20),
            Map.entry("EG", 29),
            Map.entry("ES", 24),
            Map.entry("FI", 18),
            Map.entry("FO", 18),
            Map.entry("FR", 27),
            Map.entry("GB", 22),
            Map.entry("GE", 22),
            Map.entry("GI", 23),
            Map.entry("GL", 18),
            Map.entry("GR", 27),
            Map.entry("GT", 28),
            Map.entry("HR", 21),
            Map.entry("HU", 28),
            Map.entry("IE", 22),
            Map.entry("IL", 23),
            Map.entry("IQ", 23),
            Map.entry("IS", 26),
            Map.entry("IT", 27),
            Map.entry("JO", 30),
            Map.entry("KW", 30),
            Map.entry("KZ", 20),
            Map.entry("LB", 28),
            Map.entry("LC", 32),
            Map.entry("LI", 21),
            Map.entry("LT", 20),
            Map.entry("LU", 20),
            Map.entry("LV", 21),
            Map.entry("MC", 27),
            Map.entry("MD", 24),
            Map.entry("ME", 22),
            Map.entry("MK", 19),
            Map.entry("MR", 27),
            Map.entry("MT", 31),
            Map.entry("MU", 30),
            Map.entry("NL", 18),
            Map.entry("NO", 15),
            Map.entry("PK", 24),
            Map.entry("PL", 28),
            Map.entry("PS", 29),
            Map.entry("PT", 25),
            Map.entry("QA", 29),
            Map.entry("RO", 24),
            Map.entry("RS", 22),
            Map.entry("SA", 24),
            Map.entry("SE", 24),
            Map.entry("SI", 19),
            Map.entry("SK", 24),
            Map.entry("SM", 27),
            Map.entry("TN", 24),
            Map.entry("TR", 26),
            Map.entry("UA", 29),
            Map.entry("VG", 24),
            Map.entry("XK", 20));

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private PersonalDataDetector() {}

    /** What looks like personal data in {@code text}, in order of position; empty for null or clean text. */
    public static List<PersonalDataFinding> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<PersonalDataFinding> candidates = new ArrayList<>();
        findBsns(text, candidates);
        findIbans(text, candidates);
        findPhones(text, candidates);
        findAll(EMAIL, Kind.EMAIL, text, candidates);
        findAddresses(POSTCODE_THEN_NUMBER, text, candidates);
        findAddresses(NUMBER_THEN_POSTCODE, text, candidates);
        candidates.sort(Comparator.comparingInt(PersonalDataFinding::start)
                .thenComparing(Comparator.comparingInt(PersonalDataFinding::end).reversed()));
        List<PersonalDataFinding> findings = new ArrayList<>();
        int taken = 0;
        for (PersonalDataFinding candidate : candidates) {
            if (candidate.start() >= taken) {
                findings.add(candidate);
                taken = candidate.end();
            }
        }
        return List.copyOf(findings);
    }

    /** Whether {@code text} contains anything that looks like personal data. */
    public static boolean containsPersonalData(String text) {
        return !find(text).isEmpty();
    }

    /** The elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11, and not all digits are zero. */
    public static boolean passesElevenCheck(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("\\d{9}") || nineDigits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** ISO 13616: a known country and its length, and the first four characters moved last give 1 modulo 97. */
    public static boolean isValidIban(String compact) {
        if (compact == null) {
            return false;
        }
        String iban = compact.toUpperCase(Locale.ROOT);
        if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")
                || !Integer.valueOf(iban.length()).equals(IBAN_LENGTHS.get(iban.substring(0, 2)))) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    private static void findBsns(String text, List<PersonalDataFinding> out) {
        Matcher m = BSN.matcher(text);
        while (m.find()) {
            if (passesElevenCheck(digitsOf(m.group()))) {
                out.add(finding(Kind.BSN, text, m.start(), m.end()));
            }
        }
    }

    /**
     * From each country code and check digits, takes as many letters and digits as that country's IBAN has,
     * allowing a single space after every group of four (the printed form); the IBAN must end there.
     */
    private static void findIbans(String text, List<PersonalDataFinding> out) {
        Matcher m = IBAN_START.matcher(text);
        while (m.find()) {
            Integer length = IBAN_LENGTHS.get(m.group().substring(0, 2).toUpperCase(Locale.ROOT));
            if (length == null) {
                continue;
            }
            StringBuilder compact = new StringBuilder(m.group());
            int i = m.end();
            while (compact.length() < length && i < text.length()) {
                char c = text.charAt(i);
                if (isAsciiAlnum(c)) {
                    compact.append(c);
                    i++;
                } else if ((c == ' ' || c == '\u00A0')
                        && compact.length() % 4 == 0
                        && i + 1 < text.length()
                        && isAsciiAlnum(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            boolean endsHere = i == text.length() || !Character.isLetterOrDigit(text.charAt(i));
            if (compact.length() == length && endsHere && isValidIban(compact.toString())) {
                out.add(finding(Kind.IBAN, text, m.start(), i));
            }
        }
    }

    private static void findPhones(String text, List<PersonalDataFinding> out) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            if (!DATE.matcher(m.group()).matches()) {
                out.add(finding(Kind.PHONE, text, m.start(), m.end()));
            }
        }
    }

    private static void findAddresses(Pattern pattern, String text, List<PersonalDataFinding> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String letters = m.group(1).replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
            if (!UNUSED_POSTCODE_LETTERS.contains(letters)) {
                out.add(finding(Kind.POSTCODE_HOUSE_NUMBER, text, m.start(), m.end()));
            }
        }
    }

    private static void findAll(Pattern pattern, Kind kind, String text, List<PersonalDataFinding> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(finding(kind, text, m.start(), m.end()));
        }
    }

    private static PersonalDataFinding finding(Kind kind, String text, int start, int end) {
        return new PersonalDataFinding(kind, start, end, text.substring(start, end));
    }

    private static String digitsOf(String s) {
        return s.replaceAll("\\D", "");
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
