package nl.raadsplein.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.raadsplein.notification.DemoMailbox;
import nl.raadsplein.notification.ReceivedMail;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The demo's mailbox: every mail the application sent, newest first, so that a demo can follow the links in
 * them. Bodies are plain text and shown as text; only web addresses in them become links. Exists only when
 * the demo mail server runs.
 */
@Route("beheer/mail")
@RolesAllowed("ADMIN")
public class DemoMailboxView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ObjectProvider<DemoMailbox> mailbox;
    private final Div list = new Div();

    public DemoMailboxView(ObjectProvider<DemoMailbox> mailbox) {
        this.mailbox = mailbox;
        Button refresh = new Button(getTranslation("mailbox.refresh"), e -> refresh());
        add(new H1(getTranslation("mailbox.title")), new Paragraph(getTranslation("mailbox.intro")), refresh, list);
        list.addClassName("mail-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (mailbox.getIfAvailable() == null) {
            throw new NotFoundException();
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<ReceivedMail> mails = mailbox.getObject().messages();
        if (mails.isEmpty()) {
            list.add(new Paragraph(getTranslation("mailbox.empty")));
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZONE);
        for (ReceivedMail mail : mails) {
            DescriptionList meta = new DescriptionList();
            meta.add(
                    new DescriptionList.Term(getTranslation("mailbox.to")), new DescriptionList.Description(mail.to()));
            meta.add(
                    new DescriptionList.Term(getTranslation("mailbox.received")),
                    new DescriptionList.Description(time.format(mail.receivedAt())));
            Div body = new Div();
            body.addClassName("mail-body");
            body.add(linked(mail.body()).toArray(Component[]::new));
            Article article = new Article(new H2(mail.subject()), meta, body);
            article.addClassName("mail");
            list.add(article);
        }
    }

    /** The text as text nodes, with every http(s) address in it as a link to that address. */
    static List<Component> linked(String text) {
        List<Component> parts = new ArrayList<>();
        Matcher matcher = URL.matcher(text);
        int start = 0;
        while (matcher.find()) {
            String url = matcher.group();
            // A sentence's full stop or a closing bracket after an address is no part of it.
            while (!url.isEmpty() && ".,;:!?)]".indexOf(url.charAt(url.length() - 1)) >= 0) {
                url = url.substring(0, url.length() - 1);
            }
            if (matcher.start() > start) {
                parts.add(new Text(text.substring(start, matcher.start())));
            }
            parts.add(new Anchor(url, url));
            start = matcher.start() + url.length();
        }
        if (start < text.length()) {
            parts.add(new Text(text.substring(start)));
        }
        return parts;
    }

    @Override
    public String getPageTitle() {
        return AccountTexts.title(this, "mailbox.title");
    }
}
