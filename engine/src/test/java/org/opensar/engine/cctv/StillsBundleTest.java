package org.opensar.engine.cctv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.WordOcr;
import org.opensar.engine.render.CoveringLetter;
import org.opensar.engine.render.DisclosureBundleWriter;
import org.opensar.engine.render.RenderMode;

/** Two obscured stills through the bundle writer: verified both ways, with the stills as pictures in the PDF. */
class StillsBundleTest {

    @TempDir
    Path folder;

    @Test
    void theStillsAreImagePagesOfAVerifiedBundleWithNobodyButTheRequesterLeft() throws IOException {
        assumeTrue(
                DetectorSettings.DEFAULT.unavailable().isEmpty(),
                () -> "skipped: " + DetectorSettings.DEFAULT.unavailable().orElseThrow());
        OpenCvStillDetector detector = OpenCvStillDetector.forChecking(DetectorSettings.DEFAULT);
        SyntheticFootage.Person requester = new SyntheticFootage.Person(300, 60, 56);
        SyntheticFootage.Person passerBy = new SyntheticFootage.Person(80, 90, 40);
        List<BundleStill> stills = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            BufferedImage frame = SyntheticFootage.frame(
                    640,
                    360,
                    new SyntheticFootage.Scene(new Color(110, 120, 130), List.of(requester, passerBy), ""),
                    i);
            BufferedImage obscured = new Obscurer().obscure(frame, List.of(passerBy.figure()), Obscuring.SOLID);
            Path file = folder.resolve("still-" + i + ".png");
            ImageIO.write(obscured, "png", file.toFile());
            stills.add(new BundleStill(
                    file,
                    "Market Square camera 3, 14 March 2026 at 14:32:0" + i,
                    LocalDate.of(2026, 3, 14),
                    Map.of(RegionKind.FACE, 1)));
        }
        StillsBundle stillsBundle =
                new StillsBundle(CaseDescription.ofSubject("Jordan Example"), stills, Obscuring.SOLID);
        Path out = folder.resolve("out");
        java.nio.file.Files.createDirectories(out);

        var request = stillsBundle.request(
                out, CoveringLetter.defaults(), LocalDate.of(2026, 4, 1), "officer", Instant.now());
        DisclosureBundleWriter.Outcome outcome = new DisclosureBundleWriter(
                        stillsBundle.texts(), new WordOcr(ExtractionSettings.DEFAULT))
                .write(request, out);

        assertThat(outcome.verification().findings()).isEmpty();
        assertThat(outcome.completeness()).hasSize(3).allMatch(c -> c.complete());
        assertThat(outcome.rendered().index())
                .extracting(e -> e.mode())
                .containsExactly(RenderMode.TYPESET, RenderMode.IMAGE, RenderMode.IMAGE);
        try (PDDocument pdf = Loader.loadPDF(outcome.bundle().toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("what we obscured and why", "1 other person", "solid boxes");
            List<BufferedImage> pictures = pictures(pdf);
            assertThat(pictures).hasSize(2);
            for (BufferedImage picture : pictures) {
                StillCheck check = new ObscuringVerifier(detector)
                        .check(picture, List.of(requester.figure().scaled(picture.getWidth() / 640.0)), List.of());
                assertThat(check.clean())
                        .as("unaccounted: %s", check.unaccounted())
                        .isTrue();
                assertThat(check.found()).as("the requester is still there").isNotEmpty();
            }
        }
    }

    private static List<BufferedImage> pictures(PDDocument pdf) throws IOException {
        List<BufferedImage> pictures = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    pictures.add(image.getImage());
                }
            }
        }
        return pictures;
    }
}
