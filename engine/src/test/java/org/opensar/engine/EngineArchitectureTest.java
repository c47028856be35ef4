package org.opensar.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EngineArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opensar.engine");

    @Test
    void theEngineDoesNotDependOnSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..")
                .check(ENGINE);
    }

    @Test
    void stagesDoNotDependOnThePipelineThatRunsThem() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.opensar.engine.casefile..",
                        "org.opensar.engine.extract..",
                        "org.opensar.engine.policy..",
                        "org.opensar.engine.duplicates..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.opensar.engine.process..", "org.opensar.engine.tools..")
                .check(ENGINE);
    }

    @Test
    void stagesDoNotDependOnTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.opensar.engine.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.opensar.engine.cli..")
                .check(ENGINE);
    }

    @Test
    void theProductDoesNotDependOnTheGeneratorEvaluationBenchOrTraining() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.opensar.engine.cli..", "org.opensar.engine.tools..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.opensar.engine.tools..")
                .check(ENGINE);
    }
}
