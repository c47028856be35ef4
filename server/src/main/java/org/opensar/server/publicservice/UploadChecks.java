package org.opensar.server.publicservice;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.identity.EvidenceItem;
import org.opensar.server.identity.IdentityVerification;
import org.opensar.server.staff.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * An officer's check of a requester's document: viewed in the browser, page by page (a PDF as page images, so it
 * never reaches the browser's PDF reader), each officer's first look audited; then accepted as evidence received
 * on the day it arrived, which only an officer who has seen every page may do, or rejected with a reason the
 * requester is shown.
 */
@Service
class UploadChecks {

    /** An identity document has a page or two; a longer PDF is shown this far, and accepted on what was shown. */
    static final int MOST_PAGES = 20;

    private static final float DPI = 110;

    private final Uploads uploads;
    private final IdentityVerification identity;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    UploadChecks(
            Uploads uploads,
            IdentityVerification identity,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.uploads = uploads;
        this.identity = identity;
        this.jdbc = jdbc;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** How many pages the document shows (0 for a PDF that cannot be read, say one that needs a password). */
    int pages(Uploads.Stored upload) {
        if (upload.image()) {
            return 1;
        }
        try (PDDocument pdf = Loader.loadPDF(uploads.open(upload))) {
            return Math.min(pdf.getNumberOfPages(), MOST_PAGES);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The photo as uploaded, for the officer's page; recorded as seen. */
    @Transactional
    byte[] image(Uploads.Stored upload, Actor officer) {
        if (!upload.image()) {
            throw new Uploads.Refused("This document is a PDF: it is shown page by page");
        }
        seen(upload, 1, officer);
        return uploads.open(upload);
    }

    /** A page (from 1) of a PDF as a PNG; recorded as seen. */
    @Transactional
    byte[] page(Uploads.Stored upload, int page, Actor officer) {
        if (upload.image() || page < 1 || page > MOST_PAGES) {
            throw new Uploads.Refused("There is no page " + page + " of this document");
        }
        try (PDDocument pdf = Loader.loadPDF(uploads.open(upload))) {
            if (page > pdf.getNumberOfPages()) {
                throw new Uploads.Refused("There is no page " + page + " of this document");
            }
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            seen(upload, page, officer);
            return png.toByteArray();
        } catch (IOException e) {
            throw new Uploads.Refused("The PDF cannot be shown (" + e.getClass().getSimpleName()
                    + "): reject it and ask for another copy");
        }
    }

    /**
     * Accepts the document as the officer describes it, having seen it, as evidence received on the day it
     * arrived: the clock starts from then once the evidence is enough.
     */
    @Transactional
    IdentityVerification.IdentityFile accept(
            CaseReference reference, UUID id, Uploads.Described described, Actor officer) {
        Uploads.Stored upload = awaiting(reference, id);
        int pages = pages(upload);
        Set<Integer> seen =
                Set.copyOf(jdbc.sql("select page from public_upload_view where upload_id = :id and viewer = :viewer")
                        .param("id", id)
                        .param("viewer", officer.username())
                        .query(Integer.class)
                        .list());
        if (pages == 0 || seen.size() < pages) {
            throw new Uploads.Refused("Look at every page of the document before accepting it: you have seen "
                    + seen.size() + " of " + pages + ".");
        }
        LocalDate arrived =
                upload.uploadedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        EvidenceItem item;
        try {
            item = new EvidenceItem(
                    described.type(),
                    described.documentDate(),
                    arrived,
                    described.expiresOn(),
                    described.showsCurrentAddress(),
                    "sent by the requester on " + arrived + ", checked by " + officer.username());
        } catch (IllegalArgumentException e) {
            throw new Uploads.Refused(e.getMessage());
        }
        IdentityVerification.IdentityFile file = identity.record(reference, item, officer);
        checked(upload, Uploads.Status.ACCEPTED, null, officer);
        return file;
    }

    /** Rejects the document, with the reason the requester will read on their page. */
    @Transactional
    void reject(CaseReference reference, UUID id, String reason, Actor officer) {
        if (reason == null || reason.isBlank()) {
            throw new Uploads.Refused("Say why the document cannot be accepted: the requester is shown it");
        }
        checked(awaiting(reference, id), Uploads.Status.REJECTED, reason.strip(), officer);
    }

    private Uploads.Stored awaiting(CaseReference reference, UUID id) {
        Uploads.Stored upload =
                uploads.stored(reference, id).orElseThrow(() -> new Uploads.Refused("There is no such document"));
        if (upload.status() != Uploads.Status.AWAITING_CHECK) {
            throw new Uploads.Refused("This document has been checked already ("
                    + upload.status().label() + " by " + upload.checkedBy() + ")");
        }
        return upload;
    }

    private void checked(Uploads.Stored upload, Uploads.Status status, String reason, Actor officer) {
        jdbc.sql("""
                update public_upload set status = :status, checked_by = :officer, checked_at = now(),
                    rejection_reason = :reason where id = :id""")
                .param("status", status.name())
                .param("officer", officer.username())
                .param("reason", reason)
                .param("id", upload.id())
                .update();
        events.publishEvent(new UploadEvent(
                officer.username(),
                upload.reference(),
                status == Uploads.Status.ACCEPTED ? "IDENTITY_DOCUMENT_ACCEPTED" : "IDENTITY_DOCUMENT_REJECTED",
                json.writeValueAsString(new Uploads.Upload(upload.id(), upload.type())),
                reason));
    }

    private void seen(Uploads.Stored upload, int page, Actor officer) {
        boolean first = jdbc.sql("select count(*) from public_upload_view where upload_id = :id and viewer = :viewer")
                        .param("id", upload.id())
                        .param("viewer", officer.username())
                        .query(Long.class)
                        .single()
                == 0;
        jdbc.sql("""
                insert into public_upload_view (upload_id, viewer, page) values (:id, :viewer, :page)
                on conflict do nothing""")
                .param("id", upload.id())
                .param("viewer", officer.username())
                .param("page", page)
                .update();
        if (first) {
            events.publishEvent(new UploadEvent(
                    officer.username(),
                    upload.reference(),
                    "UPLOAD_OPENED",
                    json.writeValueAsString(new Uploads.Upload(upload.id(), upload.type())),
                    null));
        }
    }
}
