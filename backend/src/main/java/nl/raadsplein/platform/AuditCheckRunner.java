package nl.raadsplein.platform;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar raadsplein.jar --raadsplein.audit.check}: walks the audit chain once the application has
 * started, prints the result and exits, with status 0 when the chain is intact and 1 at a break.
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
        if (args.containsOption(OPTION)) {
            int status = check(System.out);
            System.exit(SpringApplication.exit(context, () -> status));
        }
    }

    /** Prints the result of the check and returns the exit status: 0 intact, 1 broken. */
    public int check(PrintStream out) {
        AuditCheck result = chain.verify();
        out.println(result.describe());
        return result.intact() ? 0 : 1;
    }
}
