package org.opensar.engine.cctv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDocument;
import org.opensar.engine.casefile.DocumentMetadata;
import org.opensar.engine.extract.ExtractedDocument;
import org.opensar.engine.extract.ExtractionOutcome;
import org.opensar.engine.extract.TextExtractor;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.engine.render.BundleDocument;
import org.opensar.engine.render.BundleRequest;
import org.opensar.engine.render.CoveringLetter;
import org.opensar.engine.render.RenderMode;

/**
 * A CCTV response as a disclosure bundle, made and checked by the same writer as any other
 * ({@link org.opensar.engine.render.DisclosureBundleWriter}): first a page saying what was obscured and why, then each
 * still as a picture page ({@link RenderMode#IMAGE}) with a caption saying when it was recorded and what on it was
 * obscured. The documents' texts are ours, so they come from here, not from reading the files back.
 */
public final class StillsBundle {

    static final String EXPLANATION_TITLE = "About these stills: what we obscured and why";

    private final CaseDescription description;
    private final List<BundleStill> stills;
    private final Obscuring obscuring;
    private final Map<String, String> texts = new HashMap<>();

    public StillsBundle(CaseDescription description, List<BundleStill> stills, Obscuring obscuring) {
        if (stills.isEmpty()) {
            throw new IllegalArgumentException("a CCTV response needs at least one still");
        }
        this.description = description;
        this.stills = List.copyOf(stills);
        this.obscuring = obscuring;
    }

    /** The bundle's request; the explanation is written into {@code folder} beside the stills. */
    public BundleRequest request(Path folder, CoveringLetter letter, LocalDate issued, String decidedBy, Instant at)
            throws IOException {
        LocalDate first = stills.stream()
                .map(BundleStill::recordedOn)
                .filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        List<BundleDocument> documents = new ArrayList<>();
        Path explanation = folder.resolve("0-about-these-stills.txt");
        String about = explanation();
        Files.writeString(explanation, about, StandardCharsets.UTF_8);
        documents.add(
                document(explanation, "stills/0-about-these-stills.txt", EXPLANATION_TITLE, first, about, decidedBy, at)
                        .renderedAs(RenderMode.TYPESET));
        for (int i = 0; i < stills.size(); i++) {
            BundleStill still = stills.get(i);
            String file = String.format("stills/still-%03d.png", i + 1);
            String caption = "Recorded " + still.title() + ". Obscured with " + obscuring.label() + ": "
                    + still.obscuredInWords() + ".";
            documents.add(document(still.image(), file, still.title(), still.recordedOn(), caption, decidedBy, at)
                    .renderedAs(RenderMode.IMAGE));
        }
        return new BundleRequest(description, documents, letter, issued);
    }

    /** Gives each document of the request its text (the explanation, or a still's caption), and no other. */
    public TextExtractor texts() {
        return document -> Optional.ofNullable(texts.get(document.file()))
                .map(text -> new ExtractedDocument(
                        document.file(), List.of(text), Map.of(), ExtractionOutcome.EXTRACTED, ""))
                .orElseGet(() -> ExtractedDocument.failed(
                        document.file(), ExtractionOutcome.UNSUPPORTED_FORMAT, "not part of this CCTV response"));
    }

    private BundleDocument document(
            Path path, String file, String title, LocalDate date, String text, String decidedBy, Instant at)
            throws IOException {
        texts.put(file, text);
        return new BundleDocument(
                new CaseDocument(file, path, Files.size(path), new DocumentMetadata(title, "CCTV", date, null, null)),
                title,
                Decision.of(
                        ReasonCode.CCTV_STILL,
                        List.of(new Evidence(Evidence.Kind.CANDIDATE, title)),
                        1.0,
                        "A still image of the requester from the council's CCTV; other people obscured."),
                decidedBy,
                at,
                List.of());
    }

    /** The page that explains the stills, in plain English. */
    String explanation() {
        StringBuilder text = new StringBuilder();
        text.append("You asked for CCTV footage of yourself. We give it to you as still images: the law lets us give")
                .append(
                        " you your own personal data, not other people's, and the council can only provide still images.")
                .append("\n\nWe chose ")
                .append(stills.size())
                .append(stills.size() == 1 ? " still" : " stills")
                .append(" from the footage that show you, using the description you gave us.")
                .append(
                        "\n\nOn them we have obscured other people, and anything that could identify them, such as vehicle")
                .append(" registration plates and readable names or text, with ")
                .append(obscuring.label())
                .append(". They are other people's personal data, which we may not give you without their consent")
                .append(" (Data Protection Act 2018, Schedule 2, Part 3, paragraph 16). You are not obscured.");
        text.append("\n\nWhat we obscured on each still:");
        for (BundleStill still : stills) {
            text.append("\n")
                    .append(still.title())
                    .append(": ")
                    .append(still.obscuredInWords())
                    .append('.');
        }
        text.append("\n\nWe keep the footage only until your request is closed, and then delete it.");
        return text.toString();
    }
}
