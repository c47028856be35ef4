package org.opensar.server.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestEventType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The requester's side over HTTP, as a browser would send it: the one-time code, uploads checked by content and
 * stored encrypted, the identity rules' answer, rate limits, and the secure headers. Synthetic people only.
 */
class PublicServiceIT extends PublicServiceTest {

    private static final java.util.concurrent.atomic.AtomicInteger PEOPLE =
            new java.util.concurrent.atomic.AtomicInteger(100);

    @Autowired
    private Submissions submissions;

    @Autowired
    private Uploads uploads;

    @Autowired
    private Casework casework;

    @Autowired
    private RateLimits limits;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aPngIsStoredEncryptedAndTheRulesSayWhatIsStillMissing() throws IOException {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(email);
        PublicClient browser = signedIn(reference, email);
        byte[] png = image("png");

        PublicClient.Page page =
                browser.upload("/public/your-request/upload", passport(), "my passport.png", "image/png", png);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("We have received your document", "proof of address");
        List<Uploads.Stored> stored = uploads.stored(reference);
        assertThat(stored).hasSize(1);
        Uploads.Stored upload = stored.get(0);
        assertThat(upload.mediaType()).isEqualTo("image/png");
        assertThat(upload.scan()).isEqualTo("NOT_SCANNED"); // no clamd here
        assertThat(upload.nonce()).hasSize(12);
        assertThat(upload.ciphertext()).hasSize(png.length + 16); // GCM: same length plus the tag
        assertThat(new String(upload.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("PNG", "IHDR");
        assertThat(uploads.open(upload)).isEqualTo(png);
    }

    @Test
    void aCiphertextMovedToAnotherRequestDoesNotDecrypt() throws IOException {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(email);
        signedIn(reference, email)
                .upload("/public/your-request/upload", passport(), "passport.jpg", "image/jpeg", image("jpeg"));
        Uploads.Stored upload = uploads.stored(reference).get(0);
        Uploads.Stored moved = new Uploads.Stored(
                upload.id(),
                "SAR-2026-999999",
                upload.evidenceType(),
                upload.mediaType(),
                upload.sizeBytes(),
                upload.nonce(),
                upload.ciphertext(),
                upload.scan(),
                upload.uploadedAt(),
                upload.status(),
                upload.documentDate(),
                upload.expiresOn(),
                upload.showsCurrentAddress(),
                upload.checkedBy(),
                upload.rejectionReason());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> uploads.open(moved))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFileWhoseContentIsNotAnImageOrPdfIsRefusedWhateverItsNameAndClaimedType() {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(email);
        PublicClient browser = signedIn(reference, email);
        byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        PublicClient.Page page =
                browser.upload("/public/your-request/upload", passport(), "passport.jpg", "image/jpeg", script);

        assertThat(page.body()).contains("The selected file must be a JPG, PNG or PDF");
        assertThat(uploads.stored(reference)).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(email);
        PublicClient browser = signedIn(reference, email);
        byte[] big = new byte[1024 * 1024 + 1];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, big, 0, header.length);

        PublicClient.Page page =
                browser.upload("/public/your-request/upload", passport(), "bill.pdf", "application/pdf", big);

        assertThat(page.body()).contains("The selected file must be smaller than 1MB");
        assertThat(uploads.stored(reference)).isEmpty();
    }

    @Test
    void aBillWithoutItsDateIsNotAcceptedAndThePersonIsToldWhy() throws IOException {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(email);
        PublicClient browser = signedIn(reference, email);

        PublicClient.Page page = browser.upload(
                "/public/your-request/upload",
                Map.of("type", "BANK_STATEMENT", "showsCurrentAddress", "yes"),
                "statement.pdf",
                "application/pdf",
                pdf());

        assertThat(page.body()).contains("needs the date on the document");
        assertThat(uploads.stored(reference)).isEmpty();
    }

    @Test
    void aClosedRequestTakesNoMoreDocuments() throws IOException {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(email);
        PublicClient browser = signedIn(reference, email);
        call(
                "POST",
                "/api/requests/" + reference.value() + "/actions",
                staff(org.opensar.server.staff.Role.IG_OFFICER),
                Map.of("action", "WITHDRAW", "reason", "The requester withdrew by phone"));

        PublicClient.Page page =
                browser.upload("/public/your-request/upload", passport(), "passport.png", "image/png", image("png"));

        assertThat(page.body()).contains("Your request is closed");
        assertThat(uploads.stored(reference)).isEmpty();
    }

    @Test
    void theCodeWorksOnceAndIsKeptOnlyAsAHash() {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(email);
        PublicClient browser = new PublicClient(port);
        browser.get("/public/your-request");
        browser.post("/public/your-request/sign-in", Map.of("reference", reference.value()));
        String code = latestCode(email, 0);
        assertThat(jdbc.sql("select count(*) from requester_code where reference = :r and"
                                + " position(convert_to(:code, 'UTF8') in code_hash) > 0")
                        .param("r", reference.value())
                        .param("code", code)
                        .query(Integer.class)
                        .single())
                .isZero();

        PublicClient.Page signedIn = browser.post("/public/your-request/code", Map.of("code", code));
        assertThat(signedIn.body()).contains("Your request", reference.value(), "Nothing has been released");

        PublicClient other = new PublicClient(port);
        other.get("/public/your-request");
        other.post("/public/your-request/sign-in", Map.of("reference", reference.value()));
        latestCode(email, 1);
        assertThat(other.post("/public/your-request/code", Map.of("code", code)).body())
                .contains("The code is wrong or has expired");
    }

    @Test
    void fiveWrongTriesUseTheCodeUp() {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(email);
        PublicClient browser = new PublicClient(port);
        browser.get("/public/your-request");
        browser.post("/public/your-request/sign-in", Map.of("reference", reference.value()));
        String code = latestCode(email, 0);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < OneTimeCodes.ATTEMPTS; i++) {
            assertThat(browser.post("/public/your-request/code", Map.of("code", wrong))
                            .body())
                    .contains("The code is wrong or has expired");
        }
        assertThat(browser.post("/public/your-request/code", Map.of("code", code))
                        .body())
                .contains("The code is wrong or has expired");
    }

