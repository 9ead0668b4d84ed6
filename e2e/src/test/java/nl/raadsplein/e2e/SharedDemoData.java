package nl.raadsplein.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

/**
 * The one application's demo data, which journey classes share when they run in parallel (ADR 27). A class
 * names with {@link Uses} the parts of it that another class could disturb or be disturbed by; classes that name
 * no part in common, or share a part, run beside each other. A class without {@link Uses} has the whole demo data
 * to itself, so that a new journey is safe before anyone has looked at what it touches.
 *
 * <p>What is not a part, because no journey can disturb another through it: whatever a journey makes itself and
 * finds again by a name or mark of its own (consultations, proposals, comments, motions, accounts it registers, its
 * items in the moderation queue, its mails in the demo mailbox), and lists that journeys only add to and search by
 * name. The login throttle per client network (ADR 22: 20 failed logins a minute from one address, and every browser
 * here comes from 127.0.0.1) is not a part either: all journeys together fail eight logins (the lock-out journey
 * five; the account journey two, before the address is confirmed and confirming it with a wrong password; my data
 * one, the deleted account's), so no mix of them running at once reaches 20, even with the few logins on their way
 * that count until their password is found right. A journey that fails logins on purpose must keep that sum well
 * below 20, or take {@link Resource#EVERYTHING} exclusive.
 */
final class SharedDemoData implements ResourceLocksProvider {

    /** The parts of the demo data that journeys can disturb each other through. */
    enum Resource {
        /**
         * All of it, for a class that changes what every page shows (the agenda's reference data) or that nobody
         * has checked yet: exclusive means alone; every class with {@link Uses} holds it shared.
         */
        EVERYTHING,
        /**
         * The demo administrator's account as a login: her password, roles, language and sessions. Shared by the
         * journeys that log in as her and expect Dutch (every newcomer's confirmation link is read in her demo
         * mailbox). A journey that changed any of them would need it exclusive; none does: those that change such
         * things register an account of their own, and the accessibility matrix chooses English before it logs in
         * (a choice made while logged in would be kept with the account).
         */
        ADMINISTRATOR_ACCOUNT,
        /** The demo griffier's account, as {@link #ADMINISTRATOR_ACCOUNT}. */
        GRIFFIER_ACCOUNT,
        /** Francis's account (the demo councillor), as {@link #ADMINISTRATOR_ACCOUNT}. */
        COUNCILLOR_ACCOUNT,
        /** Sandra's account (the demo resident), as {@link #ADMINISTRATOR_ACCOUNT}. */
        RESIDENT_ACCOUNT,
        /**
         * The number of Fatma's unread notifications: exclusive for the participation journey, which expects the bell
         * to count exactly its own news; shared by journeys that make news for her (comments under her proposal,
         * her reports decided, her profile text approved, a motion citing a proposal she supports).
         */
        FATMA_BELL,
        /**
         * The counts of comments under Fatma's demo proposal "Een overzicht van wie mijn gegevens krijgt": exclusive
         * for the journey that expects them to move by its own comment only; shared by those that comment there.
         */
        OVERVIEW_COMMENTS,
        /**
         * The newest entries of the audit log, of which the administrator's page shows one screen: exclusive for the
         * journey that looks for its own entry there; shared by journeys whose steps are audited (moderation,
         * roles, residency, sessions ended, accounts deleted).
         */
        AUDIT_TRAIL,
        /**
         * The newest entries of the public moderation log, of which its page shows one screen: exclusive for the
         * journey that looks for its own decision there; shared by journeys in which the griffie decides.
         */
        MODERATION_LOG;

        /** The key of JUnit's lock: readable in its messages, and not a class name that another lock could use. */
        String key() {
            return "demo data: " + name();
        }
    }

    /**
     * What of the demo data a journey class needs to itself ({@link #exclusive()}) and what it shares with others
     * ({@link #shared()}). It holds {@link Resource#EVERYTHING} shared unless it names it exclusive.
     */
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Uses {

        /** Parts the class changes in a way others notice, or reads in a way that others' changes would break. */
        Resource[] exclusive() default {};

        /** Parts the class reads or changes in ways that only a class holding them exclusively notices. */
        Resource[] shared() default {};
    }

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        Uses uses = testClass.getAnnotation(Uses.class);
        if (uses == null) {
            return Set.of(new Lock(Resource.EVERYTHING.key(), ResourceAccessMode.READ_WRITE));
        }
        Set<Resource> exclusive = Set.of(uses.exclusive());
        Set<Lock> locks = new HashSet<>();
        for (Resource resource : exclusive) {
            locks.add(new Lock(resource.key(), ResourceAccessMode.READ_WRITE));
        }
        for (Resource resource : uses.shared()) {
            if (exclusive.contains(resource)) {
                throw new IllegalStateException(
                        testClass.getSimpleName() + " names " + resource + " both exclusive and shared");
            }
            locks.add(new Lock(resource.key(), ResourceAccessMode.READ));
        }
        if (!exclusive.contains(Resource.EVERYTHING)) {
            locks.add(new Lock(Resource.EVERYTHING.key(), ResourceAccessMode.READ));
        }
        return locks;
    }
}
