package org.opensar.engine.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An opened case file: its description, its documents in path order, and any warnings about it (for example an
 * unreadable {@code documents.json}). Closing it removes the folder a zip was unpacked into.
 */
public record CaseFile(
        CaseDescription description,
        Path root,
        List<CaseDocument> documents,
        List<String> warnings,
        Optional<Path> unpackedInto)
        implements AutoCloseable {

    public CaseFile {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }

    @Override
    public void close() {
        unpackedInto.ifPresent(CaseFile::deleteTree);
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
