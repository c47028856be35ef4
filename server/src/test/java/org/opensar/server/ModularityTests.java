package org.opensar.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The server's features (casework, identity, clock, audit, staff, council, notify, publicservice, review, platform)
 * depend on each other only through their public top-level types and without cycles.
 */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(OpenSarApplication.class).verify();
    }
}
