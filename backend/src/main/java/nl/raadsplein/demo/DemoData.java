package nl.raadsplein.demo;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.raadsplein.account.AccountProvisioning;
import nl.raadsplein.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The fictional municipality IJssellanden: its council parties and one account per role, with the passwords the
 * README shows. Runs at every demo start and adds only what is missing, as the demo's data outlives restarts.
 */
@Component
@Profile("demo")
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

    record DemoAccount(String email, String password, String displayName, String language, Set<Role> roles,
            String partyAbbreviation) {
    }

    static final DemoAccount[] ACCOUNTS = {
        new DemoAccount("inwoner@ijssellanden.example", "Inwoner-demo-2026", "Sandra de Vries", "nl",
                EnumSet.of(Role.RESIDENT), null),
        new DemoAccount("raadslid@ijssellanden.example", "Raadslid-demo-2026", "Francis Bakker", "nl",
                EnumSet.of(Role.RESIDENT, Role.COUNCILLOR), "IB"),
        new DemoAccount("griffier@ijssellanden.example", "Griffier-demo-2026", "Gerrit Jansen", "nl",
                EnumSet.of(Role.RESIDENT, Role.GRIFFIER), null),
        new DemoAccount("beheerder@ijssellanden.example", "Beheerder-demo-2026", "Bea Hofman", "nl",
                EnumSet.of(Role.RESIDENT, Role.ADMIN), null),
        new DemoAccount("ahmed@ijssellanden.example", "Inwoner-demo-2026", "Ahmed El Amrani", "nl",
                EnumSet.of(Role.RESIDENT), null),
        new DemoAccount("fatma@ijssellanden.example", "Inwoner-demo-2026", "Fatma Yılmaz", "nl",
                EnumSet.of(Role.RESIDENT), null),
        new DemoAccount("sophie@ijssellanden.example", "Inwoner-demo-2026", "Sophie Williams", "en",
                EnumSet.of(Role.RESIDENT), null),
    };

    private final AccountProvisioning provisioning;

    DemoData(AccountProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        AccountProvisioning.asSystem(() -> {
            Map<String, Long> partyIds = new LinkedHashMap<>();
            PARTIES.forEach((abbreviation, name) ->
                    partyIds.put(abbreviation, provisioning.ensureParty(name, abbreviation)));
            for (DemoAccount account : ACCOUNTS) {
                provisioning.ensureAccount(account.email(), account.displayName(), account.password(),
                        account.language(), account.roles(),
                        account.partyAbbreviation() == null ? null : partyIds.get(account.partyAbbreviation()));
            }
            return null;
        });
        LOG.info("Demo data for IJssellanden present: {} parties, {} accounts", PARTIES.size(), ACCOUNTS.length);
    }
}
