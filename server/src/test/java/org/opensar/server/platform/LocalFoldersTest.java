package org.opensar.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.mock.env.MockEnvironment;

/** OPENSAR_HOME as an earlier version left it (0755, 0644, page images of a killed server), set right at start. */
class LocalFoldersTest {

    @TempDir
    Path tmp;

    private Path home;

    @BeforeEach
    void anOldHome() throws IOException {
        home = Files.createDirectories(tmp.resolve("opensar-home"));
        Files.createDirectories(home.resolve("case-files/1f0c/case/documents"));
        Files.createDirectories(home.resolve("tmp"));
        Files.writeString(home.resolve("upload.key"), "a-key");
        Files.writeString(home.resolve("tmp/opensar-page-123.png"), "a page of someone's file");
        Files.createDirectories(home.resolve("tmp/tomcat-upload"));
        Files.writeString(home.resolve("tmp/tomcat-upload/part.tmp"), "an upload");
        for (Path path : new Path[] {home, home.resolve("case-files"), home.resolve("tmp")}) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(home.resolve("upload.key"), PosixFilePermissions.fromString("rw-r--r--"));
    }

    private MockEnvironment start(WebApplicationType type) {
        MockEnvironment environment = new MockEnvironment().withProperty("opensar.db.home", home.toString());
        SpringApplication application = new SpringApplication();
        application.setWebApplicationType(type);
        new LocalFolders(supplier -> supplier.get()).postProcessEnvironment(environment, application);
        return environment;
    }

    @Test
    void theServerMakesItsHomeOwnerOnlyAndEmptiesTheTemporaryFolder() throws IOException {
        MockEnvironment environment = start(WebApplicationType.SERVLET);

        assertThat(permissions(home)).isEqualTo("rwx------");
        assertThat(permissions(home.resolve("case-files"))).isEqualTo("rwx------");
        assertThat(permissions(home.resolve("upload.key"))).isEqualTo("rw-------");
        assertThat(permissions(home.resolve("tmp"))).isEqualTo("rwx------");
        try (var left = Files.list(home.resolve("tmp"))) {
            assertThat(left).isEmpty();
        }
        assertThat(environment.getProperty("opensar.db.temporary"))
                .isEqualTo(home.resolve("tmp").toString());
        assertThat(environment.getProperty("spring.servlet.multipart.location"))
                .isEqualTo(home.resolve("tmp").toString());
    }

    @Test
    void aCommandBesideARunningServerLeavesItsTemporaryFilesAlone() {
        start(WebApplicationType.NONE);

        assertThat(home.resolve("tmp/opensar-page-123.png")).exists();
        assertThat(permissions(home)).isEqualTo("rwx------");
    }

    @Test
    void aTemporaryFolderOfItsOwnIsCreatedOwnerOnly() {
        Path own = tmp.resolve("node-1-tmp");
        MockEnvironment environment = new MockEnvironment()
                .withProperty("opensar.db.home", home.toString())
                .withProperty("opensar.db.temporary", own.toString());
        SpringApplication application = new SpringApplication();
        application.setWebApplicationType(WebApplicationType.SERVLET);

        new LocalFolders(supplier -> supplier.get()).postProcessEnvironment(environment, application);

        assertThat(permissions(own)).isEqualTo("rwx------");
        assertThat(environment.getProperty("opensar.db.temporary")).isEqualTo(own.toString());
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
