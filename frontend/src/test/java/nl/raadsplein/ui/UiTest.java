package nl.raadsplein.ui;

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
import nl.raadsplein.proposal.ProposalFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Views in a browserless UI on the real application and an embedded MariaDB (one Spring context for all UI
 * tests). Components are found as a user finds them: by their label or text.
 */
@SpringBootTest(classes = RaadspleinApplication.class)
@Import({AccountTestConfiguration.class, ProposalFixtures.class})
public abstract class UiTest extends SpringBrowserlessTest {

    protected static final String PASSWORD = TestAccounts.PASSWORD;

    @Autowired
    protected TestAccounts testAccounts;

    @Autowired
    private SecurityContextHolderStrategy securityContextHolderStrategy;

    /**
     * Another Spring context started by a test class in between (NotificationUiTest has its own) installs its own
     * holder strategy; this context's method security reads the one it was built with, so the tests set theirs.
     */
    @BeforeEach
    void useThisContextsSecurityContextHolderStrategy() {
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /**
     * Logs in as a new account with these roles and starts a new UI, as the page load after the login form
     * does: the header and menu are built for the user then.
     */
    protected AccountPrincipal signInAs(Role... roles) {
        return signInAs(testAccounts.create(roles));
    }

    protected AccountPrincipal signInAs(AccountPrincipal principal) {
        cleanVaadinEnvironment();
        TestAccounts.signIn(principal);
        initVaadinEnvironment();
        return principal;
    }

    protected Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    protected void click(String buttonText) {
        test(button(buttonText)).click();
    }

    protected String heading() {
        return $(H1.class).single().getText();
    }

    protected List<String> paragraphs() {
        return $(Paragraph.class).all().stream()
                .map(p -> p.getElement().getTextRecursively())
                .toList();
    }

    protected boolean saysSomewhere(String fragment) {
        return paragraphs().stream().anyMatch(p -> p.contains(fragment));
    }

    protected List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
