package org.opensar.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.exception.ZipException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensar.engine.pack.DeliveryPackager;
import org.opensar.engine.pack.DeliveryPackager.PasswordHash;
import org.opensar.engine.pack.VerifiedBundles;
import org.opensar.engine.render.BundleDigest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PackageCommandTest {

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void asAZipItEncryptsTheBundleAndPrintsThePasswordOnceWithoutKeepingIt() throws Exception {
        VerifiedBundles.write(out, "VERIFIED_CLEAN");

        assertThat(run(out.toString(), "--format", "zip", "--recorded-delivery", "AB123456789GB"))
                .as(stderr.toString())
                .isZero();

        String password = password();
        assertThat(password).matches("([A-HJ-NP-Z2-9]{4}-){5}[A-HJ-NP-Z2-9]{4}");
        Path zip = out.resolve("delivery/SAR-2026-0042.zip");
        try (ZipFile file = new ZipFile(zip.toFile(), password.toCharArray())) {
            assertThat(file.isEncrypted()).isTrue();
            assertThat(file.getFileHeaders())
                    .singleElement()
                    .satisfies(h -> assertThat(h.getAesExtraDataRecord()
                                    .getAesKeyStrength()
                                    .name())
                            .isEqualTo("KEY_STRENGTH_256"));
            file.extractAll(out.resolve("opened").toString());
        }
        assertThat(out.resolve("opened/bundle.pdf")).hasSameBinaryContentAs(out.resolve("bundle.pdf"));
        try (ZipFile wrong = new ZipFile(zip.toFile(), "WRONG-PASSWORD".toCharArray())) {
            assertThatThrownBy(() -> wrong.extractAll(out.resolve("wrong").toString()))
                    .isInstanceOf(ZipException.class);
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as(file.toString())
                        .doesNotContain(password);
            }
        }
        JsonNode record = JsonMapper.builder()
                .build()
                .readTree(out.resolve("delivery/delivery.json").toFile());
        PasswordHash hash = new PasswordHash(
                record.at("/passwordHash/algorithm").asString(),
                record.at("/passwordHash/iterations").asInt(),
                record.at("/passwordHash/salt").asString(),
                record.at("/passwordHash/hash").asString());
        assertThat(DeliveryPackager.matches(password.toCharArray(), hash)).isTrue();
        assertThat(DeliveryPackager.matches("ABCD-EFGH".toCharArray(), hash)).isFalse();
        assertThat(record.path("format").asString()).isEqualTo("ENCRYPTED_ZIP");
        assertThat(record.path("packageFile").asString()).isEqualTo("SAR-2026-0042.zip");
        assertThat(record.at("/postal/recordedDeliveryReference").asString()).isEqualTo("AB123456789GB");
        assertThat(record.path("passwordRelease").toString()).contains("phone", "same email address");
        assertThat(out.resolve("delivery/postal-delivery-record.pdf")).isNotEmptyFile();
    }

    @Test
    void byDefaultItIsAnEncryptedPdfAndSaysHowToOpenIt() throws Exception {
        VerifiedBundles.write(out, "VERIFIED_CLEAN");

        assertThat(run(out.toString())).as(stderr.toString()).isZero();

        Path pdf = out.resolve("delivery/SAR-2026-0042.pdf");
        try (PDDocument opened = Loader.loadPDF(pdf.toFile(), password())) {
            assertThat(opened.getEncryption().getRevision()).isEqualTo(6);
        }
        assertThat(stdout.toString()).contains("any PDF reader on your phone or computer");
        JsonNode record = JsonMapper.builder()
                .build()
                .readTree(out.resolve("delivery/delivery.json").toFile());
        assertThat(record.path("format").asString()).isEqualTo("ENCRYPTED_PDF");
        assertThat(record.path("packageFile").asString()).isEqualTo("SAR-2026-0042.pdf");
        assertThat(record.path("encryption").asString()).contains("AES-256", "R6");
        assertThat(record.path("packageSha256").asString()).isEqualTo(BundleDigest.sha256(pdf));
    }

    @Test
    void packagingAgainInTheOtherFormatLeavesOnlyTheNewPackage() throws Exception {
        VerifiedBundles.write(out, "VERIFIED_CLEAN");
        run(out.toString(), "--format", "zip");
        run(out.toString(), "--format", "pdf");

        assertThat(out.resolve("delivery/SAR-2026-0042.zip")).doesNotExist();
        assertThat(out.resolve("delivery/SAR-2026-0042.pdf")).isNotEmptyFile();
    }

    @Test
    void eachPackageHasItsOwnPassword() throws Exception {
        VerifiedBundles.write(out, "VERIFIED_CLEAN");
        run(out.toString());
        String first = password();
        stdout.reset();
        run(out.toString());
        assertThat(password()).isNotEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource({"LEAK_FOUND", "MISSING_LOG", "MISSING_BUNDLE", "CHANGED_AFTER_VERIFICATION", "MISSING_DIGEST"})
    void refusesABundleThatIsNotTheOneThatVerifiedClean(String state) throws Exception {
        VerifiedBundles.write(out, state.equals("LEAK_FOUND") ? "LEAK_FOUND" : "VERIFIED_CLEAN");
        if (state.equals("MISSING_LOG")) {
            Files.delete(out.resolve("redaction-log.csv"));
        }
        if (state.equals("MISSING_BUNDLE")) {
            Files.delete(out.resolve("bundle.pdf"));
        }
        if (state.equals("CHANGED_AFTER_VERIFICATION")) {
            try (PDDocument bundle = Loader.loadPDF(out.resolve("bundle.pdf").toFile())) {
                bundle.addPage(new PDPage());
                bundle.save(out.resolve("bundle.pdf").toFile());
            }
        }
        if (state.equals("MISSING_DIGEST")) {
            Files.delete(out.resolve(BundleDigest.FILE));
        }

        assertThat(run(out.toString())).isEqualTo(1);
        assertThat(stdout.toString()).doesNotContain("password");
        assertThat(out.resolve("delivery")).doesNotExist();
    }

    @Test
    void badArgumentsExitWithUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("a", "b")).isEqualTo(2);
        assertThat(run("a", "--recorded-delivery")).isEqualTo(2);
        assertThat(run("a", "--format", "docx")).isEqualTo(2);
        assertThat(stderr.toString()).contains("pdf or zip, not 'docx'");
        assertThat(stderr.toString()).contains("usage: bin/opensar package");
    }

    private int run(String... args) {
        return new PackageCommand().run(List.of(args), new PrintStream(stdout, true), new PrintStream(stderr, true));
    }

    private String password() {
        return stdout.toString()
                .lines()
                .filter(l -> l.startsWith("password"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .findFirst()
                .orElseThrow();
    }
}
