package org.opensar.engine.generate;

/** What to generate: the seed that fixes every choice, how many documents, and which template families. */
public record GeneratorOptions(long seed, int documents, HeldOutMode heldOut) {

    public GeneratorOptions {
        if (documents < 1) {
            throw new IllegalArgumentException("documents must be at least 1");
        }
        heldOut = heldOut == null ? HeldOutMode.MIXED : heldOut;
    }
}
