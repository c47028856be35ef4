package org.opensar.engine.policy;

/** One fact a decision rests on, e.g. letterhead "West Midlands Police"; shown as "letterhead: West Midlands Police". */
public record Evidence(Kind kind, String value) {

    /** Where the fact was found. */
    public enum Kind {
        LETTERHEAD,
        TITLE,
        SIGNATURE,
        AUTHOR,
        ADDRESSEE,
        FIELD,
        PHRASE,
        VOCABULARY,
        LAYOUT,
        METADATA,
        SUBSTANCE,
        EXTRACTION,
        DUPLICATE,
        /** A document to disclose holds much of a withheld document's text. */
        SHARED_TEXT,
        CANDIDATE,
        /** The category the policy's learned model finds the document most like, with its probability. */
        LEARNED;

        /**
         * Whether the fact is the document's form: who issued, wrote or received it, its title, its form's fields,
         * what the records system says of it, or its shape. Words of the body ({@link #PHRASE}, {@link #VOCABULARY})
         * say what a document talks about, which a professional's record shares with the documents it mentions.
         */
        public boolean ofForm() {
            return switch (this) {
                case LETTERHEAD, TITLE, SIGNATURE, AUTHOR, ADDRESSEE, FIELD, METADATA, LAYOUT -> true;
                default -> false;
            };
        }
    }

    static Kind of(SignalKind kind) {
        return switch (kind) {
            case LETTERHEAD -> Kind.LETTERHEAD;
            case TITLE -> Kind.TITLE;
            case SIGNATURE -> Kind.SIGNATURE;
            case AUTHOR -> Kind.AUTHOR;
            case ADDRESSEE -> Kind.ADDRESSEE;
            case FIELD -> Kind.FIELD;
            case PHRASE -> Kind.PHRASE;
            case VOCABULARY -> Kind.VOCABULARY;
            case LAYOUT -> Kind.LAYOUT;
        };
    }

    @Override
    public String toString() {
        String label = switch (kind) {
            case FIELD -> "form field";
            case SHARED_TEXT -> "shared text";
            case LEARNED -> "learned model";
            default -> kind.name().toLowerCase();
        };
        return switch (kind) {
            case PHRASE, VOCABULARY -> label + ": '" + value + "'";
            case FIELD -> label + ": '" + value + ":'";
            default -> label + ": " + value;
        };
    }
}
