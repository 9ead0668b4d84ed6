package nl.raadsplein.platform;

import java.nio.file.Path;
import nl.raadsplein.moderation.AppealDecision;
import nl.raadsplein.moderation.ContentType;
import nl.raadsplein.moderation.ModerationAction;
import nl.raadsplein.moderation.ModerationReason;
import nl.raadsplein.motion.FollowUpStatus;
import nl.raadsplein.motion.MotionType;
import nl.raadsplein.motion.VoteResult;
import nl.raadsplein.opendata.BundleKeys;
import org.junit.jupiter.api.Test;

/** Every refusal, mail and notification the backend names has a text in Dutch and English. */
class MessageBundlesTest {

    @Test
    void every_message_key_in_the_code_has_a_text() {
        MessageKeys.in(MessageBundles.basenames())
                .stems(".subject", ".body")
                .family("moderation.kind.{}", ContentType.class)
                .family("moderation.action.{}", ModerationAction.class)
                .family("moderation.reason.{}", ModerationReason.class)
                .family("moderation.notification.author.{}", ModerationAction.class)
                .family("moderation.notification.reporter.{}", "acted", "dismissed")
                .family("moderation.notification.appeal.{}", AppealDecision.class)
                .family("motion.notice.voted.{}", VoteResult.class)
                .family("motion.notice.follow-up-updated.{}", FollowUpStatus.class)
                .family("motion.type.{}", MotionType.class)
                .family("motion.result.{}", VoteResult.class)
                .family("opendata.bundle.file.{}", BundleKeys.files())
                .family("opendata.bundle.field.{}", BundleKeys.fields())
                .checkSources(Path.of("src/main/java"));
    }
}
