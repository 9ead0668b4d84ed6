package nl.raadsplein;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import nl.raadsplein.deliberation.opinion.PolisCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/raadsplein.css")
@Meta(name = "color-scheme", content = "light")
// Live updates (the notification bell) reach open pages over /VAADIN/push, which Vaadin's security configurer permits.
// Also the support counts on open proposal pages (proposal.ui.SupportBroadcaster).
@Push
public class RaadspleinApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        String polisExport = PolisCommand.directory(args);
        if (polisExport != null) {
            // Before Spring: the analysis of a Pol.is export needs no database or server, and stdout carries only CSV.
            System.exit(PolisCommand.run(polisExport, System.out, System.err));
        }
        SpringApplication.run(RaadspleinApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Raadsplein");
        settings.addFavIcon("icon", "icons/favicon.svg", "32x32");
    }
}
