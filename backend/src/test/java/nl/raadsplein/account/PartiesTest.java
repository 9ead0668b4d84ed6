package nl.raadsplein.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import nl.raadsplein.platform.ConcurrentChangeException;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.junit.jupiter.api.Test;

class PartiesTest extends AccountTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A new active party, created by a griffier who then logs out again. */
    static long newParty(TestAccounts testAccounts, PartyService parties) {
        int n = SEQUENCE.incrementAndGet();
        testAccounts.signInAs(Role.GRIFFIER);
        long id = parties.createParty(new PartyDraft(
                "Testpartij " + n + " " + System.nanoTime(), "T" + n + "-" + System.nanoTime() % 100000));
        TestAccounts.signOut();
        return id;
    }

    @Test
    void a_new_party_is_public_and_active() {
        long id = newParty(testAccounts, parties);
        TestAccounts.signInAnonymously();
        assertThat(parties.parties())
                .filteredOn(party -> party.id() == id)
                .singleElement()
                .satisfies(party -> {
                    assertThat(party.active()).isTrue();
                    assertThat(party.version()).isZero();
                });
    }

    @Test
    void a_party_name_or_abbreviation_can_be_used_once_whatever_its_case() {
        testAccounts.signInAs(Role.GRIFFIER);
        String suffix = Long.toString(System.nanoTime() % 1000000);
        parties.createParty(new PartyDraft("Dorpsbelang " + suffix, "DB" + suffix));

        assertThatThrownBy(() -> parties.createParty(new PartyDraft("DORPSBELANG " + suffix, "X" + suffix)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.party-name-taken"));
        assertThatThrownBy(() -> parties.createParty(new PartyDraft("Ander " + suffix, "db" + suffix)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.party-abbreviation-taken"));
        assertThatThrownBy(() -> parties.createParty(new PartyDraft("Ander " + suffix, "X".repeat(21))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("abbreviation"));
        assertThat(parties.parties())
                .filteredOn(p -> p.name().endsWith(" " + suffix))
                .hasSize(1);
    }

    @Test
    void updating_a_party_needs_the_version_that_was_read() {
        long id = newParty(testAccounts, parties);
        testAccounts.signInAs(Role.ADMIN);
        Party read = party(id);

        parties.updateParty(
                id, new PartyDraft(read.name() + " Nieuw", "N" + read.abbreviation()), false, read.version());

        Party updated = party(id);
        assertThat(updated.name()).isEqualTo(read.name() + " Nieuw");
        assertThat(updated.abbreviation()).isEqualTo("N" + read.abbreviation());
        assertThat(updated.active()).isFalse();
        assertThat(updated.version()).isEqualTo(read.version() + 1);
        assertThatThrownBy(() ->
                        parties.updateParty(id, new PartyDraft("Iets Anders " + id, "IA" + id), true, read.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(party(id)).isEqualTo(updated);
    }

    @Test
    void an_unknown_party_is_not_found() {
        testAccounts.signInAs(Role.ADMIN);
        assertThatThrownBy(() -> parties.updateParty(-1, new PartyDraft("Niets", "N"), true, 0))
                .isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> parties.councillors(-1)).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void an_inactive_party_takes_no_new_councillors() {
        long id = newParty(testAccounts, parties);
        AccountPrincipal resident = testAccounts.create();
        testAccounts.signInAs(Role.GRIFFIER);
        Party read = party(id);
        parties.updateParty(id, new PartyDraft(read.name(), read.abbreviation()), false, read.version());

        assertThatThrownBy(() -> roles.appointCouncillor(resident.accountId(), id))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.party-inactive"));
        assertThat(roles.findAccounts(resident.email(), 0, 1).getFirst().roles())
                .containsExactly(Role.RESIDENT);
    }

    @Test
    void councillors_see_the_councillors_of_a_party_by_name() {
        long id = newParty(testAccounts, parties);
        AccountPrincipal first = testAccounts.create();
        AccountPrincipal second = testAccounts.create();
        testAccounts.signInAs(Role.GRIFFIER);
        roles.appointCouncillor(second.accountId(), id);
        roles.appointCouncillor(first.accountId(), id);

        testAccounts.signInAs(Role.COUNCILLOR);
        assertThat(parties.councillors(id))
                .extracting(Account::id)
                .containsExactly(first.accountId(), second.accountId());
    }

    private Party party(long id) {
        return parties.parties().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }
}
