package org.opensar.server.cctv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.opensar.server.platform.OwnerOnly;

/** Folders the CCTV module writes, owner-only. */
final class Folders {

    private Folders() {}

    /** An empty owner-only folder at {@code folder}, whatever was there before. */
    static void replace(Path folder) throws IOException {
        delete(folder);
        OwnerOnly.folder(folder);
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
