package nl.raadsplein.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import nl.raadsplein.RaadspleinApplication;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.account.AccountTestConfiguration;
import nl.raadsplein.account.MutableClock;
import nl.raadsplein.account.TestAccounts;
import nl.raadsplein.agenda.ui.AgendaView;
import nl.raadsplein.notification.FollowTarget;
import nl.raadsplein.notification.Notification;
import nl.raadsplein.notification.NotificationFrequency;
import nl.raadsplein.notification.NotificationService;
import nl.raadsplein.notification.NotificationsChanged;
import nl.raadsplein.notification.internal.Notice;
import nl.raadsplein.notification.internal.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** The bell and the notifications page in a browserless UI on the real application and embedded MariaDB. */
@SpringBootTest(classes = RaadspleinApplication.class)
@Import(AccountTestConfiguration.class)
class NotificationUiTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    NotificationService notifications;

    @Autowired
    Notifier notifier;

    @Autowired
    AccountService accounts;

    @Autowired
    NotificationBroadcaster broadcaster;

    @Autowired
    MutableClock clock;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A resident who gets no mail (no SMTP server listens in these tests), logged in, with no UI yet. */
    private AccountPrincipal resident(String language) {
        AccountPrincipal principal = testAccounts.create();
        TestAccounts.signIn(principal);
        notifications.setFrequency(NotificationFrequency.OFF);
        if (!"nl".equals(language)) {
            accounts.updateProfile(principal.displayName(), language);
            principal = testAccounts.principal(principal.email());
            TestAccounts.signIn(principal);
        }
        return principal;
    }

    /** A new UI, as the page load after logging in builds it: header and bell as they are now. */
    private void openUi(AccountPrincipal principal) {
        cleanVaadinEnvironment();
        TestAccounts.signIn(principal);
        initVaadinEnvironment();
    }

    /** As another feature would: tells {@code me} about a proposal. */
    private void tell(AccountPrincipal me, String proposalTitle) {
        notifier.notify(
                FollowTarget.PROPOSAL,
                4242,
                new Notice(
                        "PROPOSAL_ANSWERED",
                        "notification.title.proposal-answered",
                        List.of(proposalTitle),
                        "/voorstellen/4242"),
                List.of(me.accountId()),
                null);
        clock.advance(Duration.ofMinutes(1));
    }

    private Button bell() {
        return $(Button.class).withClassName("notification-bell").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<Notification> grid() {
        return $(Grid.class).single();
    }

    @Test
    void the_bell_shows_the_unread_count_and_opens_the_notifications() {
        AccountPrincipal me = resident("nl");
        tell(me, "Meer bomen");
        tell(me, "Minder auto’s");
        openUi(me);

        navigate(AgendaView.class);

        assertThat(bell().getText()).isEqualTo("2");
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Meldingen, 2 ongelezen");
        test(bell()).click();
        assertThat(getCurrentView()).isInstanceOf(NotificationsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Meldingen");
    }

    @Test
    void in_english_the_bell_says_so_and_a_visitor_has_no_bell() {
        AccountPrincipal me = resident("en");
        tell(me, "More trees");
        openUi(me);
        navigate(NotificationsView.class);

        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications, 1 unread");
        assertThat($(H1.class).single().getText()).isEqualTo("Notifications");
        assertThat(test($(Select.class).single()).getSuggestions())
                .containsExactly("Immediately", "Daily digest", "Off");

        cleanVaadinEnvironment();
        TestAccounts.signInAnonymously();
        initVaadinEnvironment();
        navigate(AgendaView.class);
        assertThat($(Button.class).withClassName("notification-bell").exists()).isFalse();
    }

    @Test
    void the_list_shows_newest_first_and_following_a_link_marks_it_read() {
        AccountPrincipal me = resident("nl");
        tell(me, "Eerste <b>voorstel</b>");
        tell(me, "Tweede");
        openUi(me);
        navigate(NotificationsView.class);

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(2);
        Anchor newest = (Anchor) grid.getCellComponent(0, 0);
        assertThat(newest.getText()).isEqualTo("De gemeente heeft het voorstel ‘Tweede’ beantwoord");
        assertThat(newest.getHref()).isEqualTo("voorstellen/4242");
        assertThat(((Anchor) grid.getCellComponent(1, 0)).getText())
                .isEqualTo("De gemeente heeft het voorstel ‘Eerste <b>voorstel</b>’ beantwoord");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Ongelezen");
        assertThat(grid.getCellText(0, 1)).isNotBlank();

        ComponentUtil.fireEvent(newest, new ClickEvent<>(newest));

        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(test(grid()).getCellText(0, 2)).isEqualTo("Gelezen");
        assertThat(test(grid()).getCellText(1, 2)).isEqualTo("Ongelezen");

        test($(Button.class).withText("Alles gelezen").single()).click();

        assertThat(notifications.unreadCount()).isZero();
        assertThat(test(grid()).getCellText(1, 2)).isEqualTo("Gelezen");
    }

    @Test
    void the_mail_preference_is_saved() {
        AccountPrincipal me = resident("nl");
        notifications.setFrequency(NotificationFrequency.IMMEDIATE);
        openUi(me);
        navigate(NotificationsView.class);

        @SuppressWarnings("unchecked")
        Select<NotificationFrequency> frequency =
                $(Select.class).withLabel("E-mail over meldingen").single();
        assertThat(frequency.getValue()).isEqualTo(NotificationFrequency.IMMEDIATE);
        assertThat(test(frequency).getSuggestions()).containsExactly("Direct", "Dagelijks overzicht", "Uit");

        test(frequency).selectItem("Dagelijks overzicht");

        assertThat(notifications.frequency()).isEqualTo(NotificationFrequency.DAILY);
        navigate(NotificationsView.class);
        assertThat($(Select.class).withLabel("E-mail over meldingen").single().getValue())
                .isEqualTo(NotificationFrequency.DAILY);
    }

    @Test
    void a_new_notification_reaches_the_open_bell_through_the_broadcaster() throws Exception {
        AccountPrincipal me = resident("nl");
        openUi(me);
        navigate(NotificationsView.class);
        assertThat(bell().getText()).isEmpty();
        List<NotificationsChanged> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        var registration = broadcaster.register(heard::add);
        try {
            tell(me, "Live");

            VaadinSession session = VaadinSession.getCurrent();
            // In this thread, which holds the session's lock.
            await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
                session.getService().runPendingAccessTasks(session);
                return "1".equals(bell().getText());
            });
            assertThat(heard).anySatisfy(e -> assertThat(e.accountIds()).contains(me.accountId()));
            assertThat(bell().getText()).isEqualTo("1");
            assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Meldingen, 1 ongelezen");
        } finally {
            registration.remove();
        }
    }
}
