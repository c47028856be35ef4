package org.opensar.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * The covering letter's text, per council: what UK GDPR Art 15 requires besides the copy (purposes, categories,
 * recipients, retention, sources, the rights to rectification, erasure, restriction and objection, and to complain
 * to the ICO), and who signs it. The defaults are a neutral example council's (Example Council, addresses under
 * {@code council.example}, Ofcom's drama telephone numbers), with texts from a children's services privacy notice; a
 * council's own JSON file replaces any field it gives, and the server puts in the details an administrator set.
 */
public record CoveringLetter(
        String council,
        String contact,
        String purposes,
        String categories,
        String recipients,
        String retention,
        String sources,
        String rights,
        String complaint,
        String support,
        Signature signature) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CoveringLetter DEFAULTS = readDefaults();

    public CoveringLetter {
        if (DEFAULTS != null) {
            council = or(council, DEFAULTS.council);
            contact = or(contact, DEFAULTS.contact);
            purposes = or(purposes, DEFAULTS.purposes);
            categories = or(categories, DEFAULTS.categories);
            recipients = or(recipients, DEFAULTS.recipients);
            retention = or(retention, DEFAULTS.retention);
            sources = or(sources, DEFAULTS.sources);
            rights = or(rights, DEFAULTS.rights);
            complaint = or(complaint, DEFAULTS.complaint);
            support = or(support, DEFAULTS.support);
            signature = signature == null
                    ? DEFAULTS.signature
                    : new Signature(
                            or(signature.name, DEFAULTS.signature.name), or(signature.role, DEFAULTS.signature.role));
        }
    }

    /** Who signs the letter for the council: a name and a role, printed under "Yours sincerely". */
    public record Signature(String name, String role) {}

    /** This letter from {@code council}, with its {@code contact} text, signed by {@code signature}; the rest stays. */
    public CoveringLetter forCouncil(String council, String contact, Signature signature) {
        return new CoveringLetter(
                council,
                contact,
                purposes,
                categories,
                recipients,
                retention,
                sources,
                rights,
                complaint,
                support,
                signature);
    }

    /** Every field, one a line: the council's own wording, which no third party's data is in. */
    String wording() {
        return String.join(
                "\n",
                council,
                contact,
                purposes,
                categories,
                recipients,
                retention,
                sources,
                rights,
                complaint,
                support,
                signature == null ? "" : signature.name() + "\n" + signature.role());
    }

    /** The example council's letter. */
    public static CoveringLetter defaults() {
        return DEFAULTS;
    }

    /** A council's letter: every field it leaves out keeps the default. */
    public static CoveringLetter read(Path file) {
        return JSON.readValue(file.toFile(), CoveringLetter.class);
    }

    private static CoveringLetter readDefaults() {
        try (InputStream in = CoveringLetter.class.getResourceAsStream("covering-letter.json")) {
            return JSON.readValue(in, CoveringLetter.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String or(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.strip();
    }
}
