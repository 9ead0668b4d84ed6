package nl.raadsplein.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.raadsplein.platform.MessageBundles;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every text the platform shows exists in Dutch and English, and the two take the same arguments. */
class MessageBundlesTest {

    private static final Pattern TRANSLATION = Pattern.compile("getTranslation\\(\"([A-Za-z0-9.-]+)\"\\s*[,)]");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void every_bundle_has_the_same_keys_in_dutch_and_english() throws IOException {
        for (String basename : basenames()) {
            Properties dutch = load(basename + ".properties");
            Properties english = load(basename + "_en.properties");
            assertThat(english.stringPropertyNames())
                    .as("keys of %s_en against %s", basename, basename)
                    .containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
        }
    }

    @Test
    void no_text_is_empty_and_translations_take_the_same_arguments() throws IOException {
        for (String basename : basenames()) {
            Properties dutch = load(basename + ".properties");
            Properties english = load(basename + "_en.properties");
            for (String key : dutch.stringPropertyNames()) {
                assertThat(dutch.getProperty(key)).as("%s in %s", key, basename).isNotBlank();
                assertThat(english.getProperty(key, "")).as("%s in %s_en", key, basename).isNotBlank();
                assertThat(arguments(english.getProperty(key, "")))
                        .as("arguments of %s", key).isEqualTo(arguments(dutch.getProperty(key)));
            }
        }
    }

    @Test
    void the_bundles_of_backend_and_frontend_are_all_found() {
        assertThat(basenames()).contains("i18n/messages", "i18n/account", "i18n/consultation", "i18n/shell",
                "i18n/agenda", "i18n/accountui", "i18n/consultationui");
    }

    @Test
    void every_text_a_view_asks_for_exists() throws IOException {
        Properties dutch = new Properties();
        for (String basename : basenames()) {
            dutch.putAll(load(basename + ".properties"));
        }
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = TRANSLATION.matcher(Files.readString(source));
                while (matcher.find()) {
                    asked.add(matcher.group(1));
                }
            }
        }
        assertThat(asked).isNotEmpty();
        asked.removeAll(dutch.stringPropertyNames());
        assertThat(asked).as("keys the views use that no bundle has").isEmpty();
    }

    private static Set<String> basenames() {
        return MessageBundles.basenames();
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String path) throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }
}
