package org.opensar.engine.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.detect.PersonalDataType;
import org.opensar.engine.detect.RedactionReason;

/**
 * Everything a disclosure bundle is made from: the case, every document with its decision, the letter, the council's
 * wording of its reasons for keeping documents back, the date.
 */
public record BundleRequest(
        CaseDescription description,
        List<BundleDocument> documents,
        CoveringLetter letter,
        ReasonWordings wordings,
        LocalDate issued) {

    public BundleRequest {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(wordings, "wordings");
        Objects.requireNonNull(issued, "issued");
        documents = List.copyOf(documents);
    }

    /** A request with OpenSAR's own wording of the reasons. */
    public BundleRequest(
            CaseDescription description, List<BundleDocument> documents, CoveringLetter letter, LocalDate issued) {
        this(description, documents, letter, ReasonWordings.defaults(), issued);
    }

    /**
     * Every third party's text known in the case, to be found wherever else it occurs and never printed: each text
     * approved for redaction in any part of any document (a name redacted in a withheld police report is as much a
     * third party's in a disclosed note), and the register's third parties' names.
     */
    public RedactedTerms redactedTerms() {
        return RedactedTerms.of(standing().keySet(), councilWording());
    }

    /** What the bundle prints in the council's own words: the covering letter, the key to the boxes, the glossary. */
    private String councilWording() {
        StringBuilder wording = new StringBuilder(letter.wording());
        wordings.reasons()
                .values()
                .forEach(w -> wording.append('\n')
                        .append(w.one())
                        .append('\n')
                        .append(w.many())
                        .append('\n')
                        .append(w.box()));
        for (RedactionCode code : RedactionCode.values()) {
            wording.append('\n').append(code.meaning(wordings));
        }
        Glossary.terms()
                .forEach(t -> wording.append('\n').append(t.term()).append(": ").append(t.explanation()));
        return wording.toString();
    }

    /**
     * For each third party's text known in the case, the approved redaction that stands for its other occurrences:
     * the first one approved, or for a register name no proposal found, the register's own.
     */
    Map<String, ApprovedRedaction> standing() {
        Map<String, ApprovedRedaction> byText = new LinkedHashMap<>();
        documents.stream().flatMap(d -> d.redactions().stream()).forEach(r -> byText.putIfAbsent(r.text(), r));
        Instant registered = issued.atStartOfDay(ZoneOffset.UTC).toInstant();
        for (String name : description.thirdPartyNames()) {
            byText.putIfAbsent(
                    name,
                    new ApprovedRedaction(
                            name,
                            0,
                            name.length(),
                            0,
                            PersonalDataType.PERSON,
                            RedactionReason.THIRD_PARTY_NAME,
                            "people register",
                            registered));
        }
        return byText;
    }
}
