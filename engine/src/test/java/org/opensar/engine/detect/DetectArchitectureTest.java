package org.opensar.engine.detect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Detection is a plain library stage: it reads the case description and nothing else of the engine. */
class DetectArchitectureTest {

    private final JavaClasses detect = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opensar.engine.detect");

    /** The command builds the case's people register (org.opensar.engine.register) before it detects. */
    @Test
    void onlyTheCommandBuildsARegister() {
        noClasses()
                .that()
                .resideInAPackage("org.opensar.engine.detect..")
                .and()
                .doNotHaveSimpleName("DetectCommand")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.opensar.engine.register..")
                .check(detect);
    }

    @Test
    void dependsOnlyOnTheJdkJacksonTheCaseFileAndTheCommandLine() {
        classes()
                .that()
                .resideInAPackage("org.opensar.engine.detect..")
                .and()
                .doNotHaveSimpleName("DetectCommand")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "tools.jackson..",
                        "org.opensar.engine.detect..",
                        "org.opensar.engine.casefile..",
                        "org.opensar.engine.cli..",
                        "com.ibm.icu..")
                .check(detect);
    }
}
