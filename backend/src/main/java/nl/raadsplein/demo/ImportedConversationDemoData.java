package nl.raadsplein.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.raadsplein.account.AccountPrincipal;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.deliberation.PolisImport;
import nl.raadsplein.deliberation.PolisImportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * An open Pol.is conversation ("Can there be consensus on Brexit?", 2017, CC BY 4.0, see the README beside its
 * files) imported by the griffier as a closed value discussion, so that the demo has a report of real votes. Once:
 * an imported discussion with its question is left as it is.
 */
@Component
@Profile("demo")
@Order(4)
class ImportedConversationDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportedConversationDemoData.class);

    static final String QUESTION = "Kan er consensus zijn over de Brexit? (Pol.is-gesprek uit 2017)";
    private static final String FILES = "/demo/polis/brexit-consensus/";
    private static final String GRIFFIER = "griffier@ijssellanden.example";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final PolisImportService imports;
    private final UserDetailsService users;

    ImportedConversationDemoData(PolisImportService imports, UserDetailsService users) {
        this.imports = imports;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        AccountProvisioning.as((AccountPrincipal) users.loadUserByUsername(GRIFFIER), () -> {
            if (imports.imported(QUESTION).isEmpty()) {
                long id = imports.importConversation(new PolisImport(
                                QUESTION,
                                List.of("3A.1"),
                                LocalDate.of(2017, 3, 1).atStartOfDay(ZONE).toInstant(),
                                LocalDate.of(2017, 6, 1).atStartOfDay(ZONE).toInstant(),
                                file("comments.csv"),
                                file("participants-votes.csv")))
                        .discussionId();
                LOG.info("Demo Pol.is conversation imported as value discussion {}", id);
            }
            return null;
        });
    }

    private static byte[] file(String name) {
        try (InputStream in = ImportedConversationDemoData.class.getResourceAsStream(FILES + name)) {
            if (in == null) {
                throw new IllegalStateException("demo file missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