    @Test
    void anExpiredCodeDoesNotWork() {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(email);
        PublicClient browser = new PublicClient(port);
        browser.get("/public/your-request");
        browser.post("/public/your-request/sign-in", Map.of("reference", reference.value()));
        String code = latestCode(email, 0);
        jdbc.sql("update requester_code set expires_at = now() - interval '1 second' where reference = :r")
                .param("r", reference.value())
                .update();
        assertThat(browser.post("/public/your-request/code", Map.of("code", code))
                        .body())
                .contains("The code is wrong or has expired");
    }

    @Test
    void anUnknownReferenceLooksExactlyLikeAKnownOne() {
        String email = person();
        CaseReference known = aSubjectAccessRequest(email);
        String unknown = "SAR-2026-987654";

        PublicClient.Page forKnown = askForCode(known.value());
        PublicClient.Page forUnknown = askForCode(unknown);

        assertThat(forUnknown.status()).isEqualTo(forKnown.status());
        assertThat(withoutTokens(forUnknown.body()).replace(unknown, "REF"))
                .isEqualTo(withoutTokens(forKnown.body()).replace(known.value(), "REF"));
        // A wrong code: the same page for both, though only the known reference has a code to check against.
        PublicClient owner = new PublicClient(port);
        owner.get("/public/your-request");
        long seen = codesSentTo(email);
        owner.post("/public/your-request/sign-in", Map.of("reference", known.value()));
        String wrong = "123456".equals(latestCode(email, (int) seen)) ? "654321" : "123456";
        PublicClient guesser = new PublicClient(port);
        guesser.get("/public/your-request");
        guesser.post("/public/your-request/sign-in", Map.of("reference", unknown));
        PublicClient.Page knownWrong = owner.post("/public/your-request/code", Map.of("code", wrong));
        PublicClient.Page unknownWrong = guesser.post("/public/your-request/code", Map.of("code", wrong));
        assertThat(unknownWrong.body()).contains("The code is wrong or has expired");
        assertThat(unknownWrong.status()).isEqualTo(knownWrong.status());
        assertThat(withoutTokens(unknownWrong.body()).replace(unknown, "REF"))
                .isEqualTo(withoutTokens(knownWrong.body()).replace(known.value(), "REF"));
    }

