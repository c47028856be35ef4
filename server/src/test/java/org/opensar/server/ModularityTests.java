package org.opensar.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The server's features (casework, identity, clock, audit, staff, council, notify, publicservice, review, platform)
 * depend on each other only through their public top-level types and without cycles, and on the engine's stages only:
 * never on its command line or its generator, evaluation, bench and training tools.
 */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(OpenSarApplication.class).verify();
    }

    @Test
    void theServerRunsTheEngineWithoutItsCommandLineOrTools() {
        noClasses()
                .that()
                .resideInAPackage("org.opensar.server..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.opensar.engine.cli..", "org.opensar.engine.tools..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.opensar.server", "org.opensar.engine"));
    }
}
