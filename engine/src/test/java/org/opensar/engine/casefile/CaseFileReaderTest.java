package org.opensar.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensar.engine.casefile.CaseFolderBuilder.aCaseFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileReaderTest {

    @TempDir
    Path tmp;

    private final CaseFileReader reader = new CaseFileReader();

    private Path sampleCase() {
        return aCaseFolder(tmp.resolve("case"))
                .document("documents/2019/note.txt", "Visited Jordan at home.")
                .document("documents/letter.html", "<p>Dear Jordan</p>")
                .document("documents/.DS_Store", "x")
                .documentsJson("""
                        [{"file": "documents/2019/note.txt", "title": "Home visit", "type": "Case note",
                          "date": "2019-03-04", "author": "A Social Worker", "source": "LCS"},
                         {"file": "documents/letter.html", "title": "Document upload", "date": "not a date"}]
                        """)
                .build();
    }

    @Test
    void listsDocumentsWithTheirPathRelativeToTheCaseFolderAndJoinsMetadata() {
        try (CaseFile caseFile = reader.open(sampleCase())) {
            assertThat(caseFile.description().reference()).isEqualTo("SAR-TEST-1");
            assertThat(caseFile.documents())
                    .extracting(CaseDocument::file)
                    .containsExactly("documents/2019/note.txt", "documents/letter.html");
            DocumentMetadata note = caseFile.documents().get(0).metadata();
            assertThat(note.title()).isEqualTo("Home visit");
            assertThat(note.date()).isEqualTo(LocalDate.of(2019, 3, 4));
            assertThat(caseFile.documents().get(1).metadata().date()).isNull();
            assertThat(caseFile.warnings()).singleElement().asString().contains("not a date");
        }
    }

    @Test
    void documentsWithoutMetadataGetNone() {
        Path folder = aCaseFolder(tmp.resolve("bare"))
                .document("documents/a.txt", "text")
                .build();
        try (CaseFile caseFile = reader.open(folder)) {
            assertThat(caseFile.documents())
                    .singleElement()
                    .satisfies(d -> assertThat(d.metadata()).isEqualTo(DocumentMetadata.NONE));
        }
    }

    @Test
    void symbolicLinksOutOfTheCaseAreNotDocuments() throws IOException {
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "not part of the case");
        Path folder = aCaseFolder(tmp.resolve("linked"))
                .document("documents/a.txt", "text")
                .build();
        Files.createSymbolicLink(folder.resolve("documents/link.txt"), outside);

        try (CaseFile caseFile = reader.open(folder)) {
            assertThat(caseFile.documents()).extracting(CaseDocument::file).containsExactly("documents/a.txt");
        }
    }

    @Test
    void brokenDocumentsJsonIsAWarningNotAFailure() {
        Path folder = aCaseFolder(tmp.resolve("broken"))
                .document("documents/a.txt", "text")
                .documentsJson("{not json")
                .build();
        try (CaseFile caseFile = reader.open(folder)) {
            assertThat(caseFile.documents()).hasSize(1);
            assertThat(caseFile.warnings()).singleElement().asString().startsWith("documents.json ignored");
        }
    }

    @Test
    void opensAZipWithTheCaseAtItsTopOrInsideOneFolder() {
        Path folder = sampleCase();
        for (String prefix : new String[] {"", "SAR-TEST-1/"}) {
            Path zip = CaseFolderBuilder.zip(folder, tmp.resolve("case" + prefix.length() + ".zip"), prefix);
            Path unpacked;
            try (CaseFile caseFile = reader.open(zip)) {
                assertThat(caseFile.documents())
                        .extracting(CaseDocument::file)
                        .containsExactly("documents/2019/note.txt", "documents/letter.html");
                assertThat(caseFile.documents().get(0).metadata().type()).isEqualTo("Case note");
                unpacked = caseFile.unpackedInto().orElseThrow();
            }
            assertThat(unpacked).doesNotExist();
        }
    }

    @Test
    void missingCaseJsonOrDocumentsFolderIsAClearCaseFileException() throws IOException {
        Path noCaseJson =
                Files.createDirectories(tmp.resolve("no-case-json/documents")).getParent();
        Path noDocuments = tmp.resolve("no-documents");
        Files.createDirectories(noDocuments);
        Files.writeString(noDocuments.resolve("case.json"), "{\"subject\": {\"name\": \"Jordan Ellis\"}}");

        assertThatThrownBy(() -> reader.open(noCaseJson))
                .isInstanceOf(CaseFileException.class)
                .hasMessageContaining("no case.json");
        assertThatThrownBy(() -> reader.open(noDocuments))
                .isInstanceOf(CaseFileException.class)
                .hasMessageContaining("no documents/ folder");
        assertThatThrownBy(() -> reader.open(tmp.resolve("absent")))
                .isInstanceOf(CaseFileException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void refusesZipSlip() throws IOException {
        Path zip = tmp.resolve("slip.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("case.json"));
            out.write("{\"subject\": {\"name\": \"X Y\"}}".getBytes());
            out.putNextEntry(new ZipEntry("documents/../../evil.txt"));
            out.write("evil".getBytes());
        }
        assertThatThrownBy(() -> reader.open(zip))
                .isInstanceOf(CaseFileException.class)
                .hasMessageContaining("outside the case folder");
        assertThat(tmp.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void refusesZipBombsByRatioAndByTotalSize() throws IOException {
        Path zip = tmp.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("case.json"));
            out.write("{\"subject\": {\"name\": \"X Y\"}}".getBytes());
            out.putNextEntry(new ZipEntry("documents/zeros.txt"));
            out.write(new byte[8 << 20]);
        }
        assertThatThrownBy(() -> reader.open(zip))
                .isInstanceOf(CaseFileException.class)
                .hasMessageContaining("zip bomb");
        assertThatThrownBy(() -> new CaseFileReader(new ZipLimits(1 << 20, 10, 100_000)).open(zip))
                .isInstanceOf(CaseFileException.class)
                .hasMessageContaining("more than 1048576 bytes");
        assertThatThrownBy(() -> new CaseFileReader(new ZipLimits(1L << 30, 1, 100_000)).open(zip))
                .isInstanceOf(CaseFileException.class)
                .hasMessageContaining("more than 1 entries");
    }

    @Test
    void refusesAZipBombWhoseCentralDirectoryClaimsAHugeCompressedSize() throws IOException {
        Path zip = tmp.resolve("lying-bomb.zip");
        byte[] noise = new byte[1 << 20];
        new java.util.Random(17).nextBytes(noise);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("case.json"));
            out.write("{\"subject\": {\"name\": \"X Y\"}}".getBytes());
            out.putNextEntry(new ZipEntry("documents/zeros.txt"));
            out.write(new byte[16 << 20]); // 16 MB of zeros: about 16 KB deflated, a ratio near 1,000
            out.putNextEntry(new ZipEntry("documents/noise.bin"));
            out.write(noise); // 1 MB that does not compress, so the lie below stays inside the file
        }
        claimCompressedSize(zip, "documents/zeros.txt", 1 << 20); // the directory now says 16 to 1

        assertThatThrownBy(() -> reader.open(zip))
                .isInstanceOf(CaseFileException.class)
                .hasMessageContaining("documents/zeros.txt expands more than 200 times");
    }

    /** Rewrites the compressed size the central directory records for one entry, as a bomb's maker would. */
    private static void claimCompressedSize(Path zip, String entry, int claimed) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int at = 0; at + 46 + name.length <= bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50
                    && buffer.getShort(at + 28) == name.length
                    && java.util.Arrays.equals(bytes, at + 46, at + 46 + name.length, name, 0, name.length)) {
                assertThat(buffer.getInt(at + 20))
                        .as("the real compressed size")
                        .isLessThan(claimed / 16);
                buffer.putInt(at + 20, claimed);
                Files.write(zip, bytes);
                return;
            }
        }
        throw new AssertionError("no central directory record for " + entry);
    }

    @Test
    void anUnpackedCaseIsItsOwnersOnly() throws IOException {
        Path zip = tmp.resolve("case.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("case.json"));
            out.write("{\"subject\": {\"name\": \"X Y\"}}".getBytes());
            out.putNextEntry(new ZipEntry("documents/2019/note.txt"));
            out.write("Visited at home.".getBytes());
        }

        Path root = reader.unpack(zip, tmp.resolve("case-files/1/case"));

        try (var paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                        .as(root.relativize(path).toString())
                        .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        }
    }
}
