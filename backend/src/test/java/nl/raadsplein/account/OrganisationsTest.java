package nl.raadsplein.account;

import static nl.raadsplein.account.CensusFixtures.uniqueKvkNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.raadsplein.HostileInputs;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.AccessDeniedException;

class OrganisationsTest extends AccountTest {

    static String uniqueName(String prefix) {
        return prefix + " " + uniqueKvkNumber();
    }

    private static void assertRefused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private Organisation mine(long id) {
        return organisations.myOrganisations().stream()
                .map(MyOrganisation::organisation)
                .filter(o -> o.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_creator_owns_a_new_organisation_which_awaits_verification() {
        AccountPrincipal owner = testAccounts.signInAs();
        String name = uniqueName("Buurtvereniging");
        String kvk = uniqueKvkNumber();

        long id = organisations.createOrganisation(new OrganisationDraft(
                "  " + name + " ", kvk.substring(0, 4) + " " + kvk.substring(4), "https://buurt.example/over-ons"));

        Organisation created = mine(id);
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.kvkNumber()).isEqualTo(kvk);
        assertThat(created.website()).isEqualTo("https://buurt.example/over-ons");
        assertThat(created.verified()).isFalse();
        assertThat(created.members())
                .containsExactly(
                        new Organisation.Member(owner.accountId(), owner.displayName(), OrganisationRole.OWNER));
        assertThat(organisations.isMemberOf(id)).isTrue();

        TestAccounts.signInAnonymously();
        assertThat(organisations.organisation(id)).isEqualTo(created);
        assertThatThrownBy(() -> organisations.organisation(-1)).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void a_kvk_number_has_exactly_eight_digits_and_a_website_is_http_or_https() {
        testAccounts.signInAs();
        for (String wrong : new String[] {null, "", "1234567", "123456789", "1234567a", "１２３４５６７８", "12-345678"}) {
            assertRefused(
                    () -> organisations.createOrganisation(new OrganisationDraft(uniqueName("Club"), wrong, null)),
                    "kvkNumber",
                    "account.error.kvk-malformed");
        }
        for (String wrong : new String[] {
            "javascript:alert(1)",
            "ftp://club.example",
            "https://user:pw@club.example",
            "club.example",
            "https://localhost",
            "https://club.example/ een spatie",
            "data:text/html,x"
        }) {
            assertRefused(
                    () -> organisations.createOrganisation(
                            new OrganisationDraft(uniqueName("Club"), uniqueKvkNumber(), wrong)),
                    "website",
                    "account.error.website-malformed");
        }
        assertRefused(
                () -> organisations.createOrganisation(new OrganisationDraft(
                        uniqueName("Club"), uniqueKvkNumber(), "https://club.example/" + "x".repeat(200))),
                "website",
                "error.too-long");
        long id = organisations.createOrganisation(new OrganisationDraft(uniqueName("Club"), uniqueKvkNumber(), "  "));
        assertThat(mine(id).website()).isNull();
        assertThat(mine(organisations.createOrganisation(
                                new OrganisationDraft(uniqueName("Club"), uniqueKvkNumber(), "HTTP://Club.example")))
                        .website())
                .isEqualTo("HTTP://Club.example");
    }

    @Test
    void a_name_and_a_kvk_number_are_used_once_whatever_the_case() {
        testAccounts.signInAs();
        String name = uniqueName("Stichting");
        String kvk = uniqueKvkNumber();
        organisations.createOrganisation(new OrganisationDraft(name, kvk, null));

        testAccounts.signInAs();
        assertRefused(
                () -> organisations.createOrganisation(
                        new OrganisationDraft(name.toUpperCase(), uniqueKvkNumber(), null)),
                "name",
                "account.error.organisation-name-taken");
        assertRefused(
                () -> organisations.createOrganisation(new OrganisationDraft(uniqueName("Ander"), kvk, null)),
                "kvkNumber",
                "account.error.kvk-taken");
        assertRefused(
                () -> organisations.createOrganisation(new OrganisationDraft("x".repeat(121), uniqueKvkNumber(), null)),
                "name",
                "error.too-long");
        assertThat(organisations.myOrganisations()).isEmpty();
    }

    @Test
    void hostile_names_are_refused_or_kept_exactly_as_text() {
        testAccounts.signInAs();
        for (String hostile : HostileInputs.lines()) {
            String name = hostile.length() > 100 ? hostile : hostile + " " + uniqueKvkNumber();
            try {
                long id = organisations.createOrganisation(new OrganisationDraft(name, uniqueKvkNumber(), null));
                assertThat(mine(id).name())
                        .isEqualTo(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)
                                .strip());
            } catch (InvalidInputException refused) {
                assertThat(refused.field()).isEqualTo("name");
                assertThat(refused.messageKey()).isIn("error.control-characters", "error.too-long");
            }
        }
    }

    @Test
    void an_owner_invites_an_account_that_accepts_and_can_leave() {
        AccountPrincipal invitee = testAccounts.create();
        AccountPrincipal owner = testAccounts.signInAs();
        long id = organisations.createOrganisation(
                new OrganisationDraft(uniqueName("Wijkraad"), uniqueKvkNumber(), null));
        String name = mine(id).name();
        assertThat(organisations.myOrganisations())
                .filteredOn(o -> o.organisation().id() == id)
                .extracting(MyOrganisation::member, MyOrganisation::mayInvite)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, true));

