package org.opensar.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerFoldersTest {

    @TempDir
    Path tmp;

    private Path root;
    private Path outside;
    private ServerFolders folders;

    @BeforeEach
    void exportAndSecrets() throws IOException {
        root = Files.createDirectories(tmp.resolve("exports"));
        outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outside.resolve("shadow"), "root:$6$not-for-officers:19000:0:99999:7:::");
        folders = new ServerFolders(List.of(root));
    }

    private Path caseFolder(String name) throws IOException {
        Path folder =
                Files.createDirectories(root.resolve(name).resolve("documents")).getParent();
        Files.writeString(folder.resolve("case.json"), "{\"subject\": {\"name\": \"Jordan Ellis\"}}");
        Files.writeString(folder.resolve("documents/note.txt"), "Visited Jordan at home.");
        return folder;
    }

    @Test
    void aFolderUnderARootIsAllowedByItsRealPath() throws IOException {
        Path folder = caseFolder("case-1");

        assertThat(folders.allowed(folder + "/./documents/..")).isEqualTo(folder.toRealPath());
    }

    @Test
    void aLinkUnderARootToAFolderElsewhereIsRefused() throws IOException {
        Files.createSymbolicLink(root.resolve("case-2"), outside);

        assertThatThrownBy(() -> folders.allowed(root.resolve("case-2").toString()))
                .isInstanceOf(CaseFileRefusedException.class)
                .hasMessage("The folder must be under " + List.of(root) + ".");
    }

    @Test
    void aCaseDescriptionThatIsALinkOutIsRefusedWithoutQuotingIt() throws IOException {
        Path folder = caseFolder("case-3");
        Files.delete(folder.resolve("case.json"));
        Files.createSymbolicLink(folder.resolve("case.json"), outside.resolve("shadow"));

        assertThatThrownBy(() -> folders.allowed(folder.toString()))
                .isInstanceOf(CaseFileRefusedException.class)
                .hasMessageStartingWith("case.json in the folder is a link to a place outside")
                .message()
                .doesNotContain("root:", "not-for-officers");
    }

    @Test
    void aDocumentThatIsALinkOutIsRefusedByName() throws IOException {
        Path folder = caseFolder("case-4");
        Files.createSymbolicLink(folder.resolve("documents/letter.txt"), outside.resolve("shadow"));

        assertThatThrownBy(() -> folders.allowed(folder.toString()))
                .isInstanceOf(CaseFileRefusedException.class)
                .hasMessageStartingWith("documents/letter.txt in the folder is a link to a place outside");
    }

    @Test
    void aLinkThatStaysUnderTheRootsIsNoLeak() throws IOException {
        Path folder = caseFolder("case-5");
        Files.createSymbolicLink(folder.resolve("documents/same-note.txt"), folder.resolve("documents/note.txt"));

        assertThat(folders.allowed(folder.toString())).isEqualTo(folder.toRealPath());
    }

    @Test
    void aMissingFolderAndNoRootsAreSaidPlainly() {
        assertThatThrownBy(() -> folders.allowed(root.resolve("nothing-here").toString()))
                .hasMessage("There is no folder " + root.resolve("nothing-here") + " on the server.");
        assertThatThrownBy(() -> new ServerFolders(List.of()).allowed(root.toString()))
                .hasMessageContaining("OPENSAR_CASE_FILE_ROOTS is not set");
        assertThatThrownBy(() -> folders.allowed(outside.toString()))
                .hasMessage("The folder must be under " + List.of(root) + ".");
    }
}
