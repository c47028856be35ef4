package org.opensar.engine.detect;

import java.util.Objects;
import org.opensar.engine.casefile.PersonCategory;

/**
 * A person as one document shows them: their name as written (without a title), the title before it ("Ms", "PC";
 * empty if none), what the document says they are (a relationship or job, empty if nothing), the category that
 * gives (null if nothing), how the document says it, and the line it is said on.
 */
public record PersonSighting(
        String name, String title, String relationship, PersonCategory category, SightingKind kind, String context) {

    public PersonSighting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        relationship = relationship == null ? "" : relationship;
        context = context == null ? "" : context;
    }

    /** How a document says who someone is, strongest first. */
    public enum SightingKind {
        /** A job or relationship beside the name: "Amrit Khan (allocated social worker)", "X, Team Manager". */
        ROLE_BESIDE(3),
        /** A field label: "Referring social worker: X", "Mother: X", "Carer(s): X and Y". */
        ROLE_LABEL(3),
        /** A relationship or job just before: "her Nan, Fatima Begum", "Mum's partner X". */
        ROLE_BEFORE(3),
        /** An e-mail header with an address at a public body: "From: X <x@council.gov.uk>". */
        EMAIL_ADDRESS(3),
        /** A professional title: "Dr Li", "PC Wang". */
        TITLE(2),
        /** The writer of a council record: "Completed by X", "chaired by X". */
        AUTHOR(1),
        /** Named in full, with nothing said of who they are. */
        NAMED(0);

        private final int weight;

        SightingKind(int weight) {
            this.weight = weight;
        }

        /** How much this kind of evidence counts when the register decides a person's category. */
        public int weight() {
            return weight;
        }
    }
}
