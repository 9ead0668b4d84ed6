package nl.raadsplein.account;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.internal.ProfileModeration;
import nl.raadsplein.proposal.ProposalFixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The account tests share one application on one embedded MariaDB, and a real SMTP server on port 3025, or on the
 * port the system property {@code raadsplein.test.smtp-port} names (for a machine where 3025 is taken).
 */
@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
abstract class AccountTest {

    static final int SMTP_PORT = Integer.getInteger("raadsplein.test.smtp-port", 3025);

    static GreenMail smtp;

    @Autowired
    RegistrationService registration;

    @Autowired
    AccountService accounts;

    @Autowired
    ProfileService profiles;

    @Autowired
    RoleService roles;

    @Autowired
    PartyService parties;

    @Autowired
    ResidencyService residency;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ProfileModeration profileModeration;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    MutableClock clock;

    @Autowired
    ThrottledAuthenticationProvider loginProvider;

    @Autowired
    ProposalFixtures proposalFixtures;

    @Autowired
    DeviceCookieService deviceCookies;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.port(SMTP_PORT));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    /** Logs in as a browser at {@code clientIp} would. */
    Authentication login(String email, String password, String clientIp) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails(clientIp, null));
        return loginProvider.authenticate(attempt);
    }

    /** Logs in as a browser at {@code clientIp} that carries the device cookie would. */
    Authentication login(String email, String password, String clientIp, @Nullable String deviceCookie) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new LoginDetails(clientIp, null, deviceCookie));
        return loginProvider.authenticate(attempt);
    }

    /** The device cookie a browser gets when the account logs in on it, as the web layer asks for it. */
    String deviceCookieOf(AccountPrincipal account, @Nullable String shown) {
        TestAccounts.signIn(account);
        try {
            return deviceCookies.trustThisBrowser(shown);
        } finally {
            TestAccounts.signOut();
        }
    }

    static String uniqueIp() {
        return TestAccounts.uniqueIp();
    }

    /** Registers and confirms through the mailed link; returns the address. */
    String registerConfirmed(String prefix, String displayName) {
        String email = TestAccounts.uniqueEmail(prefix);
        registration.register(new Registration(displayName, email, TestAccounts.PASSWORD, "nl", uniqueIp()));
        confirm(Mails.awaitOne(smtp, email).token("/account/bevestigen"));
        return email;
    }

    /** Follows a confirmation link with the password every test registers with. */
    void confirm(String token) {
        registration.confirmEmail(new EmailConfirmation(token, TestAccounts.PASSWORD, uniqueIp()));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }
}
