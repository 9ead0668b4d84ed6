package nl.raadsplein.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * DejaVu Sans, embedded, for every PDF the platform writes: the standard PDF fonts know no Greek, Cyrillic,
 * Arabic or Hebrew, so texts in those scripts would print as gaps.
 */
public final class PdfFonts {

    private PdfFonts() {}

    public static BaseFont regular() {
        return font("DejaVuSans.ttf");
    }

    public static BaseFont bold() {
        return font("DejaVuSans-Bold.ttf");
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes(name), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
