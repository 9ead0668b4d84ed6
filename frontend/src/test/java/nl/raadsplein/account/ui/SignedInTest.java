package nl.raadsplein.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.stream.IntStream;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.Role;
import org.junit.jupiter.api.Test;

class SignedInTest extends AccountUiTest {

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void a_visitor_sees_login_and_register_links_and_only_the_agenda_in_the_menu() {
        navigate(RegisterView.class);

        assertThat($(RouterLink.class).withText("Inloggen").exists()).isTrue();
        assertThat($(RouterLink.class).withText("Account aanmaken").exists()).isTrue();
        assertThat(menu())
                .containsExactly(
                        "Digitale agenda",
                        "Agenda in cijfers",
                        "Raadplegingen",
                        "Voorstellen",
                        "Waardendiscussies",
                        "Vergaderingen",
                        "Moties",
                        "Moderatielogboek",
                        "Open data");
    }

    @Test
    void a_resident_sees_their_name_linking_to_their_account_and_can_log_out() {
        AccountPrincipal me = signInAs();
        navigate(ProfileView.class);

        assertThat($(RouterLink.class).withText(me.displayName()).single().getHref())
                .isEqualTo(ProfileView.ROUTE);
        assertThat(button("Uitloggen").isVisible()).isTrue();
        assertThat(menu())
                .containsExactly(
                        "Digitale agenda",
                        "Agenda in cijfers",
                        "Raadplegingen",
                        "Voorstellen",
                        "Waardendiscussies",
                        "Vergaderingen",
                        "Moties",
                        "Moderatielogboek",
                        "Open data",
                        "Mijn account",
                        "Mijn gegevens",
                        "Organisaties");
        assertThat($(RouterLink.class).withText("Inloggen").exists()).isFalse();
    }

    @Test
    void a_councillor_has_the_council_menu_and_sees_their_party() {
        AccountPrincipal me = signInAs(Role.COUNCILLOR);
        navigate(MyPartyView.class);

        SideNavItem council =
                $(SideNavItem.class).withClassName("councillor-menu").single();
        assertThat(council.getLabel()).isEqualTo("Raad");
        assertThat(menu()).contains("Mijn fractie").doesNotContain("Beheer", "Accounts en rollen");
        assertThat(heading()).isEqualTo("Mijn fractie");
        assertThat(saysSomewhere("Testpartij (TP)")).isTrue();
        assertThat(paragraphs()).isNotEmpty();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(me.displayName());
    }

    @Test
    void the_profile_shows_the_account_and_saves_a_new_name() {
        AccountPrincipal me = signInAs();
        navigate(ProfileView.class);

        assertThat(heading()).isEqualTo("Mijn account");
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains(me.email()).contains("Inwoner");
        TextField name = $(TextField.class).withLabel("Naam").single();
        assertThat(name.getValue()).isEqualTo(me.displayName());
        assertThat($(Select.class).withLabel("Taal").single().getValue()).isEqualTo("nl");

        test(name).setValue("Nieuwe Naam");
        click("Opslaan");

        assertThat(notifications()).contains("Uw gegevens zijn opgeslagen.");
        assertThat($(RouterLink.class).withText("Nieuwe Naam").exists()).isTrue();
    }

    @Test
    void a_wrong_current_password_is_refused_and_the_new_one_kept() {
        signInAs();
        navigate(ProfileView.class);
        PasswordField current =
                $(PasswordField.class).withLabel("Huidig wachtwoord").single();
        PasswordField fresh =
                $(PasswordField.class).withLabel("Nieuw wachtwoord").single();
        test(current).setValue("niet-mijn-wachtwoord");
        test(fresh).setValue("Een-heel-nieuw-wachtwoord-7");
        test($(PasswordField.class).withLabel("Herhaal nieuw wachtwoord").single())
                .setValue("Een-heel-nieuw-wachtwoord-7");

        click("Wachtwoord wijzigen");

        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Uw huidige wachtwoord klopt niet.");
        assertThat(fresh.getValue()).isEqualTo("Een-heel-nieuw-wachtwoord-7");

        test(current).setValue(PASSWORD);
        click("Wachtwoord wijzigen");
        assertThat(notifications())
                .contains("Uw wachtwoord is gewijzigd. Op andere apparaten en browsers bent u uitgelogd.");
        assertThat(current.getValue()).isEmpty();
    }

