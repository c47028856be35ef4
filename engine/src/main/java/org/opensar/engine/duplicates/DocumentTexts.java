package org.opensar.engine.duplicates;

import java.util.Optional;

/**
 * Where the duplicate stage reads a document's extracted text again, by its file, to line up two documents its index
 * found alike: a spill file for a batch run ({@link SpilledTexts}), the database for the server.
 */
@FunctionalInterface
public interface DocumentTexts {

    /** The extracted text of {@code file}, or empty when it has none. */
    Optional<String> text(String file);
}