        organisations.inviteMember(new MemberInvitation(id, invitee.email().toUpperCase(), uniqueIp()));
        organisations.inviteMember(new MemberInvitation(id, invitee.email(), uniqueIp()));

        Mails.Mail mail = Mails.awaitOne(smtp, invitee.email());
        assertThat(mail.body())
                .contains(name)
                .contains(owner.displayName())
                .contains("http://localhost:8080/organisaties");
        assertThat(organisations.myOrganisations())
                .filteredOn(o -> o.organisation().id() == id)
                .singleElement()
                .extracting(MyOrganisation::openInvitations)
                .isEqualTo(List.of(invitee.email()));
        TestAccounts.signIn(invitee);
        assertThat(mine(id).members())
                .extracting(Organisation.Member::accountId)
                .containsExactly(owner.accountId());
        assertThat(organisations.myOrganisations())
                .filteredOn(o -> o.organisation().id() == id)
                .singleElement()
                .extracting(MyOrganisation::openInvitations)
                .isEqualTo(List.of());
        assertThat(organisations.isMemberOf(id)).isFalse();
        assertThat(organisations.myOrganisations())
                .filteredOn(o -> o.organisation().id() == id)
                .extracting(MyOrganisation::member, MyOrganisation::mayInvite)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, false));
        assertThat(organisations.organisation(id).members())
                .extracting(Organisation.Member::accountId)
                .containsExactly(owner.accountId());

        organisations.acceptInvitation(id);
        organisations.acceptInvitation(id);
        assertThat(organisations.myOrganisations())
                .filteredOn(o -> o.organisation().id() == id)
                .extracting(MyOrganisation::member, MyOrganisation::mayInvite)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, false));

        assertThat(organisations.isMemberOf(id)).isTrue();
        assertThat(organisations.organisation(id).members())
                .extracting(Organisation.Member::accountId, Organisation.Member::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(owner.accountId(), OrganisationRole.OWNER),
                        org.assertj.core.groups.Tuple.tuple(invitee.accountId(), OrganisationRole.MEMBER));
        assertThatThrownBy(() ->
                        organisations.inviteMember(new MemberInvitation(id, TestAccounts.uniqueEmail("x"), uniqueIp())))
                .isInstanceOf(AccessDeniedException.class);

        organisations.leaveOrganisation(id);

        assertThat(organisations.isMemberOf(id)).isFalse();
        assertThat(organisations.myOrganisations())
                .extracting(o -> o.organisation().id())
                .doesNotContain(id);
        assertThatThrownBy(() -> organisations.leaveOrganisation(id)).isInstanceOf(NoSuchItemException.class);
        assertThat(Mails.to(smtp, invitee.email())).hasSize(1);
    }

    @Test
    void an_invitation_can_be_declined() {
        AccountPrincipal invitee = testAccounts.create();
        testAccounts.signInAs();
        long id = organisations.createOrganisation(new OrganisationDraft(uniqueName("Koor"), uniqueKvkNumber(), null));
        organisations.inviteMember(new MemberInvitation(id, invitee.email(), uniqueIp()));

        TestAccounts.signIn(invitee);
        organisations.leaveOrganisation(id);

        assertThat(organisations.myOrganisations())
                .extracting(o -> o.organisation().id())
                .doesNotContain(id);
        assertThatThrownBy(() -> organisations.acceptInvitation(id)).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void inviting_an_address_without_an_account_looks_the_same_and_mails_it_either_way() {
        AccountPrincipal known = testAccounts.create();
        AccountPrincipal owner = testAccounts.signInAs();
        long id = organisations.createOrganisation(
                new OrganisationDraft(uniqueName("Vereniging"), uniqueKvkNumber(), null));
        String name = mine(id).name();
        String nobody = TestAccounts.uniqueEmail("niemand");

        organisations.inviteMember(new MemberInvitation(id, known.email(), uniqueIp()));
        organisations.inviteMember(new MemberInvitation(id, nobody.toUpperCase(), uniqueIp()));

        assertThat(organisations.myOrganisations())
                .filteredOn(o -> o.organisation().id() == id)
                .singleElement()
                .satisfies(mine -> {
                    assertThat(mine.openInvitations()).containsExactlyInAnyOrder(known.email(), nobody);
                    assertThat(mine.organisation().members()).hasSize(1);
                });
        Mails.Mail toKnown = Mails.awaitOne(smtp, known.email());
        Mails.Mail toNobody = Mails.awaitOne(smtp, nobody);
        assertThat(toNobody.subject()).isEqualTo(toKnown.subject());
        assertThat(toNobody.body())
                .isEqualTo(toKnown.body())
                .contains(name)
                .contains(owner.displayName())
                .contains("http://localhost:8080/organisaties")
                .contains("http://localhost:8080/registreren")
                .doesNotContain(known.displayName());
        assertRefused(
                () -> organisations.inviteMember(new MemberInvitation(id, "geen adres", uniqueIp())),
                "email",
                "error.email-malformed");
        assertRefused(
                () -> organisations.inviteMember(new MemberInvitation(id, null, uniqueIp())),
                "email",
                "error.required");
    }

    @Test
    void an_address_that_registers_after_the_invitation_finds_it_and_accepts() {
        testAccounts.signInAs();
        long id = organisations.createOrganisation(
                new OrganisationDraft(uniqueName("Buurthuis"), uniqueKvkNumber(), null));
        String later = TestAccounts.uniqueEmail("later");
        organisations.inviteMember(new MemberInvitation(id, later, uniqueIp()));
        Mails.awaitOne(smtp, later);

        registration.register(new Registration("Lotte Later", later, TestAccounts.PASSWORD, "nl", uniqueIp()));
        confirm(Mails.await(smtp, later, 2).getLast().token("/account/bevestigen"));
        TestAccounts.signIn(testAccounts.principal(later));

        assertThat(organisations.myOrganisations())
                .filteredOn(o -> o.organisation().id() == id)
                .extracting(MyOrganisation::member)
                .containsExactly(false);
        organisations.acceptInvitation(id);
        assertThat(organisations.isMemberOf(id)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("nl.raadsplein.HostileInputs#lines")
    void a_hostile_address_is_refused_or_invited_exactly_as_typed_in_lower_case(String line) {
        testAccounts.signInAs();
        long id = organisations.createOrganisation(
                new OrganisationDraft(uniqueName("Vijandig"), uniqueKvkNumber(), null));
        boolean invited;
        try {
            organisations.inviteMember(new MemberInvitation(id, line, uniqueIp()));
            invited = true;
        } catch (InvalidInputException refused) {
            invited = false;
        }
        List<String> open = organisations.myOrganisations().stream()
                .filter(o -> o.organisation().id() == id)
                .findFirst()
                .orElseThrow()
                .openInvitations();
        if (invited) {
            assertThat(open).containsExactly(line.strip().toLowerCase(java.util.Locale.ROOT));
        } else {
            assertThat(open).isEmpty();
        }
    }

    @Test
    void only_an_owner_invites() {
        AccountPrincipal member = testAccounts.create();
        AccountPrincipal stranger = testAccounts.create();
        AccountPrincipal invitee = testAccounts.create();
        testAccounts.signInAs();
        long id = organisations.createOrganisation(
                new OrganisationDraft(uniqueName("Sportclub"), uniqueKvkNumber(), null));
        organisations.inviteMember(new MemberInvitation(id, member.email(), uniqueIp()));
        TestAccounts.signIn(member);
        assertThatThrownBy(() -> organisations.inviteMember(new MemberInvitation(id, invitee.email(), uniqueIp())))
                .isInstanceOf(AccessDeniedException.class);
        organisations.acceptInvitation(id);
        assertThatThrownBy(() -> organisations.inviteMember(new MemberInvitation(id, invitee.email(), uniqueIp())))
                .isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(stranger);
        assertThatThrownBy(() -> organisations.inviteMember(new MemberInvitation(id, invitee.email(), uniqueIp())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.inviteMember(new MemberInvitation(-1, invitee.email(), uniqueIp())))
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> organisations.acceptInvitation(id)).isInstanceOf(NoSuchItemException.class);

        TestAccounts.signIn(invitee);
        assertThat(organisations.myOrganisations()).isEmpty();
    }

    @Test
    void the_last_owner_cannot_leave() {
        testAccounts.signInAs();
        long id = organisations.createOrganisation(
                new OrganisationDraft(uniqueName("Stichting"), uniqueKvkNumber(), null));
        assertRefused(() -> organisations.leaveOrganisation(id), "organisation", "account.error.last-owner");
        assertThat(organisations.isMemberOf(id)).isTrue();
    }

    @Test
    void the_griffie_verifies_an_organisation() {
        AccountPrincipal owner = testAccounts.signInAs();
        long id = organisations.createOrganisation(
                new OrganisationDraft(uniqueName("Dorpshuis"), uniqueKvkNumber(), null));

        testAccounts.signInAs(Role.GRIFFIER);
        assertThat(organisations.organisationsAwaitingVerification())
                .filteredOn(o -> o.id() == id)
                .singleElement()
                .satisfies(o -> assertThat(o.members())
                        .extracting(Organisation.Member::displayName)
                        .containsExactly(owner.displayName()));

        organisations.verifyOrganisation(id);
        organisations.verifyOrganisation(id);

        assertThat(organisations.organisation(id).verified()).isTrue();
        assertThat(organisations.organisation(id).version()).isEqualTo(1);
        assertThat(organisations.organisationsAwaitingVerification())
                .extracting(Organisation::id)
                .doesNotContain(id);
        assertThatThrownBy(() -> organisations.verifyOrganisation(-1)).isInstanceOf(NoSuchItemException.class);
        TestAccounts.signIn(owner);
        assertThat(mine(id).verified()).isTrue();
        assertThat(List.of(mine(id))).hasSize(1);
    }
}
