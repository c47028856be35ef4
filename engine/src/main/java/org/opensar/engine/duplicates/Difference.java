package org.opensar.engine.duplicates;

/**
 * Something one of two lined-up texts has that the other does not, and what it is taken for.
 *
 * @param kind what the difference is
 * @param words how many words it has on the side that has it (for a misreading, on the first side)
 * @param text the words as written on the side that has them (for a misreading, "as written → as read")
 */
public record Difference(Kind kind, int words, String text) {

    public enum Kind {
        /** Repeated on every printed page, the page number aside: a print header or footer. */
        RUNNING_HEADER,
        /** A page number, or only numbers and "page", "of". */
        PAGE_NUMBER,
        /** A few words read or typed a little differently (OCR, a split or joined word). */
        MISREADING,
        /** A short addition of nothing but the words copying adds: a print line, a date stamp, "Copy for file". */
        ADDED_BY_COPYING,
        /** Words that say something: the copy is more than a copy. */
        SUBSTANCE;

        /** What it is, in a few words for the officer ("a header or footer on every printed page"). */
        public String label() {
            return switch (this) {
                case RUNNING_HEADER -> "a header or footer on every printed page";
                case PAGE_NUMBER -> "a page number or date";
                case MISREADING -> "read differently (OCR or retyping)";
                case ADDED_BY_COPYING -> "added by copying (a print line, a date stamp, a note)";
                case SUBSTANCE -> "words of substance";
            };
        }

        /** Whether a copy with this difference is still the same document. */
        public boolean insubstantial() {
            return this != SUBSTANCE;
        }
    }
}
