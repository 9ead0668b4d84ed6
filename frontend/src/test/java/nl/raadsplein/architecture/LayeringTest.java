package nl.raadsplein.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import nl.raadsplein.RaadspleinApplication;
import nl.raadsplein.platform.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * The database stays behind the backend's services; the backend knows nothing of the UI; no feature depends on
 * itself through another.
 */
class LayeringTest {

    private static final JavaClasses FRONTEND = mainClassesBeside(RaadspleinApplication.class);
    private static final JavaClasses BACKEND = mainClassesBeside(MessageBundles.class);

    @Test
    void frontend_never_touches_jooq_jdbc_or_the_generated_schema() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.jooq..", "nl.raadsplein.jooq..", "java.sql..", "javax.sql..", "org.springframework.jdbc..")
                .because("views work with the records the backend services return")
                .check(FRONTEND);
    }

    @Test
    void views_reach_only_the_services_meant_for_them_never_a_features_internal_ports() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("nl.raadsplein..internal..")
                .because("hiding a proposal for moderation, writing the audit log or acting as the system are for other"
                        + " features, which check the rules before they call them")
                .check(FRONTEND);
    }

    @Test
    void backend_never_touches_vaadin() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..")
                .because("the backend must serve any front end, and its tests run without a UI")
                .check(BACKEND);
    }

    @Test
    void backend_features_and_the_platform_depend_on_each_other_in_one_direction_only() {
        slices().matching("nl.raadsplein.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a feature is understood, changed and tested from its own package and those it uses")
                .check(BACKEND);
    }

    /**
     * The main classes of the module that holds {@code anchor}: its {@code target/classes} directory or its jar,
     * whichever the build put on the class path, whatever the jar's version.
     */
    private static JavaClasses mainClassesBeside(Class<?> anchor) {
        return new ClassFileImporter()
                .importUrl(anchor.getProtectionDomain().getCodeSource().getLocation());
    }
}
