package nl.raadsplein.account.ui;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import nl.raadsplein.RaadspleinApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The account views in a browserless UI on the real application and an embedded MariaDB, with a real SMTP
 * server on port 3027, or on the port the system property {@code raadsplein.test.smtp-port} names (see
 * src/test/resources/application.properties). Components are found as a user finds them: by their label or text.
 */
@SpringBootTest(classes = RaadspleinApplication.class)
@Import(AccountTestConfiguration.class)
abstract class AccountUiTest extends SpringBrowserlessTest {

    static final String PASSWORD = TestAccounts.PASSWORD;

    static GreenMail smtp;

    @Autowired
    TestAccounts testAccounts;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("raadsplein.test.smtp-port", 3027), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /**
     * Logs in as a new account with these roles and starts a new UI, as the page load after the login form
     * does: the header and menu are built for the user then.
     */
    AccountPrincipal signInAs(Role... roles) {
        AccountPrincipal principal = testAccounts.create(roles);
        cleanVaadinEnvironment();
        TestAccounts.signIn(principal);
        initVaadinEnvironment();
        return principal;
    }

    Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    void click(String buttonText) {
        test(button(buttonText)).click();
    }


    String heading() {
        return $(H1.class).single().getText();
    }

    List<String> paragraphs() {
        return $(Paragraph.class).all().stream().map(p -> p.getElement().getTextRecursively()).toList();
    }

    boolean saysSomewhere(String fragment) {
        return paragraphs().stream().anyMatch(p -> p.contains(fragment));
    }

    List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
