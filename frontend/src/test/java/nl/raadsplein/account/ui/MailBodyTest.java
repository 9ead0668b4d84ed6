package nl.raadsplein.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo mailbox shows a mail's plain text as text, with its web addresses as links. */
class MailBodyTest {

    @Test
    void web_addresses_become_links_and_the_rest_stays_text() {
        List<Component> parts = DemoMailboxView.linked(
                "Beste <b>Jan</b>,\n\nBevestig: http://localhost:8090/account/bevestigen/abc_-1.\nGroet");

        assertThat(parts).hasSize(3);
        assertThat(parts.get(0)).isInstanceOf(Text.class);
        assertThat(((Text) parts.get(0)).getText()).isEqualTo("Beste <b>Jan</b>,\n\nBevestig: ");
        Anchor link = (Anchor) parts.get(1);
        assertThat(link.getHref()).isEqualTo("http://localhost:8090/account/bevestigen/abc_-1");
        assertThat(link.getText()).isEqualTo("http://localhost:8090/account/bevestigen/abc_-1");
        assertThat(((Text) parts.get(2)).getText()).isEqualTo(".\nGroet");
    }

    @Test
    void other_schemes_stay_text() {
        List<Component> parts = DemoMailboxView.linked("javascript:alert(1) en mailto:a@b.nl");

        assertThat(parts).singleElement().isInstanceOf(Text.class);
    }
}
