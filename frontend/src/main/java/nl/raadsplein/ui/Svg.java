package nl.raadsplein.ui;

import java.util.List;
import java.util.Locale;

/** Small helpers for server-rendered SVG charts: escaping, numbers and colours. */
public final class Svg {

    /** Colours of a chart's series (the report's groups), distinguishable for the common colour blindnesses (Okabe-Ito), dark enough on white. */
    public static final List<String> COLOURS =
            List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8C6D00", "#56708A");

    private Svg() {}

    /** Text made safe for SVG and HTML content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters other than tab and newline are not allowed in XML
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    public static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The colour of a series; grey for none (a negative number, such as "everyone" in the report). */
    public static String colour(int group) {
        return group < 0 ? "#595959" : COLOURS.get(group % COLOURS.size());
    }
}
