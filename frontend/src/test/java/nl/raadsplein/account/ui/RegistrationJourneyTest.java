package nl.raadsplein.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import nl.raadsplein.account.Mails;
import nl.raadsplein.account.TestAccounts;
import org.junit.jupiter.api.Test;

class RegistrationJourneyTest extends AccountUiTest {

    private TextField name() {
        return $(TextField.class).withLabel("Naam").single();
    }

    private EmailField email() {
        return $(EmailField.class).withLabel("E-mailadres").single();
    }

    private PasswordField password() {
        return $(PasswordField.class).withLabel("Wachtwoord").single();
    }

    @Test
    void a_too_short_password_is_refused_next_to_its_field_and_everything_typed_stays() {
        navigate(RegisterView.class);
        String address = TestAccounts.uniqueEmail("kort");
        test(name()).setValue("Kees Kort");
        test(email()).setValue(address);
        test(password()).setValue("kort");
        test($(Select.class).withLabel("Taal").single()).selectItem("English");

        click("Account aanmaken");

        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).contains("minstens 12 tekens");
        assertThat(name().getValue()).isEqualTo("Kees Kort");
        assertThat(email().getValue()).isEqualTo(address);
        assertThat(password().getValue()).isEqualTo("kort");
        assertThat($(Select.class).withLabel("Taal").single().getValue()).isEqualTo("en");
        assertThat(password().getHelperText()).contains("12 tekens").contains("bekend wachtwoord");
    }

    @Test
    void a_reset_asked_for_a_malformed_address_is_refused_next_to_its_field() {
        navigate(ForgotPasswordView.class);
        test(email()).setValue("geen-adres");

        click("Link versturen");

        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).contains("geen geldig e-mailadres");
        assertThat(email().getValue()).isEqualTo("geen-adres");
    }

    @Test
    void a_malformed_address_is_refused_next_to_its_field() {
        navigate(RegisterView.class);
        test(name()).setValue("Anna");
        test(email()).setValue("geen-adres");
        test(password()).setValue(PASSWORD);

        click("Account aanmaken");

        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).contains("geen geldig e-mailadres");
        assertThat(password().isInvalid()).isFalse();
    }

    @Test
    void registering_confirming_and_using_the_link_again() {
        String address = TestAccounts.uniqueEmail("nieuw");
        navigate(RegisterView.class);
        test(name()).setValue("Nina Nieuw");
        test(email()).setValue(address);
        test(password()).setValue(PASSWORD);

        click("Account aanmaken");

        assertThat(saysSomewhere("Kijk in uw mailbox")).isTrue();
        assertThat(saysSomewhere(address)).isTrue();
        assertThat($(PasswordField.class).exists()).isFalse();

        String token = Mails.awaitOne(smtp, address).token("/account/bevestigen");
        navigate("account/bevestigen/" + token, ConfirmEmailView.class);
        assertThat(heading()).isEqualTo("E-mailadres bevestigen");
        test(password()).setValue("Niet-het-goede-wachtwoord");
        click("E-mailadres bevestigen");
        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).contains("Dit wachtwoord klopt niet");
        assertThat(heading()).isEqualTo("E-mailadres bevestigen");

        test(password()).setValue(PASSWORD);
        click("E-mailadres bevestigen");
        assertThat(heading()).isEqualTo("E-mailadres bevestigd");
        assertThat($(RouterLink.class).withText("Inloggen").exists()).isTrue();

        navigate("account/bevestigen/" + token, ConfirmEmailView.class);
        assertThat(heading()).isEqualTo("Deze link werkt niet");
    }

    @Test
    void registering_an_address_that_has_an_account_answers_the_same() {
        String address = testAccounts.create().email();
        navigate(RegisterView.class);
        test(name()).setValue("Iemand Anders");
        test(email()).setValue(address);
        test(password()).setValue(PASSWORD);

        click("Account aanmaken");

        assertThat(saysSomewhere("Kijk in uw mailbox")).isTrue();
        assertThat(Mails.awaitOne(smtp, address).body()).contains("al een account");
    }

    @Test
    void a_bad_confirmation_link_explains_and_offers_a_new_link() {
        navigate("account/bevestigen/niet-echt", ConfirmEmailView.class);

        assertThat(heading()).isEqualTo("Deze link werkt niet");
        assertThat(saysSomewhere("werkt niet (meer)")).isTrue();
        RouterLink newLink =
                $(RouterLink.class).withText("Nieuwe link aanvragen").single();
        assertThat(newLink.getHref()).isEqualTo(ForgotPasswordView.ROUTE);
    }

    @Test
    void forgotten_password_answers_neutrally_and_the_mailed_link_sets_a_new_password() {
        String address = testAccounts.create().email();
        navigate(ForgotPasswordView.class);
        test($(EmailField.class).withLabel("E-mailadres").single()).setValue(address);
        click("Link versturen");
        assertThat(saysSomewhere("Als er een account is met het adres " + address))
                .isTrue();

        String token = Mails.awaitOne(smtp, address).token("/account/wachtwoord-herstellen");
        navigate("account/wachtwoord-herstellen/" + token, ResetPasswordView.class);
        PasswordField first =
                $(PasswordField.class).withLabel("Nieuw wachtwoord").single();
        PasswordField second =
                $(PasswordField.class).withLabel("Herhaal nieuw wachtwoord").single();
        test(first).setValue("Een-heel-nieuw-wachtwoord-7");
        test(second).setValue("Een-ander-wachtwoord-7");
        click("Wachtwoord opslaan");
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).contains("niet gelijk");
        assertThat(first.getValue()).isEqualTo("Een-heel-nieuw-wachtwoord-7");

        test(second).setValue("Een-heel-nieuw-wachtwoord-7");
        click("Wachtwoord opslaan");
        assertThat(saysSomewhere("Uw nieuwe wachtwoord is opgeslagen")).isTrue();
    }

    @Test
    void a_spent_reset_link_offers_a_new_one() {
        navigate("account/wachtwoord-herstellen/niet-echt", ResetPasswordView.class);
        test($(PasswordField.class).withLabel("Nieuw wachtwoord").single()).setValue(PASSWORD);
        test($(PasswordField.class).withLabel("Herhaal nieuw wachtwoord").single())
                .setValue(PASSWORD);
        click("Wachtwoord opslaan");

        assertThat(saysSomewhere("Deze link werkt niet (meer)")).isTrue();
        assertThat($(RouterLink.class).withText("Nieuwe link aanvragen").exists())
                .isTrue();
    }
}