    @Test
    void the_griffier_appoints_a_councillor_and_revokes_the_role() {
        AccountPrincipal resident = testAccounts.create();
        signInAs(Role.GRIFFIER);
        navigate(AccountsView.class);
        assertThat(menu()).contains("Accounts en rollen", "Fracties").doesNotContain("Referentiegegevens");

        test($(TextField.class).withLabel("Zoeken").single()).setValue(resident.email());
        Grid<?> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        test(grid).clickRow(0);

        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Rollen van " + resident.displayName());
        assertThat($(Button.class, dialog).withText("Benoemen tot beheerder").exists())
                .isFalse();
        assertThat($(Button.class, dialog).withText("Benoemen tot griffier").exists())
                .isFalse();
        click("Benoemen tot raadslid");
        Select<?> party = $(Select.class, dialog).withLabel("Fractie").single();
        assertThat(party.isInvalid()).isTrue();

        test(party).selectItem(test(party).getSuggestions().getFirst());
        click("Benoemen tot raadslid");

        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(test(grid).getCellText(0, 2)).contains("Raadslid");

        test(grid).clickRow(0);
        click("Intrekken: Raadslid");
        assertThat(test(grid).getCellText(0, 2)).doesNotContain("Raadslid");
        assertThat(test(grid).getCellText(0, 3)).isEmpty();
    }

    @Test
    void an_unconfirmed_account_cannot_be_appointed_and_the_dialog_says_why() {
        String address = nl.raadsplein.account.TestAccounts.uniqueEmail("onbevestigd");
        navigate(RegisterView.class);
        test($(TextField.class).withLabel("Naam").single()).setValue("Onbevestigd Iemand");
        test($(com.vaadin.flow.component.textfield.EmailField.class)
                        .withLabel("E-mailadres")
                        .single())
                .setValue(address);
        test($(PasswordField.class).withLabel("Wachtwoord").single()).setValue(PASSWORD);
        click("Account aanmaken");

        signInAs(Role.ADMIN);
        navigate(AccountsView.class);
        test($(TextField.class).withLabel("Zoeken").single()).setValue(address);
        test($(Grid.class).single()).clickRow(0);
        click("Benoemen tot griffier");

        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Dit account heeft zijn e-mailadres nog niet bevestigd.");
        assertThat($(Button.class, dialog).withText("Benoemen tot beheerder").exists())
                .isTrue();
    }

    @Test
    void parties_are_added_and_edited_and_a_duplicate_is_refused_next_to_the_field() {
        signInAs(Role.GRIFFIER);
        navigate(PartiesView.class);
        String name = "Partij " + System.nanoTime();
        TextField nameField = $(TextField.class).withLabel("Naam").single();
        TextField abbreviation = $(TextField.class).withLabel("Afkorting").single();
        test(nameField).setValue(name);
        test(abbreviation).setValue("P" + (System.nanoTime() % 100000));
        click("Fractie toevoegen");
        assertThat(notifications()).contains("Fractie " + name + " is toegevoegd.");

        test(nameField).setValue(name);
        test(abbreviation).setValue("X" + (System.nanoTime() % 100000));
        click("Fractie toevoegen");
        assertThat(nameField.isInvalid()).isTrue();
        assertThat(nameField.getErrorMessage()).isEqualTo("Er is al een partij met deze naam.");
        assertThat(nameField.getValue()).isEqualTo(name);

        Grid<?> grid = $(Grid.class).single();
        int row = IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getCellText(i, 0).equals(name))
                .findFirst()
                .orElseThrow();
        Button edit = (Button) test(grid).getCellComponent(row, 3);
        assertThat(edit.getElement().getAttribute("aria-label")).isEqualTo("Fractie " + name + " bewerken");
        test(edit).click();
        Dialog dialog = $(Dialog.class).single();
        test($(com.vaadin.flow.component.checkbox.Checkbox.class, dialog)
                        .withLabel("Actief")
                        .single())
                .click();
        test($(Button.class, dialog).withText("Opslaan").single()).click();
        assertThat(notifications()).contains("Fractie " + name + " is opgeslagen.");
    }

    @Test
    void without_the_demo_mail_server_the_mailbox_does_not_exist() {
        signInAs(Role.ADMIN);
        navigate(AccountsView.class);
        assertThat(menu()).contains("Referentiegegevens").doesNotContain("Demo-mailbox");

        navigate("beheer/mail", com.vaadin.flow.component.Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Pagina niet gevonden");
    }
}
