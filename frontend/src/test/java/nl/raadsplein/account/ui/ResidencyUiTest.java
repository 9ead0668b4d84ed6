package nl.raadsplein.account.ui;

import static nl.raadsplein.account.CensusFixtures.csv;
import static nl.raadsplein.account.CensusFixtures.reader;
import static nl.raadsplein.account.CensusFixtures.uniqueFacts;
import static nl.raadsplein.account.CensusFixtures.uniqueKvkNumber;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.CensusFixtures.Facts;
import nl.raadsplein.account.ResidencyService;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ResidencyUiTest extends AccountUiTest {

    @Autowired
    ResidencyService residency;

    private void census(Facts... facts) {
        testAccounts.signInAs(Role.GRIFFIER);
        residency.importCensus(reader(csv(facts)));
        TestAccounts.signOut();
    }

    private TextField field(String label) {
        return $(TextField.class).withLabel(label).single();
    }

    private List<String> listItems() {
        return $(ListItem.class).all().stream()
                .map(i -> i.getElement().getTextRecursively())
                .toList();
    }

    private String page() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    private void fillVerification(Facts facts, java.time.LocalDate date) {
        test(field("Postcode")).setValue(facts.postcode());
        test(field("Huisnummer")).setValue(facts.houseNumber());
        test($(DatePicker.class).withLabel("Geboortedatum").single()).setValue(date);
        click("Verifiëren");
    }

    @Test
    void a_resident_verifies_with_the_census_facts_from_the_profile() {
        Facts facts = uniqueFacts();
        census(facts);
        signInAs();
        navigate(ProfileView.class);
        assertThat(page()).contains("Inwoner van IJssellanden").contains("Nog niet geverifieerd");
        test($(RouterLink.class).withText("Verifieer dat u hier woont").single())
                .click();

        assertThat(heading()).isEqualTo("Verifiëren als inwoner");
        assertThat($(DatePicker.class).single().getHelperText()).isEqualTo("Dag-maand-jaar, bijvoorbeeld 31-12-1980");
        fillVerification(facts, facts.dateOfBirth());

        assertThat(saysSomewhere("U bent geverifieerd als inwoner.")).isTrue();
        assertThat($(TextField.class).exists()).isFalse();
        navigate(ProfileView.class);
        assertThat(page()).contains("Geverifieerd").doesNotContain("Nog niet geverifieerd");
    }

    @Test
    void wrong_facts_are_refused_next_to_the_postcode_and_the_form_stays() {
        Facts facts = uniqueFacts();
        census(facts);
        signInAs();
        navigate(VerifyResidencyView.class);

        fillVerification(facts, facts.dateOfBirth().plusDays(1));

        TextField postcode = field("Postcode");
        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).startsWith("Wij kunnen u met deze gegevens niet vinden.");
        assertThat(postcode.getValue()).isEqualTo(facts.postcode());
        assertThat(saysSomewhere("U bent geverifieerd als inwoner.")).isFalse();

        test(field("Huisnummer")).setValue("nul");
        click("Verifiëren");
        assertThat(field("Huisnummer").getErrorMessage()).contains("12A");
        assertThat(postcode.isInvalid()).isFalse();
    }

    @Test
    void the_griffier_uploads_the_census_and_sees_the_counts() {
        Facts known = uniqueFacts();
        census(known);
        signInAs(Role.GRIFFIER);
        navigate(CensusImportView.class);
        assertThat(menu()).contains("Bevolkingsgegevens", "Organisaties verifiëren", "Organisaties");
        assertThat(saysSomewhere("HMAC-SHA256")).isTrue();
        String file = "postcode;huisnummer;geboortedatum\n"
                + String.join(";", known.line()) + "\n"
                + String.join(";", uniqueFacts().line()) + "\n"
                + "12;1;1980-01-01\n";

        test($(Upload.class).single()).upload("bevolking.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(listItems())
                .contains("Nieuw opgeslagen: 1", "Al bekend: 1", "Geweigerd: 1", "Regel 4: de postcode klopt niet");
    }

    @Test
    void a_file_without_the_header_is_refused_with_a_message() {
        signInAs(Role.ADMIN);
        navigate(CensusImportView.class);
        test($(Upload.class).single()).upload("x.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notifications()).anyMatch(n -> n.startsWith("De eerste regel van het bestand moet de kolommen"));
        assertThat(listItems()).noneMatch(i -> i.startsWith("Nieuw opgeslagen"));
    }

    @Test
    void an_organisation_is_registered_after_a_bad_kvk_number_is_refused() {
        signInAs();
        navigate(OrganisationsView.class);
        assertThat(heading()).isEqualTo("Organisaties");
        String name = "Buurtvereniging " + uniqueKvkNumber();
        TextField kvk = field("KvK-nummer");
        test(field("Naam van de organisatie")).setValue(name);
        test(kvk).setValue("1234");

        click("Organisatie aanmelden");

        assertThat(kvk.isInvalid()).isTrue();
        assertThat(kvk.getErrorMessage()).isEqualTo("Een KvK-nummer bestaat uit 8 cijfers.");
        assertThat($(H3.class).withText(name).exists()).isFalse();

        test(kvk).setValue(uniqueKvkNumber());
        test(field("Website (niet verplicht)")).setValue("https://buurt.example");
        click("Organisatie aanmelden");

        assertThat(notifications()).contains(name + " is aangemeld. De griffie controleert de gegevens.");
        assertThat($(H3.class).withText(name).exists()).isTrue();
        assertThat(page()).contains("Nog niet geverifieerd");
        assertThat($(EmailField.class)
                        .withLabel("E-mailadres van een nieuw lid van " + name)
                        .exists())
                .isTrue();
    }

    @Test
    void an_invitee_accepts_and_the_griffie_verifies() {
        AccountPrincipal invitee = testAccounts.create();
        signInAs();
        navigate(OrganisationsView.class);
        String name = "Stichting " + uniqueKvkNumber();
        test(field("Naam van de organisatie")).setValue(name);
        test(field("KvK-nummer")).setValue(uniqueKvkNumber());
        click("Organisatie aanmelden");
        test($(EmailField.class)
                        .withLabel("E-mailadres van een nieuw lid van " + name)
                        .single())
                .setValue(invitee.email());
        test($(Button.class)
                        .withAttribute("aria-label", "Uitnodigen voor " + name)
                        .single())
                .click();
        assertThat(notifications()).contains("De uitnodiging is verstuurd naar " + invitee.email() + ".");
        assertThat(page()).contains("Uitgenodigd, nog niet aangenomen:").contains(invitee.email());

        cleanVaadinEnvironment();
        TestAccounts.signIn(invitee);
        initVaadinEnvironment();
        navigate(OrganisationsView.class);
        assertThat(page()).contains("Uitnodigingen").contains(name);
        test($(Button.class)
                        .withAttribute("aria-label", "Uitnodiging aannemen van " + name)
                        .single())
                .click();
        assertThat(notifications()).contains("U bent nu lid van " + name + ".");
        assertThat(page()).contains(invitee.displayName() + " (lid)");

        signInAs(Role.GRIFFIER);
        navigate(OrganisationVerificationView.class);
        Grid<?> grid = $(Grid.class).single();
        int row = IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getCellText(i, 0).equals(name))
                .findFirst()
                .orElseThrow();
        test((Button) test(grid).getCellComponent(row, 4)).click();
        assertThat(notifications()).contains(name + " is geverifieerd.");
        assertThat(IntStream.range(0, test(grid).size())
                        .mapToObj(i -> test(grid).getCellText(i, 0)))
                .doesNotContain(name);
    }

    @Test
    void the_griffier_verifies_a_resident_at_the_desk_after_confirming() {
        AccountPrincipal resident = testAccounts.create();
        signInAs(Role.GRIFFIER);
        navigate(AccountsView.class);
        test($(TextField.class).withLabel("Zoeken").single()).setValue(resident.email());
        Grid<?> grid = $(Grid.class).single();
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Nee");
        test(grid).clickRow(0);
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("Nog niet geverifieerd als inwoner");

        test($(Button.class, dialog).withText("Geverifieerd aan de balie").single())
                .click();
        assertThat(dialog.getElement().getTextRecursively())
                .contains("identiteitsbewijs van " + resident.displayName());
        test($(Button.class, dialog).withText("Ja, bevestigen").single()).click();

        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(notifications()).contains(resident.displayName() + " is geverifieerd als inwoner.");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Ja");
        test(grid).clickRow(0);
        assertThat($(Button.class).withText("Geverifieerd aan de balie").exists())
                .isFalse();
    }

    @Test
    void an_administrator_sees_the_status_but_cannot_verify_at_the_desk() {
        AccountPrincipal resident = testAccounts.create();
        signInAs(Role.ADMIN);
        navigate(AccountsView.class);
        test($(TextField.class).withLabel("Zoeken").single()).setValue(resident.email());
        test($(Grid.class).single()).clickRow(0);
        assertThat($(Dialog.class).single().getElement().getTextRecursively())
                .contains("Nog niet geverifieerd als inwoner");
        assertThat($(Button.class).withText("Geverifieerd aan de balie").exists())
                .isFalse();
    }
}
