package nl.raadsplein.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.raadsplein.moderation.AppealDecision;
import nl.raadsplein.moderation.ModerationAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The message key check finds what it promises to, in sources it only parses. */
class MessageKeysTest {

    private static final String SOURCE = """
            class Sample {
                String texts(Object view, ModerationAction action, String kind, boolean b) {
                    view.getTranslation("moderation.kind.PROPOSAL");
                    view.getTranslation(b ? "moderation.kind.COMMENT" : "moderation.kind.NOPE");
                    view.getTranslation("moderation.action." + action.name());
                    String built = "moderation.reason." + action.name();
                    messages.getMessage(kind + ".title", null, null);
                    mails.send("account.mail.confirm");
                    return "moderation.unknown";
                }
            }
            """;

    @Test
    void it_reports_missing_texts_and_unknown_or_stale_families_by_file_and_line(@TempDir Path sources)
            throws IOException {
        Files.writeString(sources.resolve("Sample.java"), SOURCE);
        MessageKeys keys = MessageKeys.in(Set.of("i18n/account", "i18n/moderation"))
                .stems(".subject", ".body")
                .family("moderation.action.{}", ModerationAction.class)
                .family("moderation.action.{}", "EXPLODE")
                .family("moderation.notification.appeal.{}", AppealDecision.class);

        assertThatThrownBy(() -> keys.checkSources(sources))
                .hasMessageContaining("Sample.java:4: no text for \"moderation.kind.NOPE\" (missing in Dutch and")
                .hasMessageContaining("Sample.java:6: a key built as \"moderation.reason.{}\" that the test does")
                .hasMessageContaining("Sample.java:7: a key built as \"{}.title\" that the test does not know")
                .hasMessageContaining("Sample.java:9: no text for \"moderation.unknown\"")
                .hasMessageContaining("no text for \"moderation.action.EXPLODE\" of the family")
                .hasMessageContaining("the family \"moderation.notification.appeal.{}\" is registered, but no code")
                .hasMessageContaining("stems with \".subject\" are registered, but no code builds such a key")
                .hasMessageNotContaining("PROPOSAL")
                .hasMessageNotContaining("COMMENT")
                .hasMessageNotContaining("account.mail.confirm");
    }
}
