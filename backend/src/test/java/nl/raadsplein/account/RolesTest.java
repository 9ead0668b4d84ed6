package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.Paging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.access.AccessDeniedException;

class RolesTest extends AccountTest {

    /** Who may do what: every action for every kind of user, allowed ones and refused ones. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "ANONYMOUS, appointCouncillor, false",
        "RESIDENT, appointCouncillor, false",
        "COUNCILLOR, appointCouncillor, false",
        "GRIFFIER, appointCouncillor, true",
        "ADMIN, appointCouncillor, true",
        "ANONYMOUS, appointGriffier, false",
        "RESIDENT, appointGriffier, false",
        "COUNCILLOR, appointGriffier, false",
        "GRIFFIER, appointGriffier, false",
        "ADMIN, appointGriffier, true",
        "ANONYMOUS, appointAdministrator, false",
        "RESIDENT, appointAdministrator, false",
        "COUNCILLOR, appointAdministrator, false",
        "GRIFFIER, appointAdministrator, false",
        "ADMIN, appointAdministrator, true",
        "ANONYMOUS, revokeCouncillor, false",
        "RESIDENT, revokeCouncillor, false",
        "COUNCILLOR, revokeCouncillor, false",
        "GRIFFIER, revokeCouncillor, true",
        "ADMIN, revokeCouncillor, true",
        "ANONYMOUS, revokeGriffier, false",
        "RESIDENT, revokeGriffier, false",
        "COUNCILLOR, revokeGriffier, false",
        "GRIFFIER, revokeGriffier, false",
        "ADMIN, revokeGriffier, true",
        "ANONYMOUS, revokeAdministrator, false",
        "RESIDENT, revokeAdministrator, false",
        "COUNCILLOR, revokeAdministrator, false",
        "GRIFFIER, revokeAdministrator, false",
        "ADMIN, revokeAdministrator, true",
        "ANONYMOUS, findAccounts, false",
        "RESIDENT, findAccounts, false",
        "COUNCILLOR, findAccounts, false",
        "GRIFFIER, findAccounts, true",
        "ADMIN, findAccounts, true",
        "ANONYMOUS, countAccounts, false",
        "RESIDENT, countAccounts, false",
        "COUNCILLOR, countAccounts, false",
        "GRIFFIER, countAccounts, true",
        "ADMIN, countAccounts, true",
        "ANONYMOUS, createParty, false",
        "RESIDENT, createParty, false",
        "COUNCILLOR, createParty, false",
        "GRIFFIER, createParty, true",
        "ADMIN, createParty, true",
        "ANONYMOUS, updateParty, false",
        "RESIDENT, updateParty, false",
        "COUNCILLOR, updateParty, false",
        "GRIFFIER, updateParty, true",
        "ADMIN, updateParty, true",
        "ANONYMOUS, councillors, false",
        "RESIDENT, councillors, false",
        "COUNCILLOR, councillors, true",
        "GRIFFIER, councillors, true",
        "ADMIN, councillors, true",
        "ANONYMOUS, parties, true",
        "RESIDENT, parties, true",
        "COUNCILLOR, parties, true",
        "GRIFFIER, parties, true",
        "ADMIN, parties, true",
        "ANONYMOUS, permissions, false",
        "RESIDENT, permissions, false",
        "COUNCILLOR, permissions, false",
        "GRIFFIER, permissions, true",
        "ADMIN, permissions, true",
    })
    void each_role_may_do_only_what_it_is_allowed(String actor, String action, boolean allowed) {
        long partyId = PartiesTest.newParty(testAccounts, parties);
        AccountPrincipal target = testAccounts.create(Role.COUNCILLOR, Role.GRIFFIER, Role.ADMIN);
        AccountPrincipal plain = testAccounts.create();
        Party party = parties.parties().stream()
                .filter(p -> p.id() == partyId)
                .findFirst()
                .orElseThrow();
        testAccounts.signInAs(Role.ADMIN);
        Account plainAccount = roles.findAccounts(plain.email(), 0, 1).getFirst();
        if (actor.equals("ANONYMOUS")) {
            TestAccounts.signInAnonymously();
        } else {
            testAccounts.signInAs(Role.valueOf(actor));
        }
        Runnable call = switch (action) {
            case "appointCouncillor" -> () -> roles.appointCouncillor(plain.accountId(), partyId);
            case "appointGriffier" -> () -> roles.appointGriffier(plain.accountId());
            case "appointAdministrator" -> () -> roles.appointAdministrator(plain.accountId());
            case "revokeCouncillor" -> () -> roles.revokeRole(target.accountId(), Role.COUNCILLOR);
            case "revokeGriffier" -> () -> roles.revokeRole(target.accountId(), Role.GRIFFIER);
            case "revokeAdministrator" -> () -> roles.revokeRole(target.accountId(), Role.ADMIN);
            case "findAccounts" -> () -> roles.findAccounts(null, 0, 10);
            case "countAccounts" -> () -> roles.countAccounts(null);
            case "createParty" ->
                () -> parties.createParty(new PartyDraft("Partij " + plain.accountId(), "P" + plain.accountId()));
            case "updateParty" ->
                () -> parties.updateParty(
                        partyId, new PartyDraft(party.name() + " nieuw", party.abbreviation()), true, party.version());
            case "councillors" -> () -> parties.councillors(partyId);
            case "parties" -> () -> parties.parties();
            case "permissions" -> () -> roles.permissions(plainAccount);
            default -> throw new IllegalArgumentException(action);
        };
        if (allowed) {
            call.run();
        } else {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }

        testAccounts.signInAs(Role.ADMIN);
        Account after = roles.findAccounts(target.email(), 0, 1).getFirst();
        Account plainAfter = roles.findAccounts(plain.email(), 0, 1).getFirst();
        boolean changedTarget = !after.roles().equals(target.roles());
        boolean changedPlain = plainAfter.roles().size() > 1;
        boolean changedParties = parties.parties().stream().anyMatch(p -> p.id() == partyId && p.version() > 0)
                || parties.parties().stream().anyMatch(p -> p.name().equals("Partij " + plain.accountId()));
        assertThat(changedTarget || changedPlain || changedParties)
                .as("something changed")
                .isEqualTo(allowed && action.matches("appoint.*|revoke.*|.*Party"));
    }

    @Test
    void the_roles_dialog_offers_what_each_role_may_do_with_an_account() {
        AccountPrincipal target = testAccounts.create(Role.COUNCILLOR, Role.GRIFFIER, Role.ADMIN);
        testAccounts.signInAs(Role.ADMIN);
        Account account = roles.findAccounts(target.email(), 0, 1).getFirst();
        Account plain = roles.findAccounts(testAccounts.create().email(), 0, 1).getFirst();

        assertThat(roles.permissions(account))
                .isEqualTo(
                        new RolePermissions(false, false, List.of(Role.COUNCILLOR, Role.GRIFFIER, Role.ADMIN), false));
        assertThat(roles.permissions(plain)).isEqualTo(new RolePermissions(true, true, List.of(), false));

        testAccounts.signInAs(Role.GRIFFIER);
        assertThat(roles.permissions(account))
                .isEqualTo(new RolePermissions(false, false, List.of(Role.COUNCILLOR), true));
        assertThat(roles.permissions(plain)).isEqualTo(new RolePermissions(false, false, List.of(), true));
    }

    @Test
    void appointing_a_councillor_sets_the_party_and_revoking_clears_it() {
        long partyId = PartiesTest.newParty(testAccounts, parties);
        AccountPrincipal resident = testAccounts.create();
        AccountPrincipal griffier = testAccounts.signInAs(Role.GRIFFIER);

        roles.appointCouncillor(resident.accountId(), partyId);

        Account councillor = roles.findAccounts(resident.email(), 0, 1).getFirst();
        assertThat(councillor.roles()).containsExactly(Role.RESIDENT, Role.COUNCILLOR);
        assertThat(councillor.party().id()).isEqualTo(partyId);
        assertThat(parties.councillors(partyId)).extracting(Account::id).containsExactly(resident.accountId());
        assertThat(griffier.accountId()).isNotEqualTo(resident.accountId());

        roles.revokeRole(resident.accountId(), Role.COUNCILLOR);

        Account after = roles.findAccounts(resident.email(), 0, 1).getFirst();
        assertThat(after.roles()).containsExactly(Role.RESIDENT);
        assertThat(after.party()).isNull();
        assertThat(parties.councillors(partyId)).isEmpty();
    }

    @Test
    void appointing_a_griffier_and_an_administrator_adds_their_roles() {
        AccountPrincipal resident = testAccounts.create();
        testAccounts.signInAs(Role.ADMIN);
        roles.appointGriffier(resident.accountId());
        roles.appointAdministrator(resident.accountId());
        roles.appointAdministrator(resident.accountId());
        assertThat(roles.findAccounts(resident.email(), 0, 1).getFirst().roles())
                .containsExactly(Role.RESIDENT, Role.GRIFFIER, Role.ADMIN);
    }

    @Test
    void nobody_can_take_away_being_a_resident() {
        AccountPrincipal resident = testAccounts.create();
        testAccounts.signInAs(Role.ADMIN);
        assertThatThrownBy(() -> roles.revokeRole(resident.accountId(), Role.RESIDENT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.resident-permanent"));
    }

    @Test
    void an_unconfirmed_account_cannot_be_appointed() {
        String email = TestAccounts.uniqueEmail("onbevestigd");
        registration.register(new Registration("Nog Niet", email, TestAccounts.PASSWORD, "nl", uniqueIp()));
        testAccounts.signInAs(Role.ADMIN);
        long id = roles.findAccounts(email, 0, 1).getFirst().id();
        assertThatThrownBy(() -> roles.appointGriffier(id))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.not-confirmed"));
    }

    @Test
    void the_last_administrator_cannot_be_revoked() {
        AccountPrincipal last = testAccounts.signInAs(Role.ADMIN);
        allAccounts().stream()
                .filter(account -> account.has(Role.ADMIN) && account.id() != last.accountId())
                .forEach(account -> roles.revokeRole(account.id(), Role.ADMIN));
        assertThat(allAccounts())
                .filteredOn(a -> a.has(Role.ADMIN))
                .extracting(Account::id)
                .containsExactly(last.accountId());

        assertThatThrownBy(() -> roles.revokeRole(last.accountId(), Role.ADMIN))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.last-administrator"));
        assertThat(accounts.me().roles()).contains(Role.ADMIN);

        AccountPrincipal successor = testAccounts.create();
        roles.appointAdministrator(successor.accountId());
        roles.revokeRole(last.accountId(), Role.ADMIN);
        assertThat(accounts.me().roles()).doesNotContain(Role.ADMIN);
    }

    private List<Account> allAccounts() {
        List<Account> all = new ArrayList<>();
        for (int offset = 0; offset < roles.countAccounts(null); offset += Paging.MAX_LIMIT) {
            all.addAll(roles.findAccounts(null, offset, Paging.MAX_LIMIT));
        }
        return all;
    }

    @Test
    void searching_accounts_matches_name_or_address_and_takes_wildcards_literally() {
        String marker = "zoek" + System.nanoTime();
        AccountPrincipal byName = testAccounts.create();
        TestAccounts.signIn(byName);
        accounts.updateProfile("Anna " + marker + " de Wit", "nl");
        String email = TestAccounts.uniqueEmail(marker);
        registration.register(new Registration("Bob Adres", email, TestAccounts.PASSWORD, "nl", uniqueIp()));
        testAccounts.signInAs(Role.GRIFFIER);

        assertThat(roles.findAccounts(marker.toUpperCase(), 0, 10))
                .extracting(Account::displayName)
                .containsExactly("Anna " + marker + " de Wit", "Bob Adres");
        assertThat(roles.countAccounts(marker)).isEqualTo(2);
        assertThat(roles.findAccounts(marker, 1, 10))
                .extracting(Account::displayName)
                .containsExactly("Bob Adres");
        assertThat(roles.countAccounts(marker + "%")).isZero();
        assertThat(roles.countAccounts("_" + marker.substring(1))).isZero();
        assertThat(roles.countAccounts("  ")).isEqualTo(roles.countAccounts(null));
    }
}
