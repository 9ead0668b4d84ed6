package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal and every mail must reach the user in both languages. */
class MessageBundlesTest {

    private static final Pattern KEY = Pattern.compile("\"((?:account|error|notification)\\.[a-z.-]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"account", "notification", "messages"})
    void dutch_and_english_bundles_have_the_same_keys(String bundle) throws IOException {
        assertThat(load(bundle + "_en").keySet()).isEqualTo(load(bundle).keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/java/nl/raadsplein/account", "src/main/java/nl/raadsplein/notification"})
    void every_message_key_in_the_code_has_a_text(String sources) throws IOException {
        Properties texts = new Properties();
        for (String bundle : new String[] {"account", "messages", "notification"}) {
            texts.putAll(load(bundle));
        }
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of(sources))) {
            for (Path file : files.toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).isNotEmpty();
        for (String key : keys) {
            if (key.startsWith("account.mail.")) {
                assertThat(texts).containsKeys(key + ".subject", key + ".body");
            } else {
                assertThat(texts).containsKey(key);
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
