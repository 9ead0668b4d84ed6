package nl.raadsplein.notification;

import static org.assertj.core.api.Assertions.assertThat;

import nl.raadsplein.BackendTestApplication;
import nl.raadsplein.account.AccountTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(classes = BackendTestApplication.class)
@Import(AccountTestConfiguration.class)
class DemoMailboxAbsentTest {

    @Autowired
    ObjectProvider<DemoMailbox> mailbox;

    @Test
    void outside_the_demo_there_is_no_demo_mailbox() {
        assertThat(mailbox.getIfAvailable()).isNull();
    }
}
