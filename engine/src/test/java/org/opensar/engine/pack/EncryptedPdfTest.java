package org.opensar.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.encryption.PDEncryption;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default delivery: the verified bundle as an AES-256 (R6) encrypted PDF that opens with its password only. */
class EncryptedPdfTest {

    private static final Path PDFINFO = Path.of("/usr/bin/pdfinfo");

    @TempDir
    Path out;

    private Path pdf;
    private String password;

    @BeforeEach
    void sealAVerifiedBundle() throws Exception {
        VerifiedBundles.write(out, "VERIFIED_CLEAN");
        DeliveryPackager.Sealed sealed = new DeliveryPackager(new SecureRandom())
                .seal(out, VerifiedBundles.REFERENCE, DeliveryFormat.ENCRYPTED_PDF, Optional.empty(), Optional.empty());
        pdf = sealed.packageFile();
        password = new String(sealed.password());
        sealed.forgetPassword();
    }

    @Test
    void opensWithThePasswordAndNotWithoutIt() throws Exception {
        assertThat(pdf.getFileName()).hasToString("SAR-2026-0042.pdf");
        assertThatThrownBy(() -> Loader.loadPDF(pdf.toFile())).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(pdf.toFile(), "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"))
                .isInstanceOf(InvalidPasswordException.class);
        try (PDDocument opened = Loader.loadPDF(pdf.toFile(), password)) {
            assertThat(opened.getNumberOfPages()).isEqualTo(VerifiedBundles.PAGES.size());
        }
    }

    @Test
    void isAes256UnderTheStandardSecurityHandlersRevision6() throws Exception {
        try (PDDocument opened = Loader.loadPDF(pdf.toFile(), password)) {
            PDEncryption encryption = opened.getEncryption();
            assertThat(encryption.getFilter()).isEqualTo("Standard");
            assertThat(encryption.getVersion()).isEqualTo(5);
            assertThat(encryption.getRevision()).isEqualTo(6);
            assertThat(encryption.getLength()).isEqualTo(256);
            assertThat(encryption.getStdCryptFilterDictionary().getCryptFilterMethod())
                    .isEqualTo(COSName.AESV3);
            assertThat(opened.getVersion()).isEqualTo(2.0f);
        }
        assertThat(new String(Files.readAllBytes(pdf), 0, 8, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-2.0");
    }

    @Test
    void everyPageReadsExactlyAsTheVerifiedBundle() throws Exception {
        try (PDDocument verified = Loader.loadPDF(out.resolve("bundle.pdf").toFile());
                PDDocument opened = Loader.loadPDF(pdf.toFile(), password)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= VerifiedBundles.PAGES.size(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(opened))
                        .isEqualTo(stripper.getText(verified))
                        .contains(VerifiedBundles.PAGES.get(page - 1));
            }
        }
    }

    @Test
    void theRequesterMayPrintCopyAndHaveItReadAloudButNotChangeIt() throws Exception {
        try (PDDocument opened = Loader.loadPDF(pdf.toFile(), password)) {
            AccessPermission granted = opened.getCurrentAccessPermission();
            assertThat(granted.isOwnerPermission()).isFalse();
            assertThat(granted.canPrint()).isTrue();
            assertThat(granted.canPrintFaithful()).isTrue();
            assertThat(granted.canExtractContent()).isTrue();
            assertThat(granted.canExtractForAccessibility()).isTrue();
            assertThat(granted.canModify()).isFalse();
            assertThat(granted.canAssembleDocument()).isFalse();
            assertThat(granted.canModifyAnnotations()).isFalse();
        }
    }

    @Test
    void popplerOpensItWithThePasswordAsAes256AndNotWithout() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(PDFINFO),
                "Skipped: checking with a second PDF reader needs poppler's pdfinfo (apt-get install poppler-utils)");
        Run withPassword = run(PDFINFO.toString(), "-upw", password, pdf.toString());
        assertThat(withPassword.exit()).as(withPassword.output()).isZero();
        assertThat(withPassword.output())
                .contains("Encrypted:", "print:yes", "copy:yes", "change:no", "algorithm:AES-256")
                .contains("PDF version:     2.0");
        assertThat(run(PDFINFO.toString(), pdf.toString()).exit()).isNotZero();
    }

    @Test
    void theCheckRefusesAPackageWhoseTextIsNotTheVerifiedBundles() throws Exception {
        Path other = Files.createDirectories(out.resolve("other"));
        VerifiedBundles.write(other, "VERIFIED_CLEAN");
        try (PDDocument changed = Loader.loadPDF(other.resolve("bundle.pdf").toFile())) {
            changed.removePage(1);
            changed.save(other.resolve("bundle.pdf").toFile());
        }
        Path otherPdf = other.resolve("other.pdf");
        EncryptedPdf.write(other.resolve("bundle.pdf"), otherPdf, password.toCharArray(), new SecureRandom());

        assertThatThrownBy(() -> EncryptedPdf.check(out.resolve("bundle.pdf"), otherPdf, password.toCharArray()))
                .isInstanceOf(EncryptedPdf.Refused.class)
                .hasMessageContaining("it has 2 pages, the verified bundle 3");
    }

    @Test
    void theCheckRefusesAPackageWithAPageWhoseTextIsNotTheVerifiedBundles() throws Exception {
        Path changed = out.resolve("changed.pdf");
        try (PDDocument bundle = Loader.loadPDF(out.resolve("bundle.pdf").toFile())) {
            PDPage second = bundle.getPage(1);
            try (PDPageContentStream added =
                    new PDPageContentStream(bundle, second, PDPageContentStream.AppendMode.APPEND, true)) {
                added.beginText();
                added.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                added.newLineAtOffset(56, 600);
                added.showText("A line the verifier never saw.");
                added.endText();
            }
            bundle.save(changed.toFile());
        }
        Path sealed = out.resolve("sealed-changed.pdf");
        EncryptedPdf.write(changed, sealed, password.toCharArray(), new SecureRandom());

        assertThatThrownBy(() -> EncryptedPdf.check(out.resolve("bundle.pdf"), sealed, password.toCharArray()))
                .isInstanceOf(EncryptedPdf.Refused.class)
                .hasMessageContaining("the text of page 2 differs from the verified bundle's");
    }

    @Test
    void theCheckRefusesWeakerEncryptionAndAFileThatOpensWithoutThePassword() throws Exception {
        Path bundle = out.resolve("bundle.pdf");
        Path aes128 = out.resolve("aes128.pdf");
        try (PDDocument weak = Loader.loadPDF(bundle.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            policy.setPreferAES(true);
            weak.protect(policy);
            weak.save(aes128.toFile());
        }
        assertThatThrownBy(() -> EncryptedPdf.check(bundle, aes128, password.toCharArray()))
                .isInstanceOf(EncryptedPdf.Refused.class)
                .hasMessageContaining("not AES-256, V5 R6 (V4 R4, 128 bits)");

        assertThatThrownBy(() -> EncryptedPdf.check(bundle, bundle, password.toCharArray()))
                .isInstanceOf(EncryptedPdf.Refused.class)
                .hasMessageContaining("opens without the password");
    }

    private record Run(int exit, String output) {}

    private static Run run(String... command) throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
