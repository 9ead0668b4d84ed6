package nl.raadsplein.moderation;

import static nl.raadsplein.proposal.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.account.ProfileService;
import nl.raadsplein.account.ProfileTextDraft;
import nl.raadsplein.account.ProfileTextState;
import nl.raadsplein.account.PublicProfile;
import nl.raadsplein.account.Role;
import nl.raadsplein.platform.AuditEntry;
import nl.raadsplein.platform.AuditLine;
import nl.raadsplein.proposal.Redaction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Public profiles in moderation: the "Over mij" text waits, is approved, hidden, restored, redacted, appealed. */
class ProfileModerationTest extends ModerationTestBase {

    private static final String PHONE_TEXT = "Vrijwilliger bij de voedselbank. Bel 06-12345678.";

    @Autowired
    AccountService accounts;

    @Autowired
    ProfileService profiles;

    private AccountPrincipal withText(String text, boolean confirmed) {
        AccountPrincipal owner = fixtures.account();
        fixtures.publicPage(owner.accountId());
        as(owner, () -> accounts.setProfileText(new ProfileTextDraft(text, confirmed)));
        return owner;
    }

    /** The profile as a visitor who is not its owner sees it. */
    private PublicProfile seenByOthers(long accountId) {
        return as(fixtures.account(), () -> profiles.profile(fixtures.publicId(accountId)));
    }

    private QueueItem queued(AccountPrincipal griffier, ContentRef ref) {
        return as(griffier, () -> moderationQueue.queue(QueueSort.OLDEST, null, 0, 500)).stream()
                .filter(i -> i.content().equals(ref))
                .findFirst()
                .orElse(null);
    }

    @Test
    void a_confirmed_text_with_personal_data_waits_in_the_queue_until_a_griffier_approves_it() {
        AccountPrincipal owner = withText(PHONE_TEXT, true);
        ContentRef profile = ContentRef.profile(owner.accountId());
        AccountPrincipal griffier = griffier();

        QueueItem item = queued(griffier, profile);
        assertThat(item).isNotNull();
        assertThat(item.awaitingApproval()).isTrue();
        assertThat(item.context()).isEqualTo(owner.displayName());
        assertThat(item.text()).isEqualTo(PHONE_TEXT);
        assertThat(item.authorName()).isEqualTo(owner.displayName());
        assertThat(seenByOthers(owner.accountId()).text()).isNull();

        as(griffier, () -> actions.approve(profile, Decision.of(ModerationReason.NO_VIOLATION, item.version())));
        assertThat(seenByOthers(owner.accountId()).text()).isEqualTo(PHONE_TEXT);
        assertThat(notificationLinks(owner.accountId())).containsExactly("/deelnemers/" + owner.accountId());
        assertThat(queued(griffier, profile)).isNull();
        assertThat(recentAudit())
                .anyMatch(e -> "MODERATION_APPROVE".equals(e.action())
                        && "PROFILE".equals(e.itemType())
                        && e.itemId() == owner.accountId());
        assertRefused(
                () -> as(
                        griffier,
                        () -> actions.approve(profile, Decision.of(ModerationReason.NO_VIOLATION, item.version() + 1))),
                "action",
                "account.error.profile-text-not-awaiting");
    }

    @Test
    void a_clean_text_does_not_enter_the_queue() {
        AccountPrincipal owner = withText("Ik fiets elke dag naar mijn werk.", false);
        assertThat(queued(griffier(), ContentRef.profile(owner.accountId()))).isNull();
    }

