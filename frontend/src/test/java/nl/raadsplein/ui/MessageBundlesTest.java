package nl.raadsplein.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.raadsplein.account.ProfileTextState;
import nl.raadsplein.account.Role;
import nl.raadsplein.consultation.ConsultationFilter;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.deliberation.DiscussionPhase;
import nl.raadsplein.deliberation.DiscussionState;
import nl.raadsplein.deliberation.Eligibility;
import nl.raadsplein.deliberation.Stance;
import nl.raadsplein.moderation.AppealDecision;
import nl.raadsplein.moderation.ContentState;
import nl.raadsplein.moderation.ContentType;
import nl.raadsplein.moderation.ModerationAction;
import nl.raadsplein.moderation.ModerationReason;
import nl.raadsplein.moderation.QueueSort;
import nl.raadsplein.moderation.ReportReason;
import nl.raadsplein.motion.CitationKind;
import nl.raadsplein.motion.FollowUpFilter;
import nl.raadsplein.motion.FollowUpStatus;
import nl.raadsplein.motion.MeetingKind;
import nl.raadsplein.motion.MeetingStatus;
import nl.raadsplein.motion.MotionState;
import nl.raadsplein.motion.MotionType;
import nl.raadsplein.motion.SubmitterStatus;
import nl.raadsplein.motion.VoteChoice;
import nl.raadsplein.motion.VoteMethod;
import nl.raadsplein.motion.VoteResult;
import nl.raadsplein.notification.NotificationFrequency;
import nl.raadsplein.platform.MessageBundles;
import nl.raadsplein.platform.MessageKeys;
import nl.raadsplein.platform.PersonalDataFinding;
import nl.raadsplein.proposal.Alignment;
import nl.raadsplein.proposal.AnswerKind;
import nl.raadsplein.proposal.EntryChannel;
import nl.raadsplein.proposal.ProposalSort;
import nl.raadsplein.proposal.ProposalState;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every text the platform shows exists in Dutch and English, and the two take the same arguments. */
class MessageBundlesTest {

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
                assertThat(english.getProperty(key, ""))
                        .as("%s in %s_en", key, basename)
                        .isNotBlank();
                assertThat(arguments(english.getProperty(key, "")))
                        .as("arguments of %s", key)
                        .isEqualTo(arguments(dutch.getProperty(key)));
            }
        }
    }

    @Test
    void the_bundles_of_backend_and_frontend_are_all_found() {
        assertThat(basenames())
                .contains(
                        "i18n/messages",
                        "i18n/account",
                        "i18n/consultation",
                        "i18n/shell",
                        "i18n/agenda",
                        "i18n/accountui",
                        "i18n/consultationui");
    }

    @Test
    void every_message_key_in_the_code_has_a_text() {
        MessageKeys.in(basenames())
                .family("account.role.{}", Role.class)
                // A published text needs no note.
                .family("participant.about-state.{}", ProfileTextState.AWAITING_MODERATION, ProfileTextState.HIDDEN)
                .family("deliberationui.phase.{}", DiscussionPhase.class)
                .family("deliberationui.part.phase.{}", DiscussionPhase.class)
                .family("deliberationui.state.{}", DiscussionState.class)
                .family("deliberationui.eligibility.{}", Eligibility.class)
                .family("deliberationui.stance.{}", Stance.class)
                .family("consultation.phase.{}", Phase.class)
                // Phases that end: closed ones have no deadline.
                .family(
                        "home.open.until.{}",
                        Phase.UPCOMING,
                        Phase.INFORMATION,
                        Phase.PROPOSALS,
                        Phase.SUPPORTS,
                        Phase.DELIBERATION)
                .family("home.action.{}", Phase.class)
                .family("consultations.status.{}", ConsultationFilter.Status.class)
                .family(
                        "consultation.editor.{}",
                        "title",
                        "summary",
                        "body",
                        "informationFrom",
                        "proposalsFrom",
                        "supportsFrom",
                        "deliberationFrom",
                        "closedFrom")
                .family("proposalui.state.{}", ProposalState.class)
                .family("proposalui.sort.{}", ProposalSort.class)
                .family("proposalui.alignment.{}", Alignment.class)
                .family("proposalui.answer.{}", AnswerKind.class)
                .family("proposalui.channel.{}", EntryChannel.class)
                .family("proposalui.channel.via.{}", EntryChannel.class)
                .family("auditui.channel.{}", EntryChannel.class)
                .family("moderation.kind.{}", ContentType.class)
                .family("moderation.action.{}", ModerationAction.class)
                .family("moderation.reason.{}", ModerationReason.class)
                .family("moderation.report-reason.{}", ReportReason.class)
                .family("moderation.appeal-decision.{}", AppealDecision.class)
                .family("moderationui.action.{}", ModerationAction.class)
                .family("moderationui.item.title-{}", ContentType.class)
                .family("moderationui.report.title-{}", ContentType.class)
                .family("moderationui.queue.sort.{}", QueueSort.class)
                .family("moderationui.state.{}", ContentState.class)
                // A profile without text has no state.
                .family("moderationui.state.{}", "NONE")
                .family("personaldata.kind.{}", PersonalDataFinding.Kind.class)
                .family("personaldata.where.{}", "title", "body")
                .family("notificationui.frequency.{}", NotificationFrequency.class)
                .family("motionui.state.{}", MotionState.class)
                .family("motion.result.{}", VoteResult.class)
                .family("motion.type.{}", MotionType.class)
                .family("motionui.citation.{}", CitationKind.class)
                .family("motionui.submitter.{}", SubmitterStatus.class)
                .family("motionui.meeting.kind.{}", MeetingKind.class)
                .family("motionui.meeting.status.{}", MeetingStatus.class)
                .family("motionui.vote.method.{}", VoteMethod.class)
                .family("motionui.vote.choice.{}", VoteChoice.class)
                .family("motionui.followup.status.{}", FollowUpStatus.class)
                .family("motionui.monitor.filter.{}", FollowUpFilter.class)
                .family(
                        "motionui.event.{}",
                        "CREATED",
                        "EDITED",
                        "REVISED",
                        "INVITED",
                        "SIGNED",
                        "DECLINED",
                        "SUBMITTED",
                        "HELD_OVER",
                        "WITHDRAWN",
                        "VOTED",
                        "VOTE_CORRECTED",
                        "RESULT_CORRECTED")
                .checkSources(Path.of("src/main/java"));
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
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }
}
