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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.ui.LoginView;
import nl.raadsplein.agenda.ui.AgendaView;
import nl.raadsplein.agenda.ui.ReferenceDataView;

/**
 * The frame around every page: a skip link, the site name, the language switch and the account controls
 * in the header; the navigation in a drawer that folds away on a phone; the page itself in {@code main}.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public static final String MAIN_ID = "main-content";

    private final Main main = new Main();

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.NAVBAR);
        main.setId(MAIN_ID);
        main.addClassName("page");
        main.getElement().setAttribute("tabindex", "-1");

        Anchor skipLink = new Anchor("#" + MAIN_ID, getTranslation("shell.skip-to-content"));
        skipLink.addClassName("skip-link");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));

        RouterLink brand = new RouterLink("", AgendaView.class);
        brand.add(new Span(getTranslation("shell.site-name")));
        brand.addClassName("brand");

        HorizontalLayout tools = new HorizontalLayout(languageSwitch(), accountControls(authentication));
        tools.addClassName("header-tools");
        tools.setAlignItems(FlexComponent.Alignment.CENTER);

        Div header = new Div(skipLink, toggle, brand, tools);
        header.addClassName("site-header");
        addToNavbar(header);

        Nav nav = new Nav(navigation(authentication));
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

    private Button languageSwitch() {
        boolean english = "en".equals(getLocale().getLanguage());
        Locale other = english ? MessageBundleI18NProvider.DUTCH : Locale.ENGLISH;
        Button button = new Button(english ? "Nederlands" : "English", e -> Language.choose(other));
        button.getElement().setAttribute("lang", other.getLanguage());
        button.getElement().setAttribute("aria-label", getTranslation("shell.switch-language"));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName("language-switch");
        return button;
    }

    private HorizontalLayout accountControls(AuthenticationContext authentication) {
        HorizontalLayout controls = new HorizontalLayout();
        controls.setAlignItems(FlexComponent.Alignment.CENTER);
        authentication.getAuthenticatedUser(AccountPrincipal.class).ifPresentOrElse(user -> {
            Span me = new Span(user.displayName());
            me.addClassName("account-name");
            Button logout = new Button(getTranslation("shell.logout"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.TERTIARY);
            controls.add(me, logout);
        }, () -> {
            RouterLink login = new RouterLink(getTranslation("shell.login"), LoginView.class);
            controls.add(login);
        });
        return controls;
    }

    private SideNav navigation(AuthenticationContext authentication) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("shell.nav.agenda"), AgendaView.class));
        if (authentication.hasRole("ADMIN")) {
            SideNavItem admin = new SideNavItem(getTranslation("shell.nav.administration"));
            admin.addItem(new SideNavItem(getTranslation("shell.nav.reference-data"), ReferenceDataView.class));
            admin.setExpanded(true);
            nav.addItem(admin);
        }
        return nav;
    }
}
