package org.opensar.engine.tools.generate;

import java.util.Set;

/**
 * What to generate: the seed that fixes every choice, how many documents, which template families (the families
 * named, or when none are, those the held-out mode picks), whether case.json lists everyone or only the family
 * the requester named ({@code requesterNamedOnly}: the register is then the engine's to build), and which kinds of
 * copy.
 */
public record GeneratorOptions(
        long seed,
        int documents,
        HeldOutMode heldOut,
        Set<String> families,
        boolean requesterNamedOnly,
        CopyMix copies) {

    public GeneratorOptions {
        if (documents < 1) {
            throw new IllegalArgumentException("documents must be at least 1");
        }
        heldOut = heldOut == null ? HeldOutMode.MIXED : heldOut;
        families = families == null ? Set.of() : Set.copyOf(families);
        copies = copies == null ? CopyMix.BASIC : copies;
    }

    public GeneratorOptions(
            long seed, int documents, HeldOutMode heldOut, Set<String> families, boolean requesterNamedOnly) {
        this(seed, documents, heldOut, families, requesterNamedOnly, CopyMix.BASIC);
    }

    public GeneratorOptions(long seed, int documents, HeldOutMode heldOut, Set<String> families, CopyMix copies) {
        this(seed, documents, heldOut, families, false, copies);
    }

    public GeneratorOptions(long seed, int documents, HeldOutMode heldOut, Set<String> families) {
        this(seed, documents, heldOut, families, false);
    }

    public GeneratorOptions(long seed, int documents, HeldOutMode heldOut) {
        this(seed, documents, heldOut, Set.of(), false);
    }
}
