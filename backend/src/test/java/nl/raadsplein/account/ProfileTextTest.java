package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.internal.ProfileModeration;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.access.AccessDeniedException;

/** The "Over mij" text on one's own profile, the public profile page's facts, and names without contact data. */
class ProfileTextTest extends AccountTest {

    private static final String PHONE_TEXT = "Buurtvader in Oost. Bel gerust: 06-12345678.";

    @Test
    void a_clean_text_is_public_at_once_and_blank_clears_it() {
        AccountPrincipal owner = testAccounts.signInAs();
        assertThat(accounts.setProfileText(
                        new ProfileTextDraft("  Ik woon al dertig jaar in de binnenstad.\nFietser.  ", false)))
                .isEqualTo(ProfileTextState.PUBLISHED);

        TestAccounts.signInAnonymously();
        PublicProfile seen = profiles.profile(owner.accountId());
        assertThat(seen.text()).isEqualTo("Ik woon al dertig jaar in de binnenstad.\nFietser.");
        assertThat(seen.textState()).isEqualTo(ProfileTextState.PUBLISHED);
        assertThat(seen.mine()).isFalse();
        assertThat(seen.mayReport()).as("a visitor logs in to report").isFalse();

        TestAccounts.signIn(owner);
        assertThat(accounts.setProfileText(new ProfileTextDraft("   ", false))).isNull();
        assertThat(profiles.profile(owner.accountId()).text()).isNull();
        assertThat(profiles.profile(owner.accountId()).textState()).isNull();
    }

    @Test
    void personal_data_needs_confirmation_and_then_waits_unseen_by_others() {
        AccountPrincipal owner = testAccounts.signInAs();
        accounts.setProfileText(new ProfileTextDraft("Eerste versie.", false));

        assertRefused(
                () -> accounts.setProfileText(new ProfileTextDraft(PHONE_TEXT, false)),
                "profileText",
                "personaldata.error.confirm-needed");
        assertThat(profiles.profile(owner.accountId()).text()).isEqualTo("Eerste versie.");

        assertThat(accounts.setProfileText(new ProfileTextDraft(PHONE_TEXT, true)))
                .isEqualTo(ProfileTextState.AWAITING_MODERATION);
        PublicProfile own = profiles.profile(owner.accountId());
        assertThat(own.mine()).isTrue();
        assertThat(own.mayReport()).as("nobody reports their own profile").isFalse();
        assertThat(own.text()).isEqualTo(PHONE_TEXT);
        assertThat(own.textState()).isEqualTo(ProfileTextState.AWAITING_MODERATION);

        testAccounts.signInAs();
        assertThat(profiles.profile(owner.accountId()).text()).isNull();
        assertThat(profiles.profile(owner.accountId()).textState()).isEqualTo(ProfileTextState.AWAITING_MODERATION);
        assertThat(profiles.profile(owner.accountId()).mayReport()).isTrue();
        TestAccounts.signInAnonymously();
        assertThat(profiles.profile(owner.accountId()).text()).isNull();
        testAccounts.signInAs(Role.GRIFFIER);
        assertThat(profiles.profile(owner.accountId()).text()).isEqualTo(PHONE_TEXT);
    }

    @Test
    void a_confirmed_clean_text_is_published_all_the_same() {
        testAccounts.signInAs();
        assertThat(accounts.setProfileText(new ProfileTextDraft("Geen bijzonderheden.", true)))
                .isEqualTo(ProfileTextState.PUBLISHED);
    }