    @Test
    void a_griffier_hides_and_restores_a_text_and_the_owner_is_told() {
        AccountPrincipal owner = withText("Iedereen in de Dorpsstraat is dom.", false);
        ContentRef profile = ContentRef.profile(owner.accountId());
        AccountPrincipal griffier = griffier();

        as(griffier, () -> actions.hide(profile, Decision.of(ModerationReason.OFFENSIVE, 0)));
        PublicProfile hidden = seenByOthers(owner.accountId());
        assertThat(hidden.text()).isNull();
        assertThat(hidden.textState()).isEqualTo(ProfileTextState.HIDDEN);
        assertThat(as(owner, () -> profiles.profile(fixtures.publicId(owner.accountId())))
                        .text())
                .isEqualTo("Iedereen in de Dorpsstraat is dom.");
        assertThat(notificationKinds(owner.accountId())).contains("MODERATION_HIDE");

        as(griffier, () -> actions.restore(profile, Decision.of(ModerationReason.NO_VIOLATION, 1)));
        assertThat(seenByOthers(owner.accountId()).text()).isEqualTo("Iedereen in de Dorpsstraat is dom.");
        assertThat(notificationKinds(owner.accountId())).contains("MODERATION_RESTORE");
    }

    @Test
    void a_waiting_text_that_is_hidden_and_restored_waits_again() {
        AccountPrincipal owner = withText(PHONE_TEXT, true);
        ContentRef profile = ContentRef.profile(owner.accountId());
        AccountPrincipal griffier = griffier();
        as(
                griffier,
                () -> actions.hide(profile, Decision.of(ModerationReason.PRIVACY, moderationQueue.version(profile))));
        as(
                griffier,
                () -> actions.restore(
                        profile, Decision.of(ModerationReason.NO_VIOLATION, moderationQueue.version(profile))));
        assertThat(seenByOthers(owner.accountId()).textState()).isEqualTo(ProfileTextState.AWAITING_MODERATION);
    }

    @Test
    void a_new_text_after_a_hidden_one_waits_for_the_griffie() {
        AccountPrincipal owner = withText("Scheldwoorden.", false);
        ContentRef profile = ContentRef.profile(owner.accountId());
        as(griffier(), () -> actions.hide(profile, Decision.of(ModerationReason.OFFENSIVE, 0)));
        assertThat(as(owner, () -> accounts.setProfileText(new ProfileTextDraft("Nu netjes.", false))))
                .isEqualTo(ProfileTextState.AWAITING_MODERATION);
        assertThat(queued(griffier(), profile).awaitingApproval()).isTrue();
    }

    @Test
    void clearing_a_hidden_text_and_writing_it_again_still_waits_until_a_griffier_approves() {
        AccountPrincipal owner = withText("Scheldwoorden.", false);
        ContentRef profile = ContentRef.profile(owner.accountId());
        AccountPrincipal griffier = griffier();
        as(griffier, () -> actions.hide(profile, Decision.of(ModerationReason.OFFENSIVE, 0)));
        as(owner, () -> accounts.setProfileText(new ProfileTextDraft("", false)));
        assertThat(as(owner, () -> accounts.setProfileText(new ProfileTextDraft("Scheldwoorden.", false))))
                .isEqualTo(ProfileTextState.AWAITING_MODERATION);
        assertThat(seenByOthers(owner.accountId()).text()).isNull();

        as(
                griffier,
                () -> actions.approve(
                        profile, Decision.of(ModerationReason.NO_VIOLATION, moderationQueue.version(profile))));
        assertThat(as(owner, () -> accounts.setProfileText(new ProfileTextDraft("Weer gewoon.", false))))
                .as("after an approval the griffie no longer holds the texts back")
                .isEqualTo(ProfileTextState.PUBLISHED);

        AccountPrincipal reported = withText("Nog meer scheldwoorden.", false);
        ContentRef reportedProfile = ContentRef.profile(reported.accountId());
        report(griffier, reportedProfile, ReportReason.OFFENSIVE);
        as(reported, () -> accounts.setProfileText(new ProfileTextDraft("", false)));
        assertThat(as(reported, () -> accounts.setProfileText(new ProfileTextDraft("Nog meer scheldwoorden.", false))))
                .as("hidden pending review")
                .isEqualTo(ProfileTextState.AWAITING_MODERATION);
    }

