package org.opensar.server.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which folders on the server staff may attach as a case file: those under OPENSAR_CASE_FILE_ROOTS once every
 * symbolic link is resolved. The folder's real path must be under a root's real path, and nothing inside it (case
 * description, documents, sub-folders) may be a link to a place outside the roots; otherwise a link planted under a
 * root would let staff read, and the error messages quote, any file the server can read.
 */
final class ServerFolders {

    private final List<Path> roots;

    ServerFolders(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The folder's real path, or a refusal that says why in words an officer understands. */
    Path allowed(String given) {
        if (roots.isEmpty()) {
            throw new CaseFileRefusedException("Attaching a folder on the server is turned off here"
                    + " (OPENSAR_CASE_FILE_ROOTS is not set): upload a .zip instead.");
        }
        List<Path> realRoots = roots.stream()
                .map(ServerFolders::real)
                .flatMap(Optional::stream)
                .toList();
        Path folder = real(path(given))
                .orElseThrow(
                        () -> new CaseFileRefusedException("There is no folder " + given.strip() + " on the server."));
        if (!Files.isDirectory(folder) || realRoots.stream().noneMatch(folder::startsWith)) {
            throw new CaseFileRefusedException("The folder must be under " + roots + ".");
        }
        linkOutside(folder, realRoots).ifPresent(link -> {
            throw new CaseFileRefusedException(link + " in the folder is a link to a place outside " + roots
                    + ", so nothing was attached. Copy the file itself into the folder instead.");
        });
        return folder;
    }

    /** The first link inside {@code folder}, relative to it, whose target is not under a root. */
    private static Optional<Path> linkOutside(Path folder, List<Path> realRoots) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isSymbolicLink)
                    .filter(link -> real(link)
                            .filter(target -> realRoots.stream().anyMatch(target::startsWith))
                            .isEmpty())
                    .map(folder::relativize)
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            throw new CaseFileRefusedException("The folder cannot be read to the end on the server.");
        }
    }

    private static Path path(String given) {
        try {
            return Path.of(Objects.requireNonNull(given).strip());
        } catch (InvalidPathException e) {
            throw new CaseFileRefusedException("That is not a folder name on the server.");
        }
    }

    /** The real path, every link resolved; empty when nothing is there (a link to nothing). */
    private static Optional<Path> real(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new CaseFileRefusedException("The folder cannot be read on the server.");
        }
    }
}
