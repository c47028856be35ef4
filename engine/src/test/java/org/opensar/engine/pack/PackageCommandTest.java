package org.opensar.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.exception.ZipException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PackageCommandTest {

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void encryptsTheBundleAndPrintsThePasswordOnceWithoutKeepingIt() throws Exception {
        verifiedBundle("VERIFIED_CLEAN");

        assertThat(run(out.toString(), "--recorded-delivery", "AB123456789GB"))
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
        DeliveryPassword.Hash hash = new DeliveryPassword.Hash(
                record.at("/passwordHash/algorithm").asString(),
                record.at("/passwordHash/iterations").asInt(),
                record.at("/passwordHash/salt").asString(),
                record.at("/passwordHash/hash").asString());
        assertThat(DeliveryPassword.matches(password.toCharArray(), hash)).isTrue();
        assertThat(DeliveryPassword.matches("ABCD-EFGH".toCharArray(), hash)).isFalse();
        assertThat(record.at("/postal/recordedDeliveryReference").asString()).isEqualTo("AB123456789GB");
        assertThat(record.path("passwordRelease").toString()).contains("phone", "same email address");
        assertThat(out.resolve("delivery/postal-delivery-record.pdf")).isNotEmptyFile();
    }

    @Test
    void eachPackageHasItsOwnPassword() throws Exception {
        verifiedBundle("VERIFIED_CLEAN");
        run(out.toString());
        String first = password();
        stdout.reset();
        run(out.toString());
        assertThat(password()).isNotEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource({"LEAK_FOUND", "MISSING_LOG", "MISSING_BUNDLE"})
    void refusesABundleThatIsNotVerifiedClean(String state) throws Exception {
        verifiedBundle(state.equals("LEAK_FOUND") ? "LEAK_FOUND" : "VERIFIED_CLEAN");
        if (state.equals("MISSING_LOG")) {
            Files.delete(out.resolve("redaction-log.csv"));
        }
        if (state.equals("MISSING_BUNDLE")) {
            Files.delete(out.resolve("bundle.pdf"));
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

    private void verifiedBundle(String verification) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(out.resolve("bundle.pdf").toFile());
        }
        Files.writeString(out.resolve("report.json"), "{\"reference\": \"SAR-2026-0042\"}");
        Files.writeString(
                out.resolve("redaction-log.csv"),
                "document,page,type,code,reason code,exemption,decided by,decided at,note\n"
                        + "bundle.pdf,,verification,,"
                        + verification + ",,opensar verifier,2026-11-23,\n");
    }
}
