package nl.raadsplein.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.raadsplein.account.internal.AccountProvisioning;
import nl.raadsplein.account.internal.AccountSeed;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Real accounts for tests, and a login as one of them: services read the {@link AccountPrincipal}, which a
 * mocked user would not have.
 */
public class TestAccounts {

    public static final String PASSWORD = "Correct-paard-batterij-42";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountProvisioning provisioning;
    private final UserDetailsService users;

    public TestAccounts(AccountProvisioning provisioning, UserDetailsService users) {
        this.provisioning = provisioning;
        this.users = users;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    /** A client address of its own, so that limits per client network (ADR 24) count this test alone. */
    public static String uniqueIp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** A confirmed account with RESIDENT and these roles; a councillor joins a test party. */
    public AccountPrincipal create(Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.RESIDENT) : EnumSet.of(Role.RESIDENT, roles);
        String email = uniqueEmail(
                set.stream().map(Role::name).reduce((a, b) -> b).orElseThrow().toLowerCase());
        String name = "Test " + SEQUENCE.incrementAndGet();
        AccountProvisioning.asSystem(() -> provisioning.ensureAccount(new AccountSeed(
                email,
                name,
                PASSWORD,
                "nl",
                set,
                set.contains(Role.COUNCILLOR) ? provisioning.ensureParty("Testpartij", "TP") : null)));
        return principal(email);
    }

    public AccountPrincipal principal(String email) {
        return (AccountPrincipal) users.loadUserByUsername(email);
    }

    public AccountPrincipal signInAs(Role... roles) {
        AccountPrincipal principal = create(roles);
        signIn(principal);
        return principal;
    }

    public static void signIn(AccountPrincipal principal) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** As the web layer leaves a visitor who has not logged in. */
    public static void signInAnonymously() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken(
                "test", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
