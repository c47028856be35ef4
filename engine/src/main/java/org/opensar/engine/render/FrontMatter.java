package org.opensar.engine.render;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages before the records: cover, covering letter, what we removed and why, the key to the redaction codes,
 * the glossary and the index. Its length does not depend on the page numbers it prints, so it can be laid out once
 * to count its pages and again for real.
 */
record FrontMatter(
        BundleRequest request,
        String subjectName,
        List<RenderedBundle.IndexEntry> index,
        List<Awaiting> awaitingReview,
        List<Glossary.Term> glossary,
        Map<RedactionCode, Integer> redactions) {

    /** A document the index lists as awaiting review: its title as printed, and its date (null if not known). */
    record Awaiting(String title, LocalDate date) {}

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Writes the front matter; disclosed documents' page numbers in the index are moved on by {@code offset}. */
    void write(Typesetter t, int offset) throws IOException {
        FrontMatterLayout layout = new FrontMatterLayout(t);
        CoveringLetter letter = request.letter();
        t.newPage();
        t.space(160);
        t.heading("Your records", 24, 1);
        t.paragraph("A copy of the personal information " + letter.council() + " holds about you.");
        t.space(20);
        t.paragraph("Name: " + subjectName);
        t.paragraph("Our reference: " + request.description().reference());
        t.paragraph("Date: " + DATE.format(request.issued()));

        t.newPage();
        t.heading("About your records", 16, 1);
        t.paragraph("Dear " + subjectName + ",");
        if (request.documents().isEmpty()) {
            t.paragraph("You asked us for a copy of the personal information we hold about you (a subject access"
                    + " request under Article 15 of the UK GDPR). We have searched our records and we hold no"
                    + " personal information about you. The law still asks us to tell you the following.");
        } else {
            t.paragraph("You asked us for a copy of the personal information we hold about you (a subject access"
                    + " request under Article 15 of the UK GDPR). This bundle contains it. Besides the copy, the law"
                    + " says we must tell you the following.");
        }
        section(t, "Why we hold your information", letter.purposes());
        section(t, "What kinds of information we hold", letter.categories());
        section(t, "Who sees it and who we share it with", letter.recipients());
        section(t, "How long we keep it", letter.retention());
        section(t, "Where it came from", letter.sources());
        section(t, "Your rights", letter.rights());
        section(t, "If you are unhappy", letter.complaint());
        section(t, "Support", letter.support());
        section(t, "Contact us", letter.contact());
        t.paragraph("Yours sincerely,");
        t.paragraph(letter.signature().name());
        t.paragraph(letter.signature().role() + ", " + letter.council());

        t.newPage();
        t.heading("What we removed and why", 16, 1);
        t.paragraph("Some information is not in this bundle, or is covered by a black box. This page says what and"
                + " why. If anything is unclear, contact us and we will explain it.");
        t.open("L");
        for (String sentence : RemovedSummary.sentences(request.documents(), request.wordings(), redactions)) {
            layout.item(sentence);
        }
        t.closeElement();

        List<RedactionCode> keyed = Arrays.stream(RedactionCode.values())
                .filter(code -> code.thirdParty() || redactions.containsKey(code))
                .toList();
        t.keepLines(4 + keyed.size() + 1);
        t.heading("Key to the boxes", 14, 2);
        t.paragraph("A black box with a code shows where we covered information. The code says what kind of"
                + " information it was. The box is the same size whatever it covers.");
        t.open("Table");
        for (RedactionCode code : keyed) {
            layout.row(code.name(), code.meaning(request.wordings()));
        }
        t.closeElement();

        if (!glossary.isEmpty()) {
            t.newPage();
            t.heading("Words used in your records", 16, 1);
            for (Glossary.Term term : glossary) {
                t.paragraph(term.term() + ": " + term.explanation());
            }
        }

        t.newPage();
        t.heading("Index of documents", 16, 1);
        if (index.isEmpty()) {
            t.paragraph("There are no documents in this bundle.");
        } else {
            t.open("Table");
            layout.headerRow("Date", "Document", "Starts on");
            for (RenderedBundle.IndexEntry entry : index) {
                layout.entry(date(entry.date()), entry.title(), "page " + (entry.firstPage() + offset));
            }
            t.closeElement();
        }
        if (!awaitingReview.isEmpty()) {
            t.heading("Awaiting review", 12, 2);
            t.open("Table");
            for (Awaiting document : awaitingReview) {
                layout.entry(date(document.date()), document.title(), "awaiting review");
            }
            t.closeElement();
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "no date" : DATE.format(date);
    }

    private static void section(Typesetter t, String heading, String text) throws IOException {
        t.heading(heading, 12, 2);
        t.paragraph(text);
    }
}
