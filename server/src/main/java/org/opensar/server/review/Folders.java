package org.opensar.server.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/** The folders the review keeps under OPENSAR_HOME: an unpacked upload, a release, a bundle being made. */
final class Folders {

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private Folders() {}

    /**
     * A new folder of its own under {@code parent} (created too if need be), readable by the server's user only: for
     * a bundle while it is rendered, checked or sealed, deleted as soon as it has been.
     */
    static Path privateFolder(Path parent, String prefix) throws IOException {
        if (!Files.isDirectory(parent)) {
            Files.createDirectories(parent, OWNER_ONLY);
        }
        return Files.createTempDirectory(parent, prefix, OWNER_ONLY);
    }

    /** Deletes {@code folder} and everything in it, if it exists. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