    @Test
    void codesForOneReferenceAreLimitedWhoeverAsks() {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(email);
        for (int i = 0; i < 5; i++) {
            assertThat(askForCode(reference.value()).status()).isEqualTo(200);
        }
        PublicClient.Page sixth = askForCode(reference.value());
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.body()).contains("Try again later");
        PublicClient.Page unknownSixth = null;
        for (int i = 0; i < 6; i++) {
            unknownSixth = askForCode("SAR-2026-555555");
        }
        assertThat(unknownSixth.status()).isEqualTo(429); // the same for a reference that does not exist
    }

    @Test
    void theCountersAreInTheDatabaseAndStopAtTheLimit() {
        String address = "203.0.113." + PEOPLE.incrementAndGet();
        for (int i = 0; i < 1000; i++) {
            assertThat(limits.allow(RateLimits.Limit.FORM_PER_IP, address)).isTrue();
        }
        assertThat(limits.allow(RateLimits.Limit.FORM_PER_IP, address)).isFalse();
        assertThat(jdbc.sql("select hits from rate_limit where bucket = :b")
                        .param("b", "FORM_PER_IP:" + address)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1001);
    }

    @Test
    void aRequesterAnswersTheQuestionAndTheClockStartsAgain() {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(email);
        String officer = staff(org.opensar.server.staff.Role.IG_OFFICER);
        Response asked = call(
                "POST",
                "/api/requests/" + reference.value() + "/actions",
                officer,
                Map.of("action", "REQUEST_CLARIFICATION", "reason", "Which years of housing records do you want?"));
        assertThat(asked.status()).isEqualTo(200);
        PublicClient browser = signedIn(reference, email);
        assertThat(browser.get("/public/your-request").body())
                .contains("Which years of housing records do you want?", "The time is paused");

        PublicClient.Page answered =
                browser.post("/public/your-request/clarification", Map.of("answer", "2019 to 2021 only"));

        assertThat(answered.body()).contains("We have your answer");
        InformationRequest request = casework.get(reference);
        assertThat(request.clarifications().get(0).answer()).isEqualTo("2019 to 2021 only");
        assertThat(request.clarifications().get(0).answeredOn()).isEqualTo(LocalDate.now());
        assertThat(casework.timeline(reference))
                .filteredOn(e -> e.type() == RequestEventType.RECORD_CLARIFICATION_ANSWER)
                .extracting(e -> e.actor())
                .containsExactly("requester of " + reference.value());
        assertThat(casework.deadline(request).stoppedSince()).isNull();
    }

    @Test
    void theRequesterPageNeedsTheCodeAndAnotherRequesterCannotAnswer() {
        PublicClient stranger = new PublicClient(port);
        assertThat(stranger.get("/public/your-request").body()).contains("What is your reference?");
        assertThat(stranger.get("/public/your-request/upload").body()).contains("What is your reference?");
        assertThat(stranger.post("/public/your-request/clarification", Map.of("answer", "x"))
                        .body())
                .contains("What is your reference?");
    }

    @Test
    void formsNeedTheirCsrfTokenAndPagesCarryTheSecureHeaders() {
        PublicClient browser = new PublicClient(port);
        PublicClient.Page start = browser.get("/public");
        assertThat(start.headers().get("content-security-policy").get(0))
                .contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(start.headers().get("x-frame-options")).containsExactly("DENY");
        assertThat(start.headers().get("referrer-policy")).containsExactly("same-origin");
        assertThat(start.headers()).doesNotContainKey("strict-transport-security"); // plain HTTP here
        Response forged = call("POST", "/public/report-a-data-breach/check-your-answers", null, null);
        assertThat(forged.status()).isEqualTo(403);
    }

    // --- helpers ---

    private PublicClient.Page askForCode(String reference) {
        PublicClient browser = new PublicClient(port);
        browser.get("/public/your-request");
        return browser.post("/public/your-request/sign-in", Map.of("reference", reference));
    }

    private static String withoutTokens(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    private CaseReference aSubjectAccessRequest(String email) {
        return Requesters.aSubjectAccessRequest(submissions, email);
    }

    private PublicClient signedIn(CaseReference reference, String email) {
        return Requesters.signedIn(port, reference, email);
    }

    private static Map<String, String> passport() {
        return Requesters.passport();
    }

    private static Map<String, String> date(String id, LocalDate date) {
        return Requesters.date(id, date);
    }

    private static String person() {
        return Requesters.person();
    }

    static byte[] image(String format) throws IOException {
        return Requesters.image(format);
    }

    /** A minimal synthetic PDF. */
    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
