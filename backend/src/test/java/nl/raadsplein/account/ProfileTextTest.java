package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.account.internal.ProfileModeration;
import nl.raadsplein.consultation.Phase;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.proposal.ProposalState;
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
        String page = proposalFixtures.publicPage(owner.accountId());
        assertThat(accounts.setProfileText(
                        new ProfileTextDraft("  Ik woon al dertig jaar in de binnenstad.\nFietser.  ", false)))
                .isEqualTo(ProfileTextState.PUBLISHED);

        TestAccounts.signInAnonymously();
        PublicProfile seen = profiles.profile(page);
        assertThat(seen.text()).isEqualTo("Ik woon al dertig jaar in de binnenstad.\nFietser.");
        assertThat(seen.textState()).isEqualTo(ProfileTextState.PUBLISHED);
        assertThat(seen.mine()).isFalse();
        assertThat(seen.mayReport()).as("a visitor logs in to report").isFalse();

        TestAccounts.signIn(owner);
        assertThat(accounts.setProfileText(new ProfileTextDraft("   ", false))).isNull();
        assertThat(profiles.profile(page).text()).isNull();
        assertThat(profiles.profile(page).textState()).isNull();
    }

    @Test
    void a_page_is_there_for_others_only_while_its_account_has_something_public() {
        AccountPrincipal owner = testAccounts.create();
        AccountPrincipal other = testAccounts.create();
        String page = proposalFixtures.publicId(owner.accountId());
        assertThat(page).matches("[0-9a-f]{20}").isNotEqualTo(proposalFixtures.publicId(other.accountId()));

        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> profiles.profile(page)).isInstanceOf(NoSuchItemException.class);
        TestAccounts.signIn(other);
        assertThatThrownBy(() -> profiles.profile(page)).isInstanceOf(NoSuchItemException.class);
        TestAccounts.signIn(owner);
        assertThat(profiles.profile(page).mine()).isTrue();
        TestAccounts.signIn(testAccounts.create(Role.GRIFFIER));
        assertThat(profiles.profile(page).displayName()).isEqualTo(owner.displayName());

        long proposal = proposalFixtures
                .insertProposals(proposalFixtures.consultation(Phase.PROPOSALS), owner.accountId(), 1)
                .getFirst();
        proposalFixtures.setState(proposal, ProposalState.HIDDEN);
        TestAccounts.signInAnonymously();
        assertThatThrownBy(() -> profiles.profile(page))
                .as("a hidden proposal is not public")
                .isInstanceOf(NoSuchItemException.class);
        proposalFixtures.setState(proposal, ProposalState.PUBLISHED);
        assertThat(profiles.profile(page).displayName()).isEqualTo(owner.displayName());
        assertThatThrownBy(() -> profiles.profile(String.valueOf(owner.accountId())))
                .as("the account's number is not its page's id")
                .isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void personal_data_needs_confirmation_and_then_waits_unseen_by_others() {
        AccountPrincipal owner = testAccounts.signInAs();
        String page = proposalFixtures.publicPage(owner.accountId());
        accounts.setProfileText(new ProfileTextDraft("Eerste versie.", false));

        assertRefused(
                () -> accounts.setProfileText(new ProfileTextDraft(PHONE_TEXT, false)),
                "profileText",
                "personaldata.error.confirm-needed");
        assertThat(profiles.profile(page).text()).isEqualTo("Eerste versie.");

        assertThat(accounts.setProfileText(new ProfileTextDraft(PHONE_TEXT, true)))
                .isEqualTo(ProfileTextState.AWAITING_MODERATION);
        PublicProfile own = profiles.profile(page);
        assertThat(own.mine()).isTrue();
        assertThat(own.mayReport()).as("nobody reports their own profile").isFalse();
        assertThat(own.text()).isEqualTo(PHONE_TEXT);
        assertThat(own.textState()).isEqualTo(ProfileTextState.AWAITING_MODERATION);

        testAccounts.signInAs();
        assertThat(profiles.profile(page).text()).isNull();
        assertThat(profiles.profile(page).textState()).isEqualTo(ProfileTextState.AWAITING_MODERATION);
        assertThat(profiles.profile(page).mayReport()).isTrue();
        TestAccounts.signInAnonymously();
        assertThat(profiles.profile(page).text()).isNull();
        testAccounts.signInAs(Role.GRIFFIER);
        assertThat(profiles.profile(page).text()).isEqualTo(PHONE_TEXT);
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
        String page = proposalFixtures.publicPage(owner.accountId());
        TestAccounts.signInAnonymously();
        PublicProfile profile = profiles.profile(page);
        assertThat(profile.displayName()).isEqualTo(owner.displayName());
        assertThat(profile.memberSince()).isNotNull();
        assertThat(profile.verifiedResident()).isFalse();
        assertThat(profile.toString()).doesNotContain(owner.email());
        assertThatThrownBy(() -> profiles.profile("0".repeat(20))).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void a_text_longer_than_500_characters_is_refused_and_changes_nothing() {
        AccountPrincipal owner = testAccounts.signInAs();
        String page = proposalFixtures.publicPage(owner.accountId());
        accounts.setProfileText(new ProfileTextDraft("Kort.", false));
        assertRefused(
                () -> accounts.setProfileText(
                        new ProfileTextDraft("x".repeat(AccountService.PROFILE_TEXT_LENGTH + 1), false)),
                "profileText",
                "error.too-long");
        assertThat(accounts.setProfileText(new ProfileTextDraft("é".repeat(AccountService.PROFILE_TEXT_LENGTH), false)))
                .isEqualTo(ProfileTextState.PUBLISHED);
        assertThat(profiles.profile(page).text()).hasSize(AccountService.PROFILE_TEXT_LENGTH);
    }

    @ParameterizedTest
    @MethodSource("nl.raadsplein.HostileInputs#lines")
    void a_hostile_text_is_refused_waits_for_confirmation_or_is_stored_exactly(String line) {
        AccountPrincipal owner = testAccounts.signInAs();
        String page = proposalFixtures.publicPage(owner.accountId());
        ProfileTextState state;
        try {
            state = accounts.setProfileText(new ProfileTextDraft(line, true));
        } catch (InvalidInputException refused) {
            assertThat(profiles.profile(page).text()).isNull();
            return;
        }
        PublicProfile profile = profiles.profile(page);
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
        String page = proposalFixtures.publicPage(owner.accountId());
        accounts.setProfileText(new ProfileTextDraft("Iets over mij.", false));
        testAccounts.signInAs(Role.GRIFFIER);
        profileModeration.block(owner.accountId());

        TestAccounts.signIn(owner);
        assertRefused(
                () -> accounts.setProfileText(new ProfileTextDraft("Iets anders.", false)),
                "profileText",
                "account.error.blocked");
        assertThat(profiles.profile(page).text()).isEqualTo("Iets over mij.");
        accounts.setProfileText(new ProfileTextDraft("", false));
        assertThat(profiles.profile(page).text()).isNull();
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
            assertThat(profiles.profile(proposalFixtures.publicId(someone.accountId()))
                            .text())
                    .isEqualTo("Ik ben " + role);
        }
        AccountPrincipal owner = testAccounts.create();
        String page = proposalFixtures.publicPage(owner.accountId());
        TestAccounts.signInAnonymously();
        assertThat(profiles.profile(page).displayName()).isEqualTo(owner.displayName());
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
