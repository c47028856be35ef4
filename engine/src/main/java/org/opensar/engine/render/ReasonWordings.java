package org.opensar.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.opensar.engine.policy.ReasonCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the bundle's "What we removed and why" tells the requester about each reason a document was kept back, in
 * plain English, and the legal citation the council's redaction log records for it (reason-wordings.json; format in
 * docs/bundle.md). A council's own file replaces any wording it gives, reason by reason and field by field, so an IG
 * officer changes wording and citations in a settings file, not in code.
 */
public record ReasonWordings(Map<ReasonCode, Wording> reasons) {

    /**
     * One reason's wording: what follows "1 document" ({@code one}) and "3 documents" ({@code many}), what the key to
     * the boxes says a box covers for a reason an officer can apply to a passage ({@code box}), and the exemption or
     * other legal ground the redaction log records.
     */
    public record Wording(String one, String many, String box, String exemption) {

        Wording over(Wording fallback) {
            return new Wording(
                    or(one, fallback.one),
                    or(many, fallback.many),
                    or(box, fallback.box),
                    or(exemption, fallback.exemption));
        }
    }

    private static final String DEFAULTS_FILE = "reason-wordings.json";
    private static final String AWAITING = "Awaiting an officer's decision";
    private static final Wording NONE = new Wording(
            "was kept back for another reason an officer can explain to you.",
            "were kept back for another reason an officer can explain to you.",
            "Information kept back for a reason an officer can explain to you.",
            AWAITING);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<ReasonCode, Wording>> FORMAT = new TypeReference<>() {};
    private static final ReasonWordings DEFAULTS = readDefaults();

    public ReasonWordings {
        reasons = reasons.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(reasons));
    }

    /** The wording OpenSAR ships. */
    public static ReasonWordings defaults() {
        return DEFAULTS;
    }

    /** A council's wording: every reason or field the file leaves out keeps the default. */
    public static ReasonWordings read(Path file) {
        Map<ReasonCode, Wording> given;
        try {
            given = JSON.readValue(file.toFile(), FORMAT);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not a valid reason wording file: " + e.getOriginalMessage());
        }
        Map<ReasonCode, Wording> merged = new EnumMap<>(ReasonCode.class);
        merged.putAll(DEFAULTS.reasons);
        given.forEach((reason, wording) -> merged.put(reason, wording.over(DEFAULTS.wording(reason))));
        return new ReasonWordings(merged);
    }

    /** "1 document was written by a member of your family. ...", or the same for {@code n} documents. */
    public String sentence(ReasonCode reason, int n) {
        Wording wording = wording(reason);
        return n == 1 ? "1 document " + wording.one() : n + " documents " + wording.many();
    }

    /** What the key to the boxes says a box covers when it was redacted for {@code reason}. */
    public String box(ReasonCode reason) {
        Wording wording = wording(reason);
        return wording.box() == null ? NONE.box() : wording.box();
    }

    /** The legal ground the redaction log records for what was kept back for {@code reason}. */
    public String exemption(ReasonCode reason) {
        return wording(reason).exemption();
    }

    private Wording wording(ReasonCode reason) {
        return reasons.getOrDefault(reason, NONE);
    }

    private static ReasonWordings readDefaults() {
        try (InputStream in = ReasonWordings.class.getResourceAsStream(DEFAULTS_FILE)) {
            return new ReasonWordings(JSON.readValue(in, FORMAT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String or(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.strip();
    }
}
