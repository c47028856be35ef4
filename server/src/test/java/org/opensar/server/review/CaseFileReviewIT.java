package org.opensar.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensar.server.casework.NewRequestBuilder.aSubjectAccessRequest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensar.engine.casefile.CaseDescriptionReader;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.detect.PersonMentions;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.detect.RedactionStatus;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.server.IntegrationTest;
import org.opensar.server.audit.AuditLog;
import org.opensar.server.audit.AuditSubject;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.ActionNotAllowedException;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.casework.RequestStatus;
import org.opensar.server.council.CouncilDetails;
import org.opensar.server.council.CouncilSettings;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import org.opensar.server.staff.StaffAccounts;
import org.opensar.server.staff.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A generated case file from upload to release against real PostgreSQL: processed by the background jobs, reviewed
 * (accept, reject, every mention, an officer's own redaction, a changed disposition, notes), checked by a second
 * person, released as a verified encrypted bundle that opens with its one-time password, every step audited.
 */
class CaseFileReviewIT extends IntegrationTest {

    @Autowired
    private Workbench workbench;

    @Autowired
    private QualityCheck qualityCheck;

    @Autowired
    private Release release;

    @Autowired
    private CouncilSettings council;

    @Autowired
    private Casework casework;

    @Autowired
    private AuditLog audit;

    @Autowired
    private PageImages pageImages;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private org.springframework.context.ApplicationContext context;

    @Autowired
    private StaffAccounts accounts;

    @Autowired
    private StaffDirectory directory;

    @TempDir
    Path tmp;

    @Test
    void aCaseFileGoesFromUploadThroughReviewAndCheckToAVerifiedEncryptedRelease() throws Exception {
        String ref = newRequest(aSubjectAccessRequest().json());
        CaseReference reference = new CaseReference(ref);
        Actor officer = new Actor(staff(Role.IG_OFFICER), Set.of(Role.IG_OFFICER));
        Actor manager = new Actor(staff(Role.IG_MANAGER), Set.of(Role.IG_MANAGER));
        casework.act(reference, new ActionInput(RequestAction.START_WORK, null, null), officer);

        HttpResponse<String> attached = upload(ref, GeneratedCaseFiles.zipped(tmp.resolve("case"), 11, 40));
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        assertThat(JSON.readTree(attached.body()).path("documents").asInt()).isEqualTo(40);

        CaseFileSummary processed = waitUntilProcessed(reference);
        assertThat(processed.processed()).isEqualTo(40);
        ReviewProgress before = workbench.progress(reference);
        assertThat(before.documents()).isEqualTo(40);
        assertThat(workbench.counts(reference)).isNotEmpty();
        redactionsOnTypedPdfPagesAreMarkedOnTheirImages(reference, processed);

        // Nothing goes for checking while decisions are open.
        if (!before.complete()) {
            assertThatThrownBy(() ->
                            casework.act(reference, new ActionInput(RequestAction.SEND_FOR_QA, null, null), officer))
                    .isInstanceOf(ActionNotAllowedException.class)
                    .hasMessageContaining("still need a decision");
        }

        // A disclosed document with proposals: accept one, reject one, every mention of a third name.
        ReviewDocument withProposals = workbench
                .documents(
                        reference,
                        ReviewFilter.ALL.withDisposition(Disposition.DISCLOSE).withNeedsReview(true),
                        0,
                        100)
                .stream()
                .filter(d -> d.openRedactions() >= 3
                        && ownWord(reference, d.id()).isPresent()
                        && workbench.document(reference, d.id()).redactions().stream()
                                .anyMatch(r -> r.type() != PersonalDataType.PERSON))
                .findFirst()
                .orElseThrow();
        List<RedactionView> proposals =
                workbench.document(reference, withProposals.id()).redactions();
        // accepted: not a name, since a name that is also an ordinary word ("Young") is boxed only where approved
        RedactionView accepted = proposals.stream()
                .filter(r -> r.type() != PersonalDataType.PERSON)
                .findFirst()
                .orElseThrow();
        RedactionView rejected =
                proposals.stream().filter(r -> r != accepted).findFirst().orElseThrow();
        workbench.decide(reference, accepted.id(), RedactionStatus.ACCEPTED, officer);
        workbench.decide(reference, rejected.id(), RedactionStatus.REJECTED, officer);
        // a name still open: the list was read before the two decisions above
        RedactionView name = proposals.stream()
                .filter(r -> r.type() == PersonalDataType.PERSON && r.open() && r != rejected)
                .findFirst()
                .orElseThrow();
        List<RedactionView> sameName = openMentionsOf(reference, processed, name);
        int mentions = workbench.decideEveryMention(reference, name.id(), RedactionStatus.ACCEPTED, officer);
        assertThat(mentions).isEqualTo(sameName.size()).isGreaterThanOrEqualTo(1);
        assertThat(openMentionsOf(reference, processed, name)).isEmpty();

        // An officer's own redaction of a selected word.
        Workbench.DocumentPage page = workbench.document(reference, withProposals.id());
        assertThat(page.printed())
                .as("what the bundle prints about the document besides its text, for the officer to decide on too")
                .first()
                .satisfies(title -> {
                    assertThat(title.part()).isEqualTo(DocumentPart.TITLE);
                    assertThat(title.segments().stream().map(TextSegment::text).collect(Collectors.joining()))
                            .isEqualTo(withProposals.title());
                });
        String text = page.content().text();
        int start = ownWord(reference, withProposals.id()).orElseThrow();
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        int from = start;
        int to = end;
        BiFunction<RedactionReason, String, ThrowingCallable> exempting =
                (exemption, opinion) -> () -> workbench.addRedaction(
                        reference,
                        withProposals.id(),
                        new SelectedPassage(from, to, PersonalDataType.PERSON, exemption, opinion),
                        officer);
        assertThatThrownBy(exempting.apply(RedactionReason.SERIOUS_HARM_HEALTH, ""))
                .hasMessageContaining("opinion of the appropriate professional");
        assertThatThrownBy(exempting.apply(RedactionReason.THIRD_PARTY_NAME, null))
                .hasMessageContaining("Choose an exemption");
        RedactionView added = workbench.addRedaction(
                reference,
                withProposals.id(),
                new SelectedPassage(start, end, PersonalDataType.PERSON, RedactionReason.LEGAL_PRIVILEGE, null),
                officer);
        assertThat(added.reason()).isEqualTo(RedactionReason.LEGAL_PRIVILEGE);
        assertThat(documentPage(ref, withProposals.id()))
                .as("the officer sees the exemption on the redaction, and can choose one for the next")
                .contains("legal privilege (exemption)", "id=\"redaction-exemption\"");
        assertThat(added.text()).isEqualTo(text.substring(start, end));
        assertThat(added.decision()).isEqualTo(RedactionStatus.ACCEPTED);
        assertThat(added.origin()).isEqualTo(RedactionOrigin.OFFICER);
        assertThatThrownBy(() -> workbench.addRedaction(
                        reference, withProposals.id(), SelectedPassage.of(5, 5, PersonalDataType.PERSON), officer))
                .isInstanceOf(CaseFileRefusedException.class);

        // A withheld document the officer decides to disclose comes with its third parties' data proposed for
        // redaction, each still to be decided.
        ReviewDocument disclosedAfterAll =
                workbench.documents(reference, ReviewFilter.ALL.withDisposition(Disposition.WITHHOLD), 0, 100).stream()
                        .filter(d -> d.openRedactions() > 0)
                        .findFirst()
                        .orElseThrow();
        int openBefore = workbench.progress(reference).openRedactions();
        workbench.changeDisposition(
                reference, disclosedAfterAll.id(), ReasonCode.CASE_NOTE, "the council's own record", null, officer);
        assertThat(workbench.progress(reference).openRedactions())
                .isEqualTo(openBefore + disclosedAfterAll.openRedactions());
        workbench.changeDisposition(
                reference,
                disclosedAfterAll.id(),
                ReasonCode.THIRD_PARTY_SOURCE,
                "on reflection: police",
                null,
                officer);
        assertThat(workbench.progress(reference).openRedactions()).isEqualTo(openBefore);

        // Decisions at odds: a withheld original whose copy the officer then decides to disclose. The officer hears
        // which two documents at once, not when the release is refused; both are then put back.
        List<ReviewDocument> everything = workbench.documents(reference, ReviewFilter.ALL, 0, 100);
        ReviewDocument copy = everything.stream()
                .filter(d -> d.reason() == ReasonCode.DUPLICATE)
                .findFirst()
                .orElseThrow();
        String shownIn = workbench.document(reference, copy.id()).content().duplicateOf();
        ReviewDocument original = everything.stream()
                .filter(d -> d.file().equals(shownIn))
                .findFirst()
                .orElseThrow();
        workbench.changeDisposition(
                reference, original.id(), ReasonCode.THIRD_PARTY_SOURCE, "from the police", null, officer);
        assertThat(workbench.changeDisposition(
                        reference, copy.id(), ReasonCode.CASE_NOTE, "fuller copy", null, officer))
                .singleElement()
                .asString()
                .startsWith(copy.file() + " is to be disclosed but holds ")
                .contains("of withheld document " + original.file());
        workbench.changeDisposition(reference, copy.id(), ReasonCode.DUPLICATE, "a copy after all", null, officer);
        workbench.changeDisposition(reference, original.id(), original.reason(), "not from the police", null, officer);
        aRemovedCopyIsShownBesideTheDocumentItCopies(ref, everything);

        // Settle everything else: documents in review become decisions, open proposals are accepted.
        ReviewSteps.settleTheRest(workbench, reference, officer, "read it: fine");
        // (one whose wording no other disclosed document repeats: withholding a document whose copy is disclosed
        // would rightly fail the bundle's verification)
        ReviewDocument changed =
                workbench.documents(reference, ReviewFilter.ALL.withDisposition(Disposition.DISCLOSE), 0, 100).stream()
                        .filter(d -> d.id() != withProposals.id() && !repeatedInAnotherDisclosed(reference, d.id()))
                        .findFirst()
                        .orElseThrow();
        workbench.changeDisposition(
                reference,
                changed.id(),
                ReasonCode.FAMILY_MEMBER_WORDS,
                "father's letter; he refused consent",
                null,
                officer);
        assertThatThrownBy(() ->
                        workbench.changeDisposition(reference, changed.id(), ReasonCode.CASE_NOTE, " ", null, officer))
                .hasMessageContaining("reason");
        // Serious harm only with the appropriate professional's opinion, which is kept with the decision.
        ReviewDocument harmful =
                workbench.documents(reference, ReviewFilter.ALL.withDisposition(Disposition.DISCLOSE), 0, 100).stream()
                        .filter(d -> d.id() != withProposals.id() && !repeatedInAnotherDisclosed(reference, d.id()))
                        .findFirst()
                        .orElseThrow();
        assertThatThrownBy(() -> workbench.changeDisposition(
                        reference,
                        harmful.id(),
                        ReasonCode.SERIOUS_HARM_SOCIAL_WORK,
                        "risk to a sibling",
                        " ",
                        officer))
                .hasMessageContaining("opinion of the appropriate professional");
        assertThat(workbench.document(reference, harmful.id()).document().disposition())
                .isEqualTo(Disposition.DISCLOSE);
        workbench.changeDisposition(
                reference,
                harmful.id(),
                ReasonCode.SERIOUS_HARM_SOCIAL_WORK,
                "risk to a sibling",
                "A. Social Worker, allocated social worker, 1 December 2026: likely to cause serious harm",
                officer);
        Workbench.DocumentPage harmPage = workbench.document(reference, harmful.id());
        assertThat(harmPage.content().professionalOpinion()).startsWith("A. Social Worker, allocated social worker");
        assertThat(harmPage.document().explanation()).contains("professional's opinion: A. Social Worker");
        assertThat(documentPage(ref, harmful.id()))
                .contains("id=\"professional-opinion\"", "A. Social Worker, allocated social worker")
                .contains("serious harm, social work data (Sch 3 Part 3 para 11");
        workbench.addNote(reference, null, "Checked against the paper file.", officer);
        assertThat(workbench.progress(reference).complete()).isTrue();

        // The second-person check: not by whoever sent it.
        Actor managerWhoSent = manager;
        casework.act(reference, new ActionInput(RequestAction.SEND_FOR_QA, null, null), managerWhoSent);
        assertThatThrownBy(() -> workbench.decide(reference, accepted.id(), RedactionStatus.REJECTED, officer))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> qualityCheck.approve(reference, null, managerWhoSent))
                .isInstanceOf(ActionNotAllowedException.class)
                .hasMessageContaining("second person");
        Actor secondManager = secondManager();
        assertThat(jdbc.sql("""
                        select count(*) from case_document d where d.open_redactions <> (select count(*)
                            from redaction r where r.document_id = d.id and r.decision = 'PROPOSED')""").query(Integer.class).single())
                .as("documents whose kept count of open redactions is wrong")
                .isZero();
        QualityCheck.Summary summary = qualityCheck.summary(reference);
        assertThat(summary.changedDocuments()).extracting(ReviewDocument::id).contains(changed.id());
        assertThat(summary.changedRedactions()).extracting(RedactionView::id).contains(rejected.id(), added.id());
        assertThat(page("/requests/" + ref + "/quality-check", "IG_MANAGER"))
                .as("the second person sees each exemption applied")
                .contains("legal privilege (exemption)", "written or said by a member of the requester");
        qualityCheck.returnToOfficer(reference, "Look again at page 2.", secondManager);
        assertThat(casework.get(reference).status()).isEqualTo(RequestStatus.IN_PROGRESS);
        casework.act(reference, new ActionInput(RequestAction.SEND_FOR_QA, null, null), officer);
        assertThatThrownBy(() -> release.release(reference, null, officer)).hasMessageContaining("approved");
        qualityCheck.approve(reference, "Fine.", secondManager);
        assertThat(casework.get(reference).status()).isEqualTo(RequestStatus.APPROVED_FOR_RELEASE);

        // Release: the bundle prepared and verified in the background, then sealed in an encrypted package whose
        // password is shown once, and the request closed today.
        PreparedBundle prepared = ReviewSteps.prepared(context, reference, officer);
        assertThat(prepared.state()).as(String.join("; ", prepared.findings())).isEqualTo(PreparationState.READY);
        Release.Released released = release.release(reference, null, officer);
        char[] password = released.password().clone();
        InformationRequest closed = casework.get(reference);
        assertThat(closed.status()).isEqualTo(RequestStatus.RESPONDED);
        assertThat(closed.respondedOn()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/London")));
        Path sealed = release.packageFile(reference);
        assertThat(sealed.getFileName()).hasToString(ref + ".pdf");
        ownerOnly(Path.of(processed.folder()), Path.of(released.record().folder()));
        assertThat(Files.readString(Path.of(released.record().folder()).resolve("delivery/delivery.json")))
                .doesNotContain(new String(password))
                .contains("ENCRYPTED_PDF");
        String bundleText;
        try (PDDocument bundle = Loader.loadPDF(sealed.toFile(), new String(password))) {
            assertThat(bundle.getEncryption().getRevision()).isEqualTo(6);
            bundleText = new PDFTextStripper().getText(bundle);
            assertThat(bundle.getNumberOfPages()).isEqualTo(released.record().bundlePages());
        }
        assertThat(bundleText).contains(ref).doesNotContain(accepted.text()).doesNotContain(added.text());
        assertThat(bundleText.replaceAll("\\s+", " "))
                .as("each withholding reason in its own words, a father's letter never 'another organisation'")
                .contains("1 document was written by a member of your family.")
                .contains("1 document has been kept back because a social worker thinks reading it could cause"
                        + " serious harm to you or to someone else.")
                .contains("LP Legal advice to the council, which the law lets us keep private.");
        CouncilDetails councilDetails = council.current();
        assertThat(bundleText.replaceAll("\\s+", " "))
                .as("the covering letter is the council's, signed")
                .contains("personal information " + councilDetails.councilName() + " holds about you")
                .contains("Yours sincerely, " + councilDetails.signerName() + " " + councilDetails.signerRole());
        assertThatThrownBy(() -> Loader.loadPDF(sealed.toFile(), "wrong-password"))
                .isInstanceOf(InvalidPasswordException.class);

        // The password's release: by email only to the requester's own address.
        assertThatThrownBy(() -> release.recordPasswordRelease(
                        reference, PasswordReleaseMethod.EMAIL, "someone.else@example.org", officer))
                .hasMessageContaining("own address");
        assertThat(release.forRequester(reference)).hasValueSatisfying(download -> {
            assertThat(download.expired()).isFalse();
            assertThat(download.passwordAsked()).isFalse();
        });
        assertThat(release.requesterPackage(reference)).isEqualTo(sealed);
        release.requestPasswordByEmail(reference);
        assertThat(release.forRequester(reference).orElseThrow().passwordAsked())
                .isTrue();
        assertThatThrownBy(() -> release.emailPassword(reference, "NOT-THE-PASSWORD".toCharArray(), officer))
                .hasMessageContaining("not the package's password");
        release.emailPassword(reference, password.clone(), officer);
        assertThat(release.passwordReleases(release.released(reference).orElseThrow()))
                .singleElement()
                .extracting(PasswordReleaseRecord::recipient)
                .isEqualTo("jordan.ellis@example.org");

        // Every decision is in the audit log, with before and after.
        List<String> actions = audit.about(new AuditSubject("request", ref)).stream()
                .map(e -> e.action())
                .toList();
        assertThat(actions)
                .contains(
                        "CASE_FILE_ATTACHED",
                        "CASE_FILE_PROCESSED",
                        "REDACTION_ACCEPTED",
                        "REDACTION_REJECTED",
                        "REDACTIONS_ACCEPTED_EVERY_MENTION",
                        "REDACTION_ADDED",
                        "DISPOSITION_CHANGED",
                        "NOTE_ADDED",
                        "QUALITY_CHECK_RETURNED",
                        "QUALITY_CHECK_APPROVED",
                        "BUNDLE_RELEASED",
                        "PASSWORD_REQUESTED_BY_EMAIL",
                        "PASSWORD_RELEASED",
                        "REQUEST_RELEASE");
        assertThat(audit.about(new AuditSubject("request", ref)))
                .filteredOn(e -> e.action().equals("DISPOSITION_CHANGED")
                        && "father's letter; he refused consent".equals(e.reason()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(officer.username());
                    assertThat(e.before()).contains("DISCLOSE");
                    assertThat(e.after()).contains("WITHHOLD", "FAMILY_MEMBER_WORDS");
                });
        assertThat(audit.about(new AuditSubject("request", ref)))
                .filteredOn(e -> e.action().equals("DISPOSITION_CHANGED") && "risk to a sibling".equals(e.reason()))
                .singleElement()
                .satisfies(e -> assertThat(e.after())
                        .contains("SERIOUS_HARM_SOCIAL_WORK", "A. Social Worker, allocated social worker"));
    }

    @Test
    void aCaseFileIsRefusedWhenItCannotBeReadAndNothingIsKept() throws Exception {
        String ref = newRequest(aSubjectAccessRequest().json());
        Path notACase = tmp.resolve("not-a-case.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(notACase))) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        HttpResponse<String> refused = upload(ref, notACase);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("no case.json");
        assertThat(call("GET", "/api/requests/" + ref + "/case-file", staff(Role.IG_OFFICER), null)
                        .status())
                .isEqualTo(404);
    }

    private Actor secondManager() {
        if (directory.find("second-manager").isEmpty()) {
            accounts.create(
                    "second-manager",
                    "Second manager",
                    "second.manager@council.example",
                    Role.IG_MANAGER,
                    PASSWORD,
                    "test");
        }
        return new Actor("second-manager", Set.of(Role.IG_MANAGER));
    }

    /**
     * Where a word of the document starts that no other document of the case holds (so the bundle must not show it
     * at all once redacted), and that no proposal covers.
     */
    private java.util.OptionalInt ownWord(CaseReference reference, long document) {
        Workbench.DocumentPage page = workbench.document(reference, document);
        String text = page.content().text();
        List<RedactionView> redactions = page.redactions();
        String others = ReviewSteps.textOfOtherDocuments(workbench, reference, document, d -> true);
        java.util.regex.Matcher word =
                java.util.regex.Pattern.compile("\\b[A-Za-z]{5,}\\b").matcher(text);
        while (word.find()) {
            int s = word.start();
            String candidate = word.group().toLowerCase();
            boolean unredacted = redactions.stream().noneMatch(r -> r.start() < word.end() && s < r.end());
            if (unredacted
                    && !others.contains(candidate)
                    && text.toLowerCase().indexOf(candidate)
                            == text.toLowerCase().lastIndexOf(candidate)) {
                return java.util.OptionalInt.of(s);
            }
        }
        return java.util.OptionalInt.empty();
    }

    private CaseFileSummary waitUntilProcessed(CaseReference reference) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp)) {
            CaseFileSummary summary = workbench.caseFile(reference);
            if (summary.status() != CaseFileStatus.PROCESSING) {
                assertThat(summary.status()).isEqualTo(CaseFileStatus.PROCESSED);
                return summary;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the case file was not processed in 3 minutes");
    }

    /** The workbench's page of one document, as an officer sees it. */
    private String documentPage(String ref, long documentId) throws Exception {
        return page("/requests/" + ref + "/review/documents/" + documentId, "IG_OFFICER");
    }

    private String page(String path, String role) throws Exception {
        return mockMvc()
                .perform(get(path).with(user("staff").roles(role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private HttpResponse<String> upload(String ref, Path zip) throws IOException, InterruptedException {
        String credentials = staff(Role.IG_OFFICER) + ":" + PASSWORD;
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/requests/" + ref + "/case-file"))
                                .header("Content-Type", "application/zip")
                                .header("Accept", "application/json")
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofFile(zip))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** Nobody but the account running OpenSAR can open the unpacked case file or the release's folders. */
    /**
     * The officer opens, from a removed copy's "Copy of" row, the copy beside the document it copies: both texts, and
     * what only the copy has (the print line of a printed copy) marked in words, not colour alone.
     */
    private void aRemovedCopyIsShownBesideTheDocumentItCopies(String ref, List<ReviewDocument> everything)
            throws Exception {
        var mvc = mockMvc();
        var officer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        staff(Role.IG_OFFICER))
                .roles(Role.IG_OFFICER.name());
        List<ReviewDocument> copies = everything.stream()
                .filter(d -> d.reason() == ReasonCode.DUPLICATE)
                .toList();
        assertThat(copies).isNotEmpty();
        String documentPage = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/requests/" + ref
                                        + "/review/documents/" + copies.get(0).id())
                                .with(officer))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(documentPage)
                .contains("href=\"/requests/" + ref + "/review/documents/"
                        + copies.get(0).id() + "/copy\"");
        ReviewDocument notACopy = everything.stream()
                .filter(d -> d.reason() != ReasonCode.DUPLICATE)
                .findFirst()
                .orElseThrow();
        var refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/requests/" + ref + "/review/documents/" + notACopy.id() + "/copy")
                        .with(officer))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(refused.getContentAsString()))
                .contains(notACopy.file() + " was not removed as a copy of another document.");
        String marked = null;
        ReviewDocument shown = null;
        for (ReviewDocument copy : copies) {
            var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                    "/requests/" + ref + "/review/documents/" + copy.id() + "/copy")
                            .with(officer))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(copy.file()).isEqualTo(200);
            String page = response.getContentAsString();
            if (page.contains("Only in the copy")) {
                marked = page;
                shown = copy;
                break;
            }
        }
        assertThat(marked)
                .as("a removed copy with something only it has, among " + copies)
                .isNotNull();
        String kept =
                workbench.document(new CaseReference(ref), shown.id()).content().duplicateOf();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(marked))
                .contains("The copy: " + shown.file() + " (removed)")
                .contains("The kept document: " + kept)
                .contains("data-side=\"copy\"", "data-side=\"kept\"")
                .contains("(nothing here)");
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(marked);
        for (long id : List.of(
                shown.id(),
                everything.stream()
                        .filter(d -> d.file().equals(kept))
                        .findFirst()
                        .orElseThrow()
                        .id())) {
            java.util.regex.Matcher word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]{4,}")
                    .matcher(workbench
                            .document(new CaseReference(ref), id)
                            .content()
                            .text());
            assertThat(word.find()).isTrue();
            assertThat(page).as("a word of each text is on the page").contains(word.group());
        }
    }

    private static void ownerOnly(Path caseFolder, Path releaseFolder) throws java.io.IOException {
        try (var paths = Files.walk(caseFolder)) {
            for (Path path : paths.toList()) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                        .as(path.toString())
                        .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        }
        for (Path folder : List.of(
                releaseFolder,
                releaseFolder.getParent(),
                releaseFolder.getParent().getParent())) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                    .as(folder.toString())
                    .isEqualTo("rwx------");
        }
    }

    private void redactionsOnTypedPdfPagesAreMarkedOnTheirImages(CaseReference reference, CaseFileSummary caseFile) {
        int onMarkedPages = 0;
        Set<Long> marked = new java.util.HashSet<>();
        for (ReviewDocument d : workbench.documents(reference, ReviewFilter.ALL, 0, 100)) {
            if (!d.file().endsWith(".pdf")) {
                continue;
            }
            Workbench.DocumentPage document = workbench.document(reference, d.id());
            for (int p = 1; p <= d.pages(); p++) {
                int page = p;
                List<PageImages.PageMark> marks = pageImages.marks(Path.of(caseFile.folder()), document, page);
                if (marks.isEmpty()) {
                    continue;
                }
                onMarkedPages += (int) document.redactions().stream()
                        .filter(r -> r.page() == page)
                        .count();
                for (PageImages.PageMark mark : marks) {
                    assertThat(document.redactions()).anyMatch(r -> r.id() == mark.redaction() && r.page() == page);
                    assertThat(List.of(mark.left(), mark.top(), mark.left() + mark.width(), mark.top() + mark.height()))
                            .allMatch(v -> v >= 0 && v <= 100);
                    marked.add(mark.redaction());
                }
            }
        }
        assertThat(marked).as("redactions marked on typed PDF page images").isNotEmpty();
        assertThat(marked.size()).isGreaterThanOrEqualTo(onMarkedPages * 9 / 10);
    }

    /** The open name redactions anywhere in the case file that name the same person as {@code name} does. */
    private List<RedactionView> openMentionsOf(CaseReference reference, CaseFileSummary caseFile, RedactionView name) {
        Set<String> forms = new PersonMentions(CaseDescriptionReader.read(Path.of(caseFile.folder(), "case.json")))
                .sameAs(name.text());
        return workbench.documents(reference, ReviewFilter.ALL, 0, 1000).stream()
                .flatMap(d -> workbench.document(reference, d.id()).redactions().stream())
                .filter(r -> r.open() && r.type() == PersonalDataType.PERSON)
                .filter(r -> forms.isEmpty()
                        ? r.text().equalsIgnoreCase(name.text())
                        : forms.contains(PersonMentions.fold(r.text())))
                .toList();
    }

    /** Whether any line of the document's text (of some length) is in another disclosed document too. */
    private boolean repeatedInAnotherDisclosed(CaseReference reference, long document) {
        String others = ReviewSteps.textOfOtherDocuments(
                workbench, reference, document, d -> d.disposition() == Disposition.DISCLOSE);
        return workbench
                .document(reference, document)
                .content()
                .text()
                .lines()
                .map(line -> line.strip().toLowerCase())
                .filter(line -> line.length() >= 40)
                .anyMatch(others::contains);
    }
}
