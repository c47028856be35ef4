package org.opensar.server.publicservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensar.server.publicservice.Requesters.aSubjectAccessRequest;
import static org.opensar.server.publicservice.Requesters.date;
import static org.opensar.server.publicservice.Requesters.image;
import static org.opensar.server.publicservice.Requesters.passport;
import static org.opensar.server.publicservice.Requesters.pdfOfPages;
import static org.opensar.server.publicservice.Requesters.person;
import static org.opensar.server.publicservice.Requesters.signedIn;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.RequestEvent;
import org.opensar.server.casework.RequestEventType;
import org.opensar.server.identity.EvidenceItem;
import org.opensar.server.identity.EvidenceType;
import org.opensar.server.identity.IdentityVerification;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Identity documents a requester sends: they confirm nothing by themselves; an officer views each in the page,
 * every page of it, and accepts it (received on the day it arrived) or rejects it, and the requester is told
 * which. Synthetic people and documents only.
 */
class IdentityDocumentsIT extends PublicServiceTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    private Submissions submissions;

    @Autowired
    private Uploads uploads;

    @Autowired
    private Casework casework;

    @Autowired
    private IdentityVerification identity;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void theRequestersOwnDocumentsConfirmNothingUntilAnOfficerHasSeenAndAcceptedEach() throws IOException {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(submissions, email);
        PublicClient requester = signedIn(port, reference, email);
        requester.upload("/public/your-request/upload", passport(), "passport.png", "image/png", image("png"));
        PublicClient.Page sent =
                requester.upload("/public/your-request/upload", aBill(), "bill.pdf", "application/pdf", pdfOfPages(1));

        assertThat(sent.body()).contains("An officer will look at it").doesNotContain("confirm who you are");
        assertThat(requester.get("/public/your-request").body())
                .contains("We are checking the documents you sent", "Current signed passport")
                .doesNotContain("confirmed who you are", "We have everything we need");
        assertThat(identity.file(reference).assessment().satisfied()).isFalse();
        assertThat(casework.get(reference).identityReceivedOn()).isNull();
        assertThat(types(casework.timeline(reference))).doesNotContain(RequestEventType.IDENTITY_CONFIRMED);

        PublicClient officer = officer();
        for (Uploads.Stored upload : uploads.stored(reference)) {
            assertThat(accept(officer, reference, upload).body())
                    .as("nothing is accepted unseen")
                    .contains("Look at every page of the document before accepting it");
            String page = officer.get(path(reference, upload)).body();
            assertThat(page).contains("Check a document", upload.image() ? "/content" : "/pages/1.png");
            HttpResponse<byte[]> shown =
                    officer.download(path(reference, upload) + (upload.image() ? "/content" : "/pages/1.png"));
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(shown.headers().firstValue("Content-Disposition")).hasValue("inline");
            assertThat(shown.headers().firstValue("Content-Type")).hasValue(upload.image() ? "image/png" : "image/png");
            accept(officer, reference, upload);
        }

        assertThat(identity.file(reference).assessment().satisfied()).isTrue();
        assertThat(casework.get(reference).identityReceivedOn())
                .as("the clock counts from the day the documents arrived")
                .isEqualTo(uploads.stored(reference)
                        .get(1)
                        .uploadedAt()
                        .atZoneSameInstant(UK)
                        .toLocalDate());
        RequestEvent confirmed = casework.timeline(reference).stream()
                .filter(e -> e.type() == RequestEventType.IDENTITY_CONFIRMED)
                .findFirst()
                .orElseThrow();
        assertThat(confirmed.actor()).isEqualTo(staff(Role.IG_OFFICER));
        assertThat(requester.get("/public/your-request").body()).contains("confirmed who you are");
        assertThat(audited(reference, "UPLOAD_OPENED")).isEqualTo(2);
        assertThat(audited(reference, "IDENTITY_DOCUMENT_ACCEPTED")).isEqualTo(2);
    }

    @Test
    void everyPageOfAPdfIsShownInThePageAndMustBeSeen() throws IOException {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(submissions, email);
        signedIn(port, reference, email)
                .upload("/public/your-request/upload", aBill(), "bill.pdf", "application/pdf", pdfOfPages(2));
        Uploads.Stored bill = uploads.stored(reference).get(0);
        PublicClient officer = officer();

        String page = officer.get(path(reference, bill)).body();
        officer.download(path(reference, bill) + "/pages/1.png");
        String refused = accept(officer, reference, bill).body();
        HttpResponse<byte[]> second = officer.download(path(reference, bill) + "/pages/2.png");
        accept(officer, reference, bill);

        assertThat(page).contains("Page 1 of 2", "Page 2 of 2").doesNotContain("<object", "<embed", "<iframe");
        assertThat(refused).contains("you have seen 1 of 2");
        assertThat(second.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(uploads.stored(reference).get(0).status()).isEqualTo(Uploads.Status.ACCEPTED);
        assertThat(officer.download(path(reference, bill) + "/content").statusCode())
                .as("a PDF itself never goes to the browser")
                .isEqualTo(404);
    }

    @Test
    void aRejectedDocumentIsToldToTheRequesterWithTheReason() throws IOException {
        String email = person();
        CaseReference reference = aSubjectAccessRequest(submissions, email);
        PublicClient requester = signedIn(port, reference, email);
        requester.upload("/public/your-request/upload", passport(), "passport.jpg", "image/jpeg", image("jpeg"));
        Uploads.Stored passport = uploads.stored(reference).get(0);
        PublicClient officer = officer();
        officer.get(path(reference, passport));

        officer.post(path(reference, passport) + "/reject", Map.of("reason", "The photo is too blurred to read"));

        assertThat(uploads.stored(reference).get(0).status()).isEqualTo(Uploads.Status.REJECTED);
        assertThat(requester.get("/public/your-request").body())
                .contains("We could not accept", "The photo is too blurred to read", "proof of identity");
        assertThat(audited(reference, "IDENTITY_DOCUMENT_REJECTED")).isEqualTo(1);
    }

    @Test
    void nobodyButAnOfficerRecordsEvidence() {
        CaseReference reference = aSubjectAccessRequest(submissions, person());
        EvidenceItem passport = new EvidenceItem(
                EvidenceType.PASSPORT, null, LocalDate.now(UK), LocalDate.now().plusYears(2), false, "");

        assertThatThrownBy(() -> identity.record(reference, passport, Actor.requester(reference.value())))
                .hasMessageContaining("Only an IG officer records identity evidence");
        assertThatThrownBy(() -> identity.record(reference, passport, new Actor("audrey", Set.of(Role.AUDITOR))))
                .hasMessageContaining("Only an IG officer");
    }

    private PublicClient officer() {
        PublicClient officer = new PublicClient(port);
        officer.get("/sign-in");
        officer.post("/sign-in", Map.of("username", staff(Role.IG_OFFICER), "password", PASSWORD));
        return officer;
    }

    private static PublicClient.Page accept(PublicClient officer, CaseReference reference, Uploads.Stored upload) {
        officer.get(path(reference, upload));
        Map<String, String> fields = new HashMap<>(Map.of("type", upload.type().name()));
        if (upload.documentDate() != null) {
            fields.put("documentDate", upload.documentDate().toString());
            fields.put("showsCurrentAddress", "true");
        }
        if (upload.expiresOn() != null) {
            fields.put("expiresOn", upload.expiresOn().toString());
        }
        return officer.post(path(reference, upload) + "/accept", fields);
    }

    private static String path(CaseReference reference, Uploads.Stored upload) {
        return "/requests/" + reference.value() + "/uploads/" + upload.id();
    }

    private static Map<String, String> aBill() {
        Map<String, String> fields = new HashMap<>(Map.of("type", "BANK_STATEMENT", "showsCurrentAddress", "yes"));
        fields.putAll(date("documentDate", LocalDate.now().minusMonths(1)));
        return fields;
    }

    private static List<RequestEventType> types(List<RequestEvent> timeline) {
        return timeline.stream().map(RequestEvent::type).toList();
    }

    private int audited(CaseReference reference, String action) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :r")
                .param("a", action)
                .param("r", reference.value())
                .query(Integer.class)
                .single();
    }
}
