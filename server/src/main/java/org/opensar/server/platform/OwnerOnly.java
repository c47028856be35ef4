package org.opensar.server.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Folders (0700) and files (0600) under OPENSAR_HOME that only the account running OpenSAR can open: case files,
 * releases, keys, the database password, temporary copies. Where the file system has no POSIX permissions
 * (Windows), the folder's own access list applies.
 */
public final class OwnerOnly {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    /** The folder, created with any missing parents owner-only, and made owner-only itself if it was not. */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder, attributes(FOLDER));
        tighten(folder);
        return folder;
    }

    /** A new file to write, owner-only from the moment it exists; fails if it is already there. */
    public static OutputStream newFile(Path file) throws IOException {
        Files.createFile(file, attributes(FILE));
        return Files.newOutputStream(file, StandardOpenOption.WRITE);
    }

    /** Takes away everyone else's access to a folder or file that OpenSAR wrote before it did so. Not links. */
    public static void tighten(Path path) throws IOException {
        if (!POSIX
                || Files.isSymbolicLink(path)
                || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                || !Files.getOwner(path).getName().equals(System.getProperty("user.name"))) {
            return; // not ours to change (a folder the council made for OpenSAR, say)
        }
        Set<PosixFilePermission> wanted = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE;
        if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    /**
     * A secret kept in a file of its own: read when the file is there (made owner-only if it was not), otherwise
     * generated, written owner-only, and read back, so two nodes starting at once end up with the same one.
     */
    public static String secret(Path file, Supplier<String> generate) throws IOException {
        if (!Files.exists(file)) {
            folder(file.toAbsolutePath().getParent());
            try (OutputStream out = newFile(file)) {
                out.write(generate.get().getBytes(StandardCharsets.US_ASCII));
            } catch (FileAlreadyExistsException raced) {
                // another node wrote it first: theirs is read below
            }
        }
        tighten(file);
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
