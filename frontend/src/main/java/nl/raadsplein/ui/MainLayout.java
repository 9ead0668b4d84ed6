package nl.raadsplein.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Optional;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.AccountService;
import nl.raadsplein.account.ui.AccountsView;
import nl.raadsplein.account.ui.CensusImportView;
import nl.raadsplein.account.ui.DemoMailboxView;
import nl.raadsplein.account.ui.LoginView;
import nl.raadsplein.account.ui.MyDataView;
import nl.raadsplein.account.ui.MyPartyView;
import nl.raadsplein.account.ui.OrganisationVerificationView;
import nl.raadsplein.account.ui.OrganisationsView;
import nl.raadsplein.account.ui.PartiesView;
import nl.raadsplein.account.ui.ProfileView;
import nl.raadsplein.account.ui.RegisterView;
import nl.raadsplein.agenda.ui.AgendaFiguresView;
import nl.raadsplein.agenda.ui.AgendaView;
import nl.raadsplein.agenda.ui.ReferenceDataView;
import nl.raadsplein.consultation.ui.ConsultationEditorView;
import nl.raadsplein.consultation.ui.ConsultationsView;
import nl.raadsplein.deliberation.ui.DiscussionsView;
import nl.raadsplein.deliberation.ui.FramingView;
import nl.raadsplein.deliberation.ui.OfferedDiscussionsView;
import nl.raadsplein.moderation.ui.ModerationQueueView;
import nl.raadsplein.moderation.ui.PublicLogView;
import nl.raadsplein.motion.ui.MeetingsView;
import nl.raadsplein.motion.ui.MotionsView;
import nl.raadsplein.notification.DemoMailbox;
import nl.raadsplein.notification.ui.NotificationBell;
import nl.raadsplein.opendata.ui.OpenDataView;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.platform.ui.AuditView;
import nl.raadsplein.proposal.ui.AssistedParticipationView;
import nl.raadsplein.proposal.ui.ProposalsView;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every page: a skip link, the site name, the language switch and the account controls
 * in the header; the navigation in a drawer that folds away on a phone; the page itself in {@code main}.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public static final String MAIN_ID = "main-content";

    private final Main main = new Main();
    private final AuthenticationContext authentication;
    private final AccountService accounts;
    private @Nullable RouterLink accountName;

    public MainLayout(
            AuthenticationContext authentication, AccountService accounts, ObjectProvider<DemoMailbox> mailbox) {
        this.authentication = authentication;
        this.accounts = accounts;
        setPrimarySection(Section.NAVBAR);
        main.setId(MAIN_ID);
        main.addClassName("page");
        main.getElement().setAttribute("tabindex", "-1");

        Anchor skipLink = new Anchor("#" + MAIN_ID, getTranslation("shell.skip-to-content"));
        skipLink.addClassName("skip-link");
        // The page's <base href> would turn "#main-content" into a link to the home page: move focus instead.
        skipLink.getElement().setAttribute("router-ignore", true);
        skipLink.getElement().executeJs("""
                this.addEventListener('click', event => {
                    event.preventDefault();
                    const main = document.getElementById($0);
                    main.focus();
                    main.scrollIntoView();
                });""", MAIN_ID);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));

        RouterLink brand = new RouterLink("", HomeView.class);
        brand.add(new Span(getTranslation("shell.site-name")));
        brand.addClassName("brand");

        HorizontalLayout tools = new HorizontalLayout(languageSwitch(), accountControls());
        tools.addClassName("header-tools");
        tools.setAlignItems(FlexComponent.Alignment.CENTER);

        Div header = new Div(skipLink, toggle, brand, tools);
        header.addClassName("site-header");
        addToNavbar(header);

        Nav nav = new Nav(navigation(mailbox.getIfAvailable() != null));
        nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        addToDrawer(nav);
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    /** Shows a changed display name in the header without reloading the page. */
    public void showAccountName(String displayName) {
        if (accountName != null) {
            accountName.setText(displayName);
        }
    }

    private Button languageSwitch() {
        boolean english = "en".equals(getLocale().getLanguage());
        Locale other = english ? MessageBundleI18NProvider.DUTCH : Locale.ENGLISH;
        Button button = new Button(english ? "Nederlands" : "English", e -> {
            // A logged-in choice is kept with the account, so the next login starts in it too.
            if (user().isPresent()) {
                accounts.updateProfile(accounts.me().displayName(), other.getLanguage());
            }
            Language.choose(other);
        });
        button.getElement().setAttribute("lang", other.getLanguage());
        button.getElement().setAttribute("aria-label", getTranslation("shell.switch-language"));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName("language-switch");
        return button;
    }

    private Optional<AccountPrincipal> user() {
        return authentication.getAuthenticatedUser(AccountPrincipal.class);
    }

    private HorizontalLayout accountControls() {
        HorizontalLayout controls = new HorizontalLayout();
        controls.setAlignItems(FlexComponent.Alignment.CENTER);
        user().ifPresentOrElse(
                        user -> {
                            accountName = new RouterLink(currentName(user), ProfileView.class);
                            accountName.addClassName("account-name");
                            Button logout = new Button(getTranslation("shell.logout"), e -> authentication.logout());
                            logout.addThemeVariants(ButtonVariant.TERTIARY);
                            NotificationBell bell = VaadinService.getCurrent()
                                    .getInstantiator()
                                    .createComponent(NotificationBell.class);
                            controls.add(bell, accountName, logout);
                        },
                        () -> {
                            RouterLink login = new RouterLink(getTranslation("shell.login"), LoginView.class);
                            RouterLink register = new RouterLink(getTranslation("shell.register"), RegisterView.class);
                            controls.add(login, register);
                        });
        return controls;
    }

    // The name may have changed since login; the session's principal keeps the old one.
    private String currentName(AccountPrincipal user) {
        try {
            return accounts.me().displayName();
        } catch (NoSuchItemException gone) {
            return user.displayName();
        }
    }

    /**
     * The toggle button of an item with children points with aria-controls="children" at a list that has no
     * such id (Vaadin 25.2), which axe reports as a critical ARIA error; giving the list that id mends it.
     */
    private static void withToggleTarget(SideNavItem item) {
        item.getElement()
                .executeJs("customElements.whenDefined(this.localName).then(() => this.updateComplete)"
                        + ".then(() => { const list = this.shadowRoot && this.shadowRoot.querySelector('[part~=\"children\"]');"
                        + " if (list && !list.id) { list.id = 'children'; } })");
    }

    private SideNav navigation(boolean demoMailbox) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("shell.nav.agenda"), AgendaView.class));
        nav.addItem(new SideNavItem(getTranslation("agenda.overview.nav"), AgendaFiguresView.class));
        nav.addItem(new SideNavItem(getTranslation("shell.nav.consultations"), ConsultationsView.class));
        nav.addItem(new SideNavItem(getTranslation("proposalui.nav.proposals"), ProposalsView.class));
        nav.addItem(new SideNavItem(getTranslation("deliberationui.nav.list"), DiscussionsView.class));
        nav.addItem(new SideNavItem(getTranslation("motionui.nav.meetings"), MeetingsView.class));
        nav.addItem(new SideNavItem(getTranslation("motionui.nav.motions"), MotionsView.class));
        nav.addItem(new SideNavItem(getTranslation("moderationui.nav.log"), PublicLogView.class));
        nav.addItem(new SideNavItem(getTranslation("opendataui.nav"), OpenDataView.class));
        if (user().isEmpty()) {
            return nav;
        }
        nav.addItem(new SideNavItem(getTranslation("shell.nav.profile"), ProfileView.class));
        nav.addItem(new SideNavItem(getTranslation("shell.nav.my-data"), MyDataView.class));
        nav.addItem(new SideNavItem(getTranslation("shell.nav.organisations"), OrganisationsView.class));
        if (authentication.hasRole("COUNCILLOR")) {
            SideNavItem council = new SideNavItem(getTranslation("shell.nav.council"));
            council.addClassName("councillor-menu");
            council.addItem(new SideNavItem(getTranslation("shell.nav.my-party"), MyPartyView.class));
            council.addItem(new SideNavItem(getTranslation("deliberationui.nav.new"), FramingView.class));
            council.setExpanded(true);
            withToggleTarget(council);
            nav.addItem(council);
        }
        boolean admin = authentication.hasRole("ADMIN");
        if (admin || authentication.hasRole("GRIFFIER")) {
            SideNavItem administration = new SideNavItem(getTranslation("shell.nav.administration"));
            administration.addItem(
                    new SideNavItem(getTranslation("moderationui.nav.queue"), ModerationQueueView.class));
            administration.addItem(new SideNavItem(getTranslation("shell.nav.accounts"), AccountsView.class));
            administration.addItem(new SideNavItem(getTranslation("shell.nav.parties"), PartiesView.class));
            administration.addItem(
                    new SideNavItem(getTranslation("shell.nav.new-consultation"), ConsultationEditorView.class));
            if (authentication.hasRole("GRIFFIER")) {
                administration.addItem(
                        new SideNavItem(getTranslation("proposalui.nav.assisted"), AssistedParticipationView.class));
                administration.addItem(new SideNavItem(getTranslation("deliberationui.nav.new"), FramingView.class));
                administration.addItem(
                        new SideNavItem(getTranslation("deliberationui.nav.offered"), OfferedDiscussionsView.class));
            }
            administration.addItem(new SideNavItem(getTranslation("shell.nav.census"), CensusImportView.class));
            administration.addItem(new SideNavItem(
                    getTranslation("shell.nav.organisation-verification"), OrganisationVerificationView.class));
            if (admin) {
                administration.addItem(
                        new SideNavItem(getTranslation("shell.nav.reference-data"), ReferenceDataView.class));
                administration.addItem(new SideNavItem(getTranslation("auditui.nav"), AuditView.class));
                if (demoMailbox) {
                    administration.addItem(
                            new SideNavItem(getTranslation("shell.nav.demo-mail"), DemoMailboxView.class));
                }
            }
            administration.setExpanded(true);
            withToggleTarget(administration);
            nav.addItem(administration);
        }
        return nav;
    }
}
