package nl.raadsplein.account.ui;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import nl.raadsplein.ui.UiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The account views, with a real SMTP server on port 3027, or on the port the system property
 * {@code raadsplein.test.smtp-port} names (see src/test/resources/config/application.properties), besides what
 * every UI test has.
 */
abstract class AccountUiTest extends UiTest {

    static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(
                Integer.getInteger("raadsplein.test.smtp-port", 3027), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }
}
