package org.opensar.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensar.server.casework.NewRequestBuilder.aSubjectAccessRequest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.detect.RedactionStatus;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.server.IntegrationTest;
import org.opensar.server.audit.AuditEntry;
import org.opensar.server.audit.AuditLog;
import org.opensar.server.audit.AuditSubject;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.casework.RequestStatus;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The officer sees the bundle before it goes, and the release no longer renders in the request: one generated case
 * file (with a copy of a document) previewed whole and one document at a time; prepared in the background with
 * decisions that would disclose a withheld document's text, which fails verification and releases nothing; prepared
 * again once decided alike, refused once the decisions change after or once altered on disk, and released with its
 * password shown once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BundleReleaseIT extends IntegrationTest {

    @Autowired
    private Workbench workbench;

    @Autowired
    private Casework casework;

    @Autowired
    private QualityCheck qualityCheck;

    @Autowired
    private Release release;

    @Autowired
    private BundlePreparation preparation;

    @Autowired
    private ReviewProperties properties;

    @Autowired
    private WorkFolder work;

    @Autowired
    private AuditLog audit;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private WebApplicationContext web;

    @TempDir
    Path tmp;

    private MockMvc mvc;
    private CaseReference reference;
    private Actor officer;
    private Actor manager;
    private ReviewDocument copy;
    private ReviewDocument original;

    @BeforeAll
    void aProcessedCaseFileWithACopy(@TempDir Path folder) throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        officer = new Actor(staff(Role.IG_OFFICER), Set.of(Role.IG_OFFICER));
        manager = new Actor(staff(Role.IG_MANAGER), Set.of(Role.IG_MANAGER));
        reference = new CaseReference(newRequest(aSubjectAccessRequest().json()));
        casework.act(reference, new ActionInput(RequestAction.START_WORK, null, null), officer);
        try (InputStream zip = Files.newInputStream(GeneratedCaseFiles.zipped(folder.resolve("case"), 7, 22))) {
            context.getBean(CaseFiles.class).attachUpload(reference, zip, -1, officer);
        }
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(4));
        while (workbench.caseFile(reference).status() == CaseFileStatus.PROCESSING) {
            assertThat(Instant.now()).as("processed in 4 minutes").isBefore(giveUp);
            Thread.sleep(250);
        }
        List<ReviewDocument> documents = workbench.documents(reference, ReviewFilter.ALL, 0, 100);
        copy = documents.stream()
                .filter(d -> d.reason() == ReasonCode.DUPLICATE)
                .findFirst()
                .orElseThrow();
        String shownIn = workbench.document(reference, copy.id()).content().duplicateOf();
        original = documents.stream()
                .filter(d -> d.file().equals(shownIn))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @Order(1)
    void theWholeBundleAndOneDocumentArePreviewedAsTheyWouldBeReleasedMarkedAndNotKept() throws Exception {
        ReviewSteps.settleTheRest(workbench, reference, officer, "read: fine");

        MockHttpServletResponse bundle = preview("/requests/" + reference + "/preview");
        assertThat(bundle.getHeader("Content-Disposition"))
                .isEqualTo("inline; filename=\"" + reference + "-preview.pdf\"");
        String[] bundlePages = pages(bundle.getContentAsByteArray());
        assertThat(bundlePages).allMatch(page -> page.contains(PreviewStamp.MARK));
        assertThat(String.join("", bundlePages)).contains("What we removed and why");

        MockHttpServletResponse document =
                preview("/requests/" + reference + "/review/documents/" + original.id() + "/preview");
        assertThat(document.getHeader("Content-Disposition"))
                .isEqualTo("inline; filename=\"" + reference + "-document-" + original.id() + "-preview.pdf\"");
        String[] documentPages = pages(document.getContentAsByteArray());
        assertThat(documentPages.length).isLessThan(bundlePages.length);
        assertThat(documentPages).allMatch(page -> page.contains(PreviewStamp.MARK));
        String phrase = ownPhrase(original);
        assertThat(flat(String.join(" ", documentPages))).contains(phrase).doesNotContain("What we removed and why");
        assertThat(flat(String.join(" ", bundlePages))).contains(phrase);

        assertThat(mvc.perform(get("/requests/" + reference + "/preview")
                                .with(user("auditor").roles("AUDITOR")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        try (Stream<Path> left = Files.list(work.path())) {
            assertThat(left).as("nothing of a preview is left on disk").isEmpty();
        }
        assertThat(actions()).contains("BUNDLE_PREVIEWED");
    }

    @Test
    @Order(2)
    void aBundleThatFailsVerificationReleasesNothingAndSaysWhy() throws Exception {
        workbench.changeDisposition(
                reference, original.id(), ReasonCode.THIRD_PARTY_SOURCE, "from the police", null, officer);
        workbench.changeDisposition(reference, copy.id(), ReasonCode.CASE_NOTE, "the fuller copy", null, officer);
        ReviewSteps.settleTheRest(workbench, reference, officer, "read: fine");
        approve();

        PreparedBundle failed = ReviewSteps.prepared(context, reference, officer);

        assertThat(failed.state()).isEqualTo(PreparationState.FAILED);
        assertThat(failed.findings()).anyMatch(f -> f.contains(copy.file()) && f.contains(original.file()));
        assertThatThrownBy(() -> release.release(reference, null, officer))
                .hasMessageContaining("did not pass verification");
        assertThat(casework.get(reference).status()).isEqualTo(RequestStatus.APPROVED_FOR_RELEASE);
        assertThat(release.released(reference)).isEmpty();
        assertThat(sealedFiles()).isEmpty();
        assertThat(page("/requests/" + reference + "/release")).contains("preparation-findings", copy.file());
        assertThat(page("/requests/" + reference + "/preview")).contains("preview-findings", copy.file());
        assertThat(actions()).contains("BUNDLE_PREPARATION_STARTED", "BUNDLE_VERIFICATION_FAILED");
    }

    @Test
    @Order(3)
    void aPreparedBundleIsRefusedOnceTheDecisionsChangeAndReleasedWithItsPasswordShownOnce() throws Exception {
        qualityCheck.returnToOfficer(reference, "Decide the copy and its original alike.", manager);
        workbench.changeDisposition(reference, copy.id(), ReasonCode.DUPLICATE, "a copy after all", null, officer);
        workbench.changeDisposition(reference, original.id(), original.reason(), "not from the police", null, officer);
        approve();
        PreparedBundle ready = ReviewSteps.prepared(context, reference, officer);
        assertThat(ready.state()).isEqualTo(PreparationState.READY);
        assertThat(ready.rendered()).isEqualTo(ready.documents()).isPositive();
        assertThat(sealedFiles())
                .hasSize(3)
                .allSatisfy(kept -> assertThat(
                                new String(Files.readAllBytes(kept), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as("kept encrypted")
                        .doesNotContain("%PDF", reference.value()));
        assertThat(mvc.perform(get("/requests/" + reference + "/release/preparation")
                                .with(user(officer.username()).roles("IG_OFFICER")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"state\":\"READY\"", "\"percent\":100", "\"stale\":false");

        // The decisions change after the bundle was prepared: it is stale, and refused.
        qualityCheck.returnToOfficer(reference, "One more look.", manager);
        RedactionView accepted = workbench.documents(reference, ReviewFilter.ALL, 0, 100).stream()
                .filter(d -> d.disposition() == Disposition.DISCLOSE)
                .flatMap(d -> workbench.document(reference, d.id()).redactions().stream())
                .filter(r -> r.decision() == RedactionStatus.ACCEPTED)
                .findFirst()
                .orElseThrow();
        workbench.decide(reference, accepted.id(), RedactionStatus.REJECTED, officer);
        approve();
        assertThatThrownBy(() -> release.release(reference, null, officer)).hasMessageContaining("decisions changed");
        assertThat(page("/requests/" + reference + "/release")).contains("prepared-stale", "prepare-again");

        // A prepared bundle altered on disk does not open, and nothing decrypted is left.
        assertThat(ReviewSteps.prepared(context, reference, officer).state()).isEqualTo(PreparationState.READY);
        Path sealedBundle = sealedFiles().stream()
                .filter(f -> f.getFileName().toString().contains(BundlePreparation.BUNDLE))
                .findFirst()
                .orElseThrow();
        byte[] altered = Files.readAllBytes(sealedBundle);
        altered[altered.length / 2] ^= 1;
        Files.write(sealedBundle, altered);
        assertThatThrownBy(() -> release.release(reference, null, officer)).hasMessageContaining("does not open");
        assertThat(release.released(reference)).isEmpty();
        try (Stream<Path> releases = Files.walk(properties.releases())) {
            assertThat(releases).noneMatch(f -> f.getFileName().toString().equals(BundlePreparation.BUNDLE));
        }

        // Prepared again, and released from the page: the password once, on that response only.
        assertThat(ReviewSteps.prepared(context, reference, officer).state()).isEqualTo(PreparationState.READY);
        MockHttpServletResponse released = mvc.perform(post("/requests/" + reference + "/release")
                        .with(user(officer.username()).roles("IG_OFFICER"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(released.getHeader("Cache-Control")).contains("no-store");
        Matcher shown = Pattern.compile("id=\"package-password\">([^<]+)<").matcher(released.getContentAsString());
        assertThat(shown.find()).as(released.getContentAsString()).isTrue();
        String password = shown.group(1);
        assertThat(page("/requests/" + reference + "/release"))
                .doesNotContain(password)
                .contains("release-record");
        assertThat(casework.get(reference).status()).isEqualTo(RequestStatus.RESPONDED);
        try (PDDocument bundle = Loader.loadPDF(release.packageFile(reference).toFile(), password)) {
            assertThat(new PDFTextStripper().getText(bundle))
                    .contains(reference.value())
                    .doesNotContain(PreviewStamp.MARK);
            assertThat(bundle.getNumberOfPages())
                    .isEqualTo(release.released(reference).orElseThrow().bundlePages());
        }
        Path releaseFolder = Path.of(release.released(reference).orElseThrow().folder());
        assertThat(releaseFolder.resolve(BundlePreparation.BUNDLE))
                .as("no decrypted bundle left")
                .doesNotExist();
        assertThat(sealedFiles()).as("the prepared copy is gone once released").isEmpty();
        assertThat(actions()).contains("BUNDLE_PREPARED", "BUNDLE_RELEASED", "REQUEST_RELEASE");
    }

    private void approve() {
        casework.act(reference, new ActionInput(RequestAction.SEND_FOR_QA, null, null), officer);
        qualityCheck.approve(reference, "Checked.", manager);
    }

    private MockHttpServletResponse preview(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(path).with(user(officer.username()).roles("IG_OFFICER")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        return response;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(manager.username()).roles("IG_MANAGER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Three words of the document's text in a row that no redaction touches. */
    private String ownPhrase(ReviewDocument document) {
        Workbench.DocumentPage page = workbench.document(reference, document.id());
        Matcher words = Pattern.compile("[A-Za-z]{4,} [A-Za-z]{4,} [A-Za-z]{4,}")
                .matcher(page.content().text());
        while (words.find()) {
            int start = words.start();
            int end = words.end();
            if (page.redactions().stream().noneMatch(r -> r.start() < end && start < r.end())) {
                return words.group();
            }
        }
        throw new AssertionError("no three words of " + document.file() + " are free of redactions");
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String[] pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String[] pages = new String[document.getNumberOfPages()];
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < pages.length; i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pages[i] = stripper.getText(document);
            }
            return pages;
        }
    }

    private List<Path> sealedFiles() throws Exception {
        PreparedBundle bundle = preparation.of(reference).orElseThrow().bundle();
        if (!Files.isDirectory(properties.prepared())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(properties.prepared())) {
            return files.filter(f ->
                            f.getFileName().toString().startsWith(bundle.id().toString()))
                    .toList();
        }
    }

    private List<String> actions() {
        return audit.about(new AuditSubject("request", reference.value())).stream()
                .map(AuditEntry::action)
                .toList();
    }
}