    @Test
    void a_griffiers_report_hides_a_published_text_pending_review_and_a_dismissal_brings_it_back() {
        AccountPrincipal owner = withText("Mijn buurman is een oplichter.", false);
        ContentRef profile = ContentRef.profile(owner.accountId());
        AccountPrincipal griffier = griffier();
        report(griffier, profile, ReportReason.NAMES_PRIVATE_PERSON);

        assertThat(seenByOthers(owner.accountId()).textState()).isEqualTo(ProfileTextState.HIDDEN);
        assertThat(notificationLinks(owner.accountId())).containsExactly("/deelnemers/" + owner.accountId());
        QueueItem item = queued(griffier, profile);
        assertThat(item.hiddenByReports()).isTrue();
        assertThat(item.reasons()).containsExactly(ReportReason.NAMES_PRIVATE_PERSON);

        as(griffier(), () -> actions.dismiss(profile, Decision.of(ModerationReason.NO_VIOLATION, item.version())));
        assertThat(seenByOthers(owner.accountId()).text()).isEqualTo("Mijn buurman is een oplichter.");
    }

    @Test
    void enough_qualifying_reports_hide_the_text_and_a_griffiers_hide_confirms_it() {
        AccountPrincipal owner = withText("Kom naar mijn feest, iedereen is welkom.", false);
        ContentRef profile = ContentRef.profile(owner.accountId());
        List<AccountPrincipal> reporters = residents(5, 30, true);
        for (int i = 0; i < 4; i++) {
            report(reporters.get(i), profile, ReportReason.SPAM);
        }
        assertThat(seenByOthers(owner.accountId()).textState()).isEqualTo(ProfileTextState.PUBLISHED);
        report(reporters.get(4), profile, ReportReason.SPAM);
        assertThat(seenByOthers(owner.accountId()).textState()).isEqualTo(ProfileTextState.HIDDEN);

        AccountPrincipal griffier = griffier();
        as(griffier, () -> actions.hide(profile, Decision.of(ModerationReason.SPAM, moderationQueue.version(profile))));
        assertThat(seenByOthers(owner.accountId()).textState()).isEqualTo(ProfileTextState.HIDDEN);
        assertThat(notificationKinds(owner.accountId())).contains("MODERATION_HIDE");
    }

    @Test
    void reports_on_a_profile_without_text_reach_the_queue_but_hide_nothing() {
        AccountPrincipal owner = fixtures.account();
        ContentRef profile = ContentRef.profile(owner.accountId());
        AccountPrincipal griffier = griffier();
        report(griffier, profile, ReportReason.OFFENSIVE);
        QueueItem item = queued(griffier, profile);
        assertThat(item.hiddenByReports()).isFalse();
        assertThat(item.text()).isNull();
        assertThat(item.contentState()).isNull();
        assertRefused(() -> report(owner, profile, ReportReason.OFFENSIVE), "reason", "moderation.error.own-content");
    }

    @Test
    void a_redaction_changes_the_display_name_when_the_fragment_is_in_it_and_the_text_otherwise() {
        AccountPrincipal owner = withText("Ik heet Jansen en woon naast de bakker.", false);
        ContentRef profile = ContentRef.profile(owner.accountId());
        AccountPrincipal griffier = griffier();
        String name = owner.displayName();

        as(
                griffier,
                () -> actions.redact(
                        profile, Redaction.of("naast de bakker"), Decision.of(ModerationReason.PRIVACY, 0)));
        PublicProfile afterText = seenByOthers(owner.accountId());
        assertThat(afterText.text()).isEqualTo("Ik heet Jansen en woon [verwijderd].");
        assertThat(afterText.displayName()).isEqualTo(name);

        String part = name.substring(name.indexOf(' ') + 1);
        as(
                griffier,
                () -> actions.redact(
                        profile, Redaction.of(part).withReplacement("X"), Decision.of(ModerationReason.PRIVACY, 1)));
        PublicProfile afterName = seenByOthers(owner.accountId());
        assertThat(afterName.displayName()).isEqualTo(name.replace(part, "X"));
        assertThat(afterName.text()).isEqualTo("Ik heet Jansen en woon [verwijderd].");

        assertRefused(
                () -> as(
                        griffier,
                        () -> actions.redact(
                                profile, Redaction.of("komt niet voor"), Decision.of(ModerationReason.PRIVACY, 2))),
                "fragment",
                "proposal.error.fragment-not-found");
        assertThat(recentAudit())
                .anyMatch(e -> "PROFILE_TEXT_REPLACED".equals(e.action()) && e.itemId() == owner.accountId());
    }

