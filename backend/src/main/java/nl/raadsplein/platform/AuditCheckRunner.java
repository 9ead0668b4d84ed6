package nl.raadsplein.platform;

import java.io.PrintStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar raadsplein.jar --raadsplein.audit.check[=seq:hash]}: walks the audit chain once the application
 * has started, prints the result and exits, with status 0 when the chain is intact and 1 at a break (or 2 for an
 * anchor it cannot read). With the anchor an earlier check printed, that entry must still have that hash.
 */
@Component
public class AuditCheckRunner implements ApplicationRunner {

    public static final String OPTION = "raadsplein.audit.check";

    private final AuditChain chain;
    private final ConfigurableApplicationContext context;

    AuditCheckRunner(AuditChain chain, ConfigurableApplicationContext context) {
        this.chain = chain;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> values = args.getOptionValues(OPTION);
        if (values != null) {
            String anchor =
                    values.stream().filter(v -> !v.isBlank()).findFirst().orElse(null);
            int status = check(anchor, System.out);
            System.exit(SpringApplication.exit(context, () -> status));
        }
    }

    /** Prints the result of the check and returns the exit status: 0 intact, 1 broken, 2 unreadable anchor. */
    public int check(@Nullable String anchor, PrintStream out) {
        AuditAnchor parsed = null;
        if (anchor != null) {
            try {
                parsed = AuditAnchor.parse(OPTION, anchor);
            } catch (InvalidInputException e) {
                out.println("Not an anchor (expected seq:hash as an earlier check printed it): " + anchor);
                return 2;
            }
        }
        AuditCheck result = chain.verify(parsed);
        out.println(result.describe());
        return result.intact() ? 0 : 1;
    }
}
