package org.opensar.server.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * OPENSAR_HOME and the private temporary folder, set up before anything writes there (Tomcat's uploads included):
 * the home made owner-only with everything directly in it (data written by earlier versions was 0755 and 0644), the
 * temporary folder (OPENSAR_TMP, by default {@code OPENSAR_HOME/tmp}) created owner-only and, when the server
 * starts, emptied of what a killed server left there (page images, uploads). Both are pinned as absolute paths, so
 * every module resolves the same folders, and uploads wait in the temporary folder rather than the system's.
 */
public class LocalFolders implements EnvironmentPostProcessor {

    static final String HOME = "opensar.db.home";
    static final String TEMPORARY = "opensar.db.temporary";

    private final Log log;

    public LocalFolders(DeferredLogFactory logs) {
        this.log = logs.getLog(LocalFolders.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        Path home = binder.bind(HOME, Path.class)
                .orElse(Path.of("data"))
                .toAbsolutePath()
                .normalize();
        Path temporary = binder.bind(TEMPORARY, String.class)
                .map(String::strip)
                .map(t -> t.isEmpty() ? null : Path.of(t))
                .orElse(home.resolve("tmp"))
                .toAbsolutePath()
                .normalize();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "opensarLocalFolders",
                        Map.of(
                                HOME,
                                home.toString(),
                                TEMPORARY,
                                temporary.toString(),
                                "spring.servlet.multipart.location",
                                temporary.toString())));
        boolean server = application.getWebApplicationType() != WebApplicationType.NONE;
        try {
            prepare(home, temporary, server);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "OpenSAR cannot prepare its folders " + home + " and " + temporary
                            + " (" + e.getMessage() + "): check they belong to the user running OpenSAR and the disk is"
                            + " writable",
                    e);
        }
        if (server) {
            warnOfASharedSystemTemporaryFolder(temporary);
        }
    }

    static void prepare(Path home, Path temporary, boolean server) throws IOException {
        OwnerOnly.folder(home);
        try (Stream<Path> inHome = Files.list(home)) {
            for (Path path : inHome.toList()) {
                OwnerOnly.tighten(path);
            }
        }
        OwnerOnly.folder(temporary);
        if (server) {
            empty(temporary);
        }
    }

    /** Deletes what is in the folder, not the folder; links are removed, never followed. */
    static void empty(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** Third-party code (PDFBox, Tika, Tomcat) writes temporary copies to java.io.tmpdir; bin/opensar points it here. */
    private void warnOfASharedSystemTemporaryFolder(Path temporary) {
        Path system =
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        try {
            if (!system.equals(temporary)
                    && Files.getPosixFilePermissions(system, LinkOption.NOFOLLOW_LINKS)
                            .contains(PosixFilePermission.OTHERS_EXECUTE)) {
                log.warn("java.io.tmpdir is " + system + ", which other users of this machine can enter: libraries"
                        + " that write temporary copies there (PDF pages, documents being read) should use "
                        + temporary + " instead. Start OpenSAR with bin/opensar, or add -Djava.io.tmpdir=" + temporary
                        + " to the java command line.");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // no POSIX permissions to judge by
        }
    }
}
