package org.opensar.engine.tools.generate;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one generated document's text into a file of one format. */
@FunctionalInterface
interface DocumentFileWriter {

    void write(GeneratedDocument document, Path file) throws IOException;
}