    @Test
    void after_the_griffie_redacted_a_display_name_its_owner_cannot_put_it_back_but_can_still_change_language() {
        AccountPrincipal owner = fixtures.account();
        fixtures.publicPage(owner.accountId());
        String name = owner.displayName();
        String part = name.substring(name.indexOf(' ') + 1);
        as(
                griffier(),
                () -> actions.redact(
                        ContentRef.profile(owner.accountId()),
                        Redaction.of(part).withReplacement("X"),
                        Decision.of(ModerationReason.PRIVACY, 0)));

        assertRefused(
                () -> as(owner, () -> {
                    accounts.updateProfile(name, "nl");
                    return null;
                }),
                "displayName",
                "account.error.name-redacted");
        assertThat(seenByOthers(owner.accountId()).displayName()).isEqualTo(name.replace(part, "X"));

        as(owner, () -> {
            accounts.updateProfile(name.replace(part, "X"), "en");
            return null;
        });
        assertThat(as(owner, () -> accounts.me().language())).isEqualTo("en");
    }

    @Test
    void a_blocked_account_cannot_change_its_display_name() {
        AccountPrincipal owner = fixtures.account();
        long id = proposal(consultation(hiding(5, 7, false)), owner);
        as(
                griffier(),
                () -> actions.blockAuthor(
                        ContentRef.proposal(id),
                        new Block(ModerationReason.SPAM, "Plaatst telkens dezelfde reclame.", false, 0)));

        assertRefused(
                () -> as(owner, () -> {
                    accounts.updateProfile("Een Nieuwe Naam", "nl");
                    return null;
                }),
                "displayName",
                "account.error.blocked-name");
        assertThat(seenByOthers(owner.accountId()).displayName()).isEqualTo(owner.displayName());
    }

    @Test
    void an_overturned_hide_brings_the_text_back() {
        AccountPrincipal owner = withText("Ik vind het raadsbesluit over camera's dom.", false);
        ContentRef profile = ContentRef.profile(owner.accountId());
        long actionId = as(griffier(), () -> actions.hide(profile, Decision.of(ModerationReason.OFFENSIVE, 0)));
        long appealId =
                as(owner, () -> appeals.appeal(new Appeal(actionId, "Kritiek op een besluit is geen belediging.")));
        AccountPrincipal second = griffier();
        AppealView appeal = as(second, () -> appeals.appealDetails(appealId));
        as(second, () -> {
            appeals.decideAppeal(
                    new AppealRuling(appealId, AppealDecision.OVERTURN, "Scherp maar toegestaan.", appeal.version()));
            return null;
        });
        assertThat(seenByOthers(owner.accountId()).text()).isEqualTo("Ik vind het raadsbesluit over camera's dom.");
        assertThat(as(owner, () -> appeals.decision(actionId)).appealDecision()).isEqualTo(AppealDecision.OVERTURN);
    }

    @Test
    void residents_cannot_moderate_profiles() {
        AccountPrincipal owner = withText(PHONE_TEXT, true);
        ContentRef profile = ContentRef.profile(owner.accountId());
        AccountPrincipal resident = fixtures.account();
        assertRefusedAccess(() ->
                as(resident, () -> actions.approve(profile, Decision.of(ModerationReason.NO_VIOLATION, 0))));
        assertRefusedAccess(() -> as(resident, () -> actions.hide(profile, Decision.of(ModerationReason.PRIVACY, 0))));
        assertThat(seenByOthers(owner.accountId()).textState()).isEqualTo(ProfileTextState.AWAITING_MODERATION);
    }

    private List<AuditEntry> recentAudit() {
        return as(fixtures.account(Role.ADMIN), () -> audit.entries(0, 50)).stream()
                .map(AuditLine::entry)
                .toList();
    }

    private static void assertRefusedAccess(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }
}
