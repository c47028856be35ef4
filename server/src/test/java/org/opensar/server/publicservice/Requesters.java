package org.opensar.server.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.opensar.server.casework.CaseReference;

/** Synthetic requesters of the public-service tests: a request of their own, signed in, and their documents. */
final class Requesters {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private Requesters() {}

    /** A fresh, synthetic email address. */
    static String person() {
        return "person" + PEOPLE.incrementAndGet() + "-" + System.nanoTime() + "@example.org";
    }

    static CaseReference aSubjectAccessRequest(Submissions submissions, String email) {
        Map<String, String> answers = PublicServiceTest.sarAnswers(
                "Test Person " + email, "1990-03-27", email, "1 Synthetic Street, Exampletown", "My housing file");
        return submissions.submit(PublicForm.SAR, answers).reference();
    }

    /** The requester's browser, signed in to their page with the code emailed to them, on the upload page. */
    static PublicClient signedIn(int port, CaseReference reference, String email) {
        PublicClient browser = new PublicClient(port);
        browser.get("/public/your-request");
        long seen = PublicServiceTest.codesSentTo(email);
        browser.post("/public/your-request/sign-in", Map.of("reference", reference.value()));
        String code = PublicServiceTest.latestCode(email, (int) seen);
        PublicClient.Page page = browser.post("/public/your-request/code", Map.of("code", code));
        assertThat(page.body()).contains("Your request");
        browser.get("/public/your-request/upload");
        return browser;
    }

    /** The upload form's fields for a passport that expires in five years. */
    static Map<String, String> passport() {
        Map<String, String> fields = new HashMap<>(Map.of("type", "PASSPORT"));
        fields.putAll(date("expiresOn", LocalDate.now().plusYears(5)));
        return fields;
    }

    static Map<String, String> date(String id, LocalDate date) {
        return Map.of(
                id + "-day", String.valueOf(date.getDayOfMonth()),
                id + "-month", String.valueOf(date.getMonthValue()),
                id + "-year", String.valueOf(date.getYear()));
    }

    /** A small synthetic picture, made here. */
    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A synthetic PDF of as many pages, each saying which it is. */
    static byte[] pdfOfPages(int pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    text.newLineAtOffset(72, 700);
                    text.showText("Synthetic bank statement, page " + i);
                    text.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
