package nl.raadsplein.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.raadsplein.account.CensusImport;
import nl.raadsplein.account.Role;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.account.internal.AccountSeed;
import nl.raadsplein.account.internal.OrganisationSeed;
import nl.raadsplein.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The fictional municipality IJssellanden: its council parties and one account per role, with the passwords the
 * README shows; its census ({@code demo/census-demo.csv}, with the demo resident verified by the first line) and
 * two organisations, one verified. Runs at every demo start and adds only what is missing, as the demo's data
 * outlives restarts.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** Abbreviation to name. */
    static final Map<String, String> PARTIES = new LinkedHashMap<>();

    static {
        PARTIES.put("IB", "IJssellands Belang");
        PARTIES.put("PIJ", "Progressief IJssellanden");
        PARTIES.put("LIJ", "Liberaal IJssellanden");
        PARTIES.put("CVIJ", "Christelijk Verbond IJssellanden");
        PARTIES.put("GDI", "Groen Dorpsbelang IJssellanden");
    }

    record DemoAccount(
            String email,
            String password,
            String displayName,
            String language,
            Set<Role> roles,
            @Nullable String partyAbbreviation) {}

    static final DemoAccount[] ACCOUNTS = {
        new DemoAccount(
                "inwoner@ijssellanden.example",
                "Inwoner-demo-2026",
                "Sandra de Vries",
                "nl",
                EnumSet.of(Role.RESIDENT),
                null),
        new DemoAccount(
                "raadslid@ijssellanden.example",
                "Raadslid-demo-2026",
                "Francis Bakker",
                "nl",
                EnumSet.of(Role.RESIDENT, Role.COUNCILLOR),
                "IB"),
        new DemoAccount(
                "griffier@ijssellanden.example",
                "Griffier-demo-2026",
                "Gerrit Jansen",
                "nl",
                EnumSet.of(Role.RESIDENT, Role.GRIFFIER),
                null),
        new DemoAccount(
                "beheerder@ijssellanden.example",
                "Beheerder-demo-2026",
                "Bea Hofman",
                "nl",
                EnumSet.of(Role.RESIDENT, Role.ADMIN),
                null),
        new DemoAccount(
                "ahmed@ijssellanden.example",
                "Inwoner-demo-2026",
                "Ahmed El Amrani",
                "nl",
                EnumSet.of(Role.RESIDENT),
                null),
        new DemoAccount(
                "fatma@ijssellanden.example",
                "Inwoner-demo-2026",
                "Fatma Yılmaz",
                "nl",
                EnumSet.of(Role.RESIDENT),
                null),
        new DemoAccount(
                "sophie@ijssellanden.example",
                "Inwoner-demo-2026",
                "Sophie Williams",
                "en",
                EnumSet.of(Role.RESIDENT),
                null),
        // An appeal is decided by another griffier than the one who acted. Last, so the others keep their ids.
        new DemoAccount(
                "griffier2@ijssellanden.example",
                "Griffier-demo-2026",
                "Lotte Smit",
                "nl",
                EnumSet.of(Role.RESIDENT, Role.GRIFFIER),
                null),
        // A councillor of another party than Francis's, to co-sign her motion.
        new DemoAccount(
                "raadslid2@ijssellanden.example",
                "Raadslid-demo-2026",
                "Noor Visser",
                "nl",
                EnumSet.of(Role.RESIDENT, Role.COUNCILLOR),
                "PIJ"),
    };

    /** The demo's census: its first line is the demo resident's; the next three are Ahmed's, Fatma's, Sophie's. */
    static final String CENSUS = "/demo/census-demo.csv";

    record DemoOrganisation(
            String name, String kvkNumber, @Nullable String website, boolean verified, List<String> members) {}

    static final DemoOrganisation[] ORGANISATIONS = {
        new DemoOrganisation(
                "Buurtvereniging De Hanzehof",
                "90000001",
                "https://hanzehof.example",
                true,
                List.of("ahmed@ijssellanden.example", "inwoner@ijssellanden.example")),
        new DemoOrganisation(
                "Stichting Groen IJssellanden", "90000002", null, false, List.of("fatma@ijssellanden.example")),
    };

    private final AccountProvisioning provisioning;

    DemoData(AccountProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        AccountProvisioning.asSystem(() -> {
            Map<String, Long> partyIds = new LinkedHashMap<>();
            PARTIES.forEach(
                    (abbreviation, name) -> partyIds.put(abbreviation, provisioning.ensureParty(name, abbreviation)));
            for (DemoAccount account : ACCOUNTS) {
                provisioning.ensureAccount(new AccountSeed(
                        account.email(),
                        account.displayName(),
                        account.password(),
                        account.language(),
                        account.roles(),
                        account.partyAbbreviation() == null ? null : partyIds.get(account.partyAbbreviation())));
            }
            for (DemoOrganisation organisation : ORGANISATIONS) {
                provisioning.ensureOrganisation(new OrganisationSeed(
                        organisation.name(),
                        organisation.kvkNumber(),
                        organisation.website(),
                        organisation.verified(),
                        organisation.members()));
            }
            census();
            return null;
        });
        LOG.info(
                "Demo data for IJssellanden present: {} parties, {} accounts, {} organisations",
                PARTIES.size(),
                ACCOUNTS.length,
                ORGANISATIONS.length);
    }

    private void census() {
        try (Reader csv = new InputStreamReader(DemoData.class.getResourceAsStream(CENSUS), StandardCharsets.UTF_8)) {
            CensusImport result = provisioning.ensureCensus(csv);
            provisioning.ensureVerifiedByCensus(
                    "inwoner@ijssellanden.example", "8261 AB", "12", LocalDate.of(1984, 3, 15));
            LOG.info("Demo census: {} new entries, {} known already", result.imported(), result.alreadyKnown());
        } catch (InvalidInputException noSecret) {
            LOG.warn("Demo census not imported ({}): set raadsplein.census.secret", noSecret.messageKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
