package org.opensar.engine.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.opensar.engine.policy.Disposition;

/**
 * redaction-log.csv, which the council keeps: every redaction box (document, bundle page, type, code, reason,
 * exemption, who decided and when), every document kept back with its reason, and the verification result.
 */
final class RedactionLog {

    static final String[] HEADER = {
        "document", "page", "type", "code", "reason code", "exemption", "decided by", "decided at", "note"
    };

    private RedactionLog() {}

    /** One CSV record; Commons CSV's own printer is avoided only because its annotations upset -Xlint. */
    @FunctionalInterface
    private interface Row {
        void printRecord(Object... values) throws IOException;
    }

    static void write(
            Path file,
            BundleRequest request,
            RenderedBundle rendered,
            Verification verification,
            List<DocumentCompleteness> completeness)
            throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Row csv = values -> out.write(CSVFormat.DEFAULT.format(values) + "\r\n");
            csv.printRecord((Object[]) HEADER);
            for (PlacedRedaction p : rendered.redactions()) {
                csv.printRecord(
                        p.file(),
                        p.bundlePage(),
                        p.type(),
                        p.code(),
                        p.reason(),
                        request.wordings().exemption(p.code().ground()),
                        p.decidedBy(),
                        p.decidedAt(),
                        "");
            }
            for (BundleDocument d : request.documents()) {
                if (d.decision().disposition() != Disposition.DISCLOSE) {
                    csv.printRecord(
                            d.document().file(),
                            "",
                            "whole document: " + d.decision().disposition(),
                            "",
                            d.decision().reason(),
                            request.wordings().exemption(d.decision().reason()),
                            d.decidedBy(),
                            d.decidedAt(),
                            d.decision().explanation());
                }
            }
            for (RenderedBundle.IndexEntry entry : rendered.index()) {
                if (entry.mode() == RenderMode.RASTERISE) {
                    csv.printRecord(
                            entry.file(),
                            entry.firstPage(),
                            "rendered: RASTERISE",
                            "",
                            "",
                            "",
                            "opensar renderer",
                            request.issued(),
                            "scanned: page images with the boxes burned in, text layer read by OCR from the redacted"
                                    + " images");
                }
            }
            for (String note : rendered.notes()) {
                String document = note.substring(0, note.indexOf(": "));
                csv.printRecord(
                        document,
                        "",
                        "rendered: TYPESET",
                        "",
                        "",
                        "",
                        "opensar renderer",
                        request.issued(),
                        note.substring(document.length() + 2));
            }
            for (String unreadable : rendered.unreadable()) {
                String document = unreadable.substring(0, unreadable.lastIndexOf(": "));
                csv.printRecord(
                        document,
                        "",
                        "whole document: not rendered",
                        "",
                        "",
                        "",
                        "opensar renderer",
                        request.issued(),
                        "could not be read again while rendering (" + unreadable.substring(document.length() + 2)
                                + "); listed as awaiting review");
            }
            for (DocumentCompleteness c : completeness) {
                csv.printRecord(
                        c.file(),
                        c.firstPage() > 0 ? c.firstPage() : "",
                        "completeness",
                        "",
                        c.complete() ? "COMPLETE" : "INCOMPLETE",
                        "",
                        "opensar verifier",
                        request.issued(),
                        c.complete()
                                ? "the bundle holds all of the approved text (" + c.percent() + "), in order"
                                : c.percent() + " of the approved words; " + c.difference());
            }
            csv.printRecord(
                    "bundle.pdf",
                    "",
                    "verification",
                    "",
                    verification.clean() ? "VERIFIED_CLEAN" : "VERIFICATION_FAILED",
                    "",
                    "opensar verifier",
                    request.issued(),
                    verification.clean()
                            ? "no redacted or withheld text found in text, strings, streams or revisions; every"
                                    + " document to disclose complete"
                            : String.join("; ", verification.findings()));
        }
    }
}
