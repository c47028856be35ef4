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

    /** The command line builds the case's people register (org.opensar.engine.register) before it detects. */
    @Test
    void detectionDoesNotBuildARegister() {
        noClasses()
                .that()
                .resideInAPackage("org.opensar.engine.detect..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.opensar.engine.register..")
                .check(detect);
    }

    @Test
    void dependsOnlyOnTheJdkJacksonIcuAndTheCaseFile() {
        classes()
                .that()
                .resideInAPackage("org.opensar.engine.detect..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "tools.jackson..",
                        "org.opensar.engine.detect..",
                        "org.opensar.engine.casefile..",
                        "com.ibm.icu..")
                .check(detect);
    }
}