    @Test
    void the_profile_shows_name_membership_and_verification_but_never_the_address() {
        AccountPrincipal owner = testAccounts.create();
        TestAccounts.signInAnonymously();
        PublicProfile profile = profiles.profile(owner.accountId());
        assertThat(profile.displayName()).isEqualTo(owner.displayName());
        assertThat(profile.memberSince()).isNotNull();
        assertThat(profile.verifiedResident()).isFalse();
        assertThat(profile.toString()).doesNotContain(owner.email());
        assertThatThrownBy(() -> profiles.profile(Long.MAX_VALUE)).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void a_text_longer_than_500_characters_is_refused_and_changes_nothing() {
        AccountPrincipal owner = testAccounts.signInAs();
        accounts.setProfileText(new ProfileTextDraft("Kort.", false));
        assertRefused(
                () -> accounts.setProfileText(
                        new ProfileTextDraft("x".repeat(AccountService.PROFILE_TEXT_LENGTH + 1), false)),
                "profileText",
                "error.too-long");
        assertThat(accounts.setProfileText(new ProfileTextDraft("é".repeat(AccountService.PROFILE_TEXT_LENGTH), false)))
                .isEqualTo(ProfileTextState.PUBLISHED);
        assertThat(profiles.profile(owner.accountId()).text()).hasSize(AccountService.PROFILE_TEXT_LENGTH);
    }

    @ParameterizedTest
    @MethodSource("nl.raadsplein.HostileInputs#lines")
    void a_hostile_text_is_refused_waits_for_confirmation_or_is_stored_exactly(String line) {
        AccountPrincipal owner = testAccounts.signInAs();
        ProfileTextState state;
        try {
            state = accounts.setProfileText(new ProfileTextDraft(line, true));
        } catch (InvalidInputException refused) {
            assertThat(profiles.profile(owner.accountId()).text()).isNull();
            return;
        }
        PublicProfile profile = profiles.profile(owner.accountId());
        if (line.isBlank()) {
            assertThat(profile.text()).isNull();
        } else {
            assertThat(profile.text()).isEqualTo(line.strip());
            assertThat(profile.textState()).isEqualTo(state);
        }
    }

    @Test
    void hostile_lines_with_personal_data_are_held_for_the_griffie() {
        testAccounts.signInAs();
        assertThat(HostileInputs.lines()).contains("+31 6 12345678", "NL91ABNA0417164300", "111222333");
        for (String line : new String[] {"+31 6 12345678", "NL91ABNA0417164300", "111222333"}) {
            assertRefused(
                    () -> accounts.setProfileText(new ProfileTextDraft(line, false)),
                    "profileText",
                    "personaldata.error.confirm-needed");
            assertThat(accounts.setProfileText(new ProfileTextDraft(line, true)))
                    .isEqualTo(ProfileTextState.AWAITING_MODERATION);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sandra 06-12345678",
                "sandra@example.org",
                "Sandra NL91ABNA0417164300",
                "Sandra 111222333",
                "Sandra, 1234 AB 12"
            })
    void a_display_name_with_contact_data_is_refused_on_registration_and_on_change(String name) {
        String email = TestAccounts.uniqueEmail("naam");
        assertRefused(
                () -> registration.register(new Registration(name, email, TestAccounts.PASSWORD, "nl", uniqueIp())),
                "displayName",
                "account.error.display-name-personal-data");
        assertThat(Mails.to(smtp, email)).isEmpty();

        AccountPrincipal someone = testAccounts.signInAs();
        assertRefused(
                () -> accounts.updateProfile(name, "nl"), "displayName", "account.error.display-name-personal-data");
        assertThat(accounts.me().displayName()).isEqualTo(someone.displayName());
    }

    @Test
    void a_blocked_account_may_clear_its_text_but_not_write_one() {
        AccountPrincipal owner = testAccounts.signInAs();
        accounts.setProfileText(new ProfileTextDraft("Iets over mij.", false));
        testAccounts.signInAs(Role.GRIFFIER);
        profileModeration.block(owner.accountId());

        TestAccounts.signIn(owner);
        assertRefused(
                () -> accounts.setProfileText(new ProfileTextDraft("Iets anders.", false)),
                "profileText",
                "account.error.blocked");
        assertThat(profiles.profile(owner.accountId()).text()).isEqualTo("Iets over mij.");
        accounts.setProfileText(new ProfileTextDraft("", false));
        assertThat(profiles.profile(owner.accountId()).text()).isNull();
    }

    static Stream<Arguments> moderationMethods() {
        Consumer<ProfileModeration> hide = s -> s.hideProfileText(0);
        Consumer<ProfileModeration> restore = s -> s.restoreProfileText(0);
        Consumer<ProfileModeration> approve = s -> s.approveProfileText(0);
        Consumer<ProfileModeration> replace = s -> s.replaceProfileText(0, "tekst");
        return Stream.of(
                Arguments.of("hide", hide),
                Arguments.of("restore", restore),
                Arguments.of("approve", approve),
                Arguments.of("replace", replace));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moderationMethods")
    void only_the_griffie_moderates_profile_texts(String name, Consumer<ProfileModeration> call) {
        for (Role role : new Role[] {Role.RESIDENT, Role.COUNCILLOR}) {
            testAccounts.signInAs(role);
            assertThatThrownBy(() -> call.accept(profileModeration)).isInstanceOf(AccessDeniedException.class);
        }
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> call.accept(profileModeration)).isInstanceOf(AccessDeniedException.class);
        for (Role role : new Role[] {Role.GRIFFIER, Role.ADMIN}) {
            testAccounts.signInAs(role);
            assertThatThrownBy(() -> call.accept(profileModeration)).isInstanceOf(NoSuchItemException.class);
        }
    }

    @Test
    void every_role_writes_its_own_text_and_reads_profiles_and_visitors_only_read() {
        for (Role role : Role.values()) {
            AccountPrincipal someone = testAccounts.signInAs(role == Role.RESIDENT ? new Role[0] : new Role[] {role});
            assertThatCode(() -> accounts.setProfileText(new ProfileTextDraft("Ik ben " + role, false)))
                    .doesNotThrowAnyException();
            assertThat(profiles.profile(someone.accountId()).text()).isEqualTo("Ik ben " + role);
        }
        AccountPrincipal owner = testAccounts.create();
        TestAccounts.signInAnonymously();
        assertThat(profiles.profile(owner.accountId()).displayName()).isEqualTo(owner.displayName());
        assertThatThrownBy(() -> accounts.setProfileText(new ProfileTextDraft("Niemand", false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
