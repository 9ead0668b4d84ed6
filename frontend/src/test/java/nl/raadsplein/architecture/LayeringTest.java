package nl.raadsplein.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

/** The schema stays behind the backend's services; the backend knows nothing of the UI. */
class LayeringTest {

    private static final JavaClasses FRONTEND = classesFrom("frontend");
    private static final JavaClasses BACKEND = classesFrom("backend");

    @Test
    void frontend_never_touches_jooq_or_the_generated_schema() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "nl.raadsplein.jooq..")
                .because("views work with the records the backend services return")
                .check(FRONTEND);
    }

    @Test
    void backend_never_touches_vaadin() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .because("the backend must serve any front end, and its tests run without a UI")
                .check(BACKEND);
    }

    private static JavaClasses classesFrom(String module) {
        ImportOption ofModule = (Location location) ->
                location.contains("/" + module + "/target/classes/") || location.contains("/" + module + "-0");
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ofModule)
                .importPackages("nl.raadsplein");
    }
}
