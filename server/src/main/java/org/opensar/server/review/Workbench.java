package org.opensar.server.review;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDescriptionReader;
import org.opensar.engine.casefile.CaseFileException;
import org.opensar.engine.casefile.DocumentPart;
import org.opensar.engine.detect.PersonMentions;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;
import org.opensar.engine.detect.RedactionStatus;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.engine.process.SharedTextMarker;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.InformationRequest;
import org.opensar.server.staff.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The officer's review of a processed case file: the documents with the engine's decisions, and the officer's own
 * decisions on them (accept or reject each proposed redaction, or every mention of one name at once; add a
 * redaction; change a document's disposition with a reason; notes). Each decision is audited with before and after.
 * Decisions can be made while the request is being worked on, not while it is with the manager or once closed.
 */
@Service
public class Workbench {

    private final Casework casework;
    private final CaseFileRepository caseFiles;
    private final RedactionRepository redactions;
    private final DisclosurePolicy policy;
    private final SharedTextMarker sharedText;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    Workbench(
            Casework casework,
            CaseFileRepository caseFiles,
            RedactionRepository redactions,
            DisclosurePolicy policy,
            SharedTextMarker sharedText,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.casework = casework;
        this.caseFiles = caseFiles;
        this.redactions = redactions;
        this.policy = policy;
        this.sharedText = sharedText;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** One document as the viewer shows it, with the next one that still needs a decision. */
    public record DocumentPage(
            CaseFileSummary caseFile,
            ReviewDocument document,
            CaseFileRepository.DocumentContent content,
            List<RedactionView> redactions,
            List<ReviewNote> notes,
            Optional<Long> next) {

        /** The document's text, with the redactions in it. */
        public List<TextSegment> segments() {
            return TextSegment.of(content.text(), in(DocumentPart.BODY));
        }

        /**
         * What the bundle prints about the document besides its text, with the redactions in each: its title, and
         * the records system's author and source where it has them.
         */
        public List<PrintedPart> printed() {
            List<PrintedPart> parts = new ArrayList<>();
            parts.add(new PrintedPart(DocumentPart.TITLE, TextSegment.of(document.title(), in(DocumentPart.TITLE))));
            if (content.author() != null && !content.author().isBlank()) {
                parts.add(new PrintedPart(
                        DocumentPart.AUTHOR, TextSegment.of(content.author(), in(DocumentPart.AUTHOR))));
            }
            if (content.source() != null && !content.source().isBlank()) {
                parts.add(new PrintedPart(
                        DocumentPart.SOURCE, TextSegment.of(content.source(), in(DocumentPart.SOURCE))));
            }
            return parts;
        }

        private List<RedactionView> in(DocumentPart part) {
            return redactions.stream().filter(r -> r.part() == part).toList();
        }
    }

    /** A part of a document the bundle prints, as the workbench shows it with its redactions. */
    public record PrintedPart(DocumentPart part, List<TextSegment> segments) {}

    /**
     * A request with its case file, looked up once for a page that shows several things about it (each of the
     * reading methods below that takes a reference looks both up again).
     */
    public record OpenedCaseFile(InformationRequest request, CaseFileSummary caseFile) {

        /** Whether decisions can be made on this request's case file now. */
        public boolean editable() {
            return request.status().reviewable();
        }
    }

    public OpenedCaseFile open(CaseReference reference) {
        InformationRequest request = casework.get(reference);
        return new OpenedCaseFile(
                request,
                caseFiles
                        .forRequest(request.id())
                        .orElseThrow(() -> new CaseFileRefusedException("This request has no case file yet.")));
    }

    public CaseFileSummary caseFile(CaseReference reference) {
        return open(reference).caseFile();
    }

    public List<ReviewDocument> documents(CaseReference reference, ReviewFilter filter, int offset, int limit) {
        return documents(caseFile(reference), filter, offset, limit);
    }

    public List<ReviewDocument> documents(CaseFileSummary caseFile, ReviewFilter filter, int offset, int limit) {
        return caseFiles.documents(caseFile.id(), filter, offset, limit);
    }

    public List<CaseFileRepository.DispositionCount> counts(CaseReference reference) {
        return counts(caseFile(reference));
    }

    public List<CaseFileRepository.DispositionCount> counts(CaseFileSummary caseFile) {
        return caseFiles.countsByDisposition(caseFile.id());
    }

    public ReviewProgress progress(CaseReference reference) {
        return progress(caseFile(reference));
    }

    public ReviewProgress progress(CaseFileSummary caseFile) {
        return caseFiles.progress(caseFile.id());
    }

    public List<ReviewNote> caseNotes(CaseFileSummary caseFile) {
        return redactions.notes(caseFile.id(), null);
    }

    public DocumentPage document(CaseReference reference, long documentId) {
        return document(caseFile(reference), documentId);
    }

    public DocumentPage document(CaseFileSummary caseFile, long documentId) {
        ReviewDocument document = document(caseFile.id(), documentId);
        return new DocumentPage(
                caseFile,
                document,
                caseFiles.content(documentId),
                redactions.forDocument(documentId),
                redactions.notes(caseFile.id(), documentId),
                caseFiles.nextNeedingReview(caseFile.id(), document.ordinal()));
    }

    /** One document's place in the case file, without its text. */
    public ReviewDocument document(UUID caseFileId, long documentId) {
        return caseFiles
                .document(caseFileId, documentId)
                .orElseThrow(() -> new CaseFileRefusedException("There is no such document in this case file."));
    }

    /** Accepts or rejects one redaction; returns the document it is on. */
    @Transactional
    public long decide(CaseReference reference, long redactionId, RedactionStatus decision, Actor actor) {
        CaseFileSummary caseFile = editableCaseFile(reference);
        RedactionView before = redaction(caseFile, redactionId);
        redactions.decide(redactionId, decision, actor.username(), now());
        events.publishEvent(new RedactionDecided(reference, actor, before, redaction(caseFile, redactionId)));
        return before.documentId();
    }

    /**
     * Accepts or rejects every still-open redaction of the same person or text in the whole case file ("every mention
     * of this name"): for a name case.json lists, every way of writing that person (full name, aliases, first name,
     * surname) that names nobody else; otherwise the same text and type. Returns how many were decided.
     */
    @Transactional
    public int decideEveryMention(CaseReference reference, long redactionId, RedactionStatus decision, Actor actor) {
        CaseFileSummary caseFile = editableCaseFile(reference);
        RedactionView example = redaction(caseFile, redactionId);
        Set<String> names = example.type() == PersonalDataType.PERSON ? sameNamed(caseFile, example) : Set.of();
        int decided = names.isEmpty()
                ? redactions.decideEveryMention(
                        caseFile.id(), example.text(), example.type(), decision, actor.username(), now())
                : redactions.decideEveryMentionOf(caseFile.id(), names, decision, actor.username(), now());
        events.publishEvent(new MentionsDecided(
                reference,
                actor,
                new MentionsDecided.EveryMention(
                        example.text(), example.type(), new TreeSet<>(names), decision, decided)));
        return decided;
    }

    /** The person's ways of being written, from the case file's case.json; none when it cannot be read. */
    private static Set<String> sameNamed(CaseFileSummary caseFile, RedactionView example) {
        try {
            CaseDescription description = CaseDescriptionReader.read(Path.of(caseFile.folder(), "case.json"));
            return new PersonMentions(description).sameAs(example.text());
        } catch (CaseFileException e) {
            return Set.of();
        }
    }

    /** Adds an officer's redaction of the words they selected, for the reason they gave (see SelectedPassage). */
    @Transactional
    public RedactionView addRedaction(CaseReference reference, long documentId, SelectedPassage passage, Actor actor) {
        CaseFileSummary caseFile = editableCaseFile(reference);
        document(caseFile.id(), documentId);
        CaseFileRepository.DocumentContent content = caseFiles.content(documentId);
        int start = passage.start();
        int end = passage.end();
        if (start < 0 || end > content.text().length() || start >= end) {
            throw new CaseFileRefusedException("Select some of the document's text to redact.");
        }
        String text = content.text().substring(start, end);
        if (text.isBlank()) {
            throw new CaseFileRefusedException("The selection is only white space: select the words to redact.");
        }
        RedactionReason reason = ExemptionChecks.passage(passage.type(), passage.exemption());
        String opinionOf = ExemptionChecks.opinion(reason.needsProfessionalOpinion(), passage.opinion());
        long id = redactions.insertOfficers(
                documentId,
                start,
                end,
                pageAt(content.pageStarts(), start),
                text,
                passage.type(),
                reason,
                ExemptionChecks.withOpinion(
                        "Selected by " + actor.username() + ": " + reason.plainEnglish(), opinionOf),
                actor.username(),
                now());
        RedactionView added = redaction(caseFile, id);
        record(reference, actor, "REDACTION_ADDED", null, added, null);
        return added;
    }

    /**
     * Changes a document's disposition to the one {@code reason} gives, with the officer's reason recorded, and for
     * serious harm the opinion of the appropriate professional, without which it is refused. Returns,
     * one sentence each, the documents the new decision is at odds with: a document to disclose that holds this
     * withheld one's text, or a withheld one whose text this document to disclose holds. The release would be refused
     * until the two are decided alike or what they share is redacted, so the officer hears of it now.
     */
    @Transactional
    public List<String> changeDisposition(
            CaseReference reference, long documentId, ReasonCode reason, String why, String opinion, Actor actor) {
        CaseFileSummary caseFile = editableCaseFile(reference);
        String reasonGiven = ExemptionChecks.why(reason, why);
        String opinionOf = ExemptionChecks.opinion(reason.needsProfessionalOpinion(), opinion);
        ReviewDocument before = document(caseFile.id(), documentId);
        String explanation = policy.explain(reason, ExemptionChecks.withOpinion(reasonGiven, opinionOf));
        caseFiles.changeDisposition(documentId, reason, explanation, actor.username(), now(), reasonGiven, opinionOf);
        events.publishEvent(new DispositionChanged(
                reference,
                actor,
                new DispositionChanged.Disposed(before.file(), before.disposition(), before.reason()),
                new DispositionChanged.Disposed(before.file(), reason.disposition(), reason, opinionOf),
                reasonGiven));
        return sharedTextOf(caseFile.id(), before.file());
    }

    private List<String> sharedTextOf(UUID caseFile, String file) {
        return sharedText.conflicts(file, caseFiles.dispositions(caseFile), caseFiles.fingerprints(caseFile)).stream()
                .map(shared -> shared.holder() + " is to be disclosed but " + shared.passages()
                        + ": decide the two alike, or redact what they share, before the release.")
                .toList();
    }

    /** Adds a note to the case file, or to one of its documents when {@code documentId} is given. */
    @Transactional
    public void addNote(CaseReference reference, Long documentId, String text, Actor actor) {
        CaseFileSummary caseFile = caseFile(reference);
        if (text == null || text.isBlank()) {
            throw new CaseFileRefusedException("Write the note first.");
        }
        if (documentId != null && caseFiles.document(caseFile.id(), documentId).isEmpty()) {
            throw new CaseFileRefusedException("There is no such document in this case file.");
        }
        redactions.addNote(caseFile.id(), documentId, actor.username(), now(), text.strip());
        record(reference, actor, "NOTE_ADDED", null, new Note(documentId, text.strip()), null);
    }

    private record Note(Long document, String text) {}

    private CaseFileSummary editableCaseFile(CaseReference reference) {
        OpenedCaseFile opened = open(reference);
        if (!opened.editable()) {
            throw new CaseFileRefusedException("The review cannot be changed while the request is "
                    + opened.request().status().label().toLowerCase() + ".");
        }
        CaseFileSummary caseFile = opened.caseFile();
        if (caseFile.status() != CaseFileStatus.PROCESSED) {
            throw new CaseFileRefusedException("The case file is still being processed.");
        }
        return caseFile;
    }

    public RedactionView redaction(CaseReference reference, long id) {
        return redaction(caseFile(reference), id);
    }

    private RedactionView redaction(CaseFileSummary caseFile, long id) {
        return redactions
                .find(caseFile.id(), id)
                .orElseThrow(() -> new CaseFileRefusedException("There is no such redaction in this case file."));
    }

    static int pageAt(List<Integer> pageStarts, int offset) {
        int page = 1;
        for (int i = 1; i < pageStarts.size() && pageStarts.get(i) <= offset; i++) {
            page = i + 1;
        }
        return page;
    }

    private Instant now() {
        return clock.instant();
    }

    private void record(CaseReference reference, Actor actor, String action, Object before, Object after, String why) {
        events.publishEvent(ReviewRecorded.of(reference, actor, action, before, after, why, json));
    }
}
