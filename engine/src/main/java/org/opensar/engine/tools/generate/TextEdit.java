package org.opensar.engine.tools.generate;

/**
 * One change to a marked text: the characters from {@code start} to {@code end} (exclusive) become
 * {@code replacement}, which brings its own marks (a staff name in a print header).
 */
record TextEdit(int start, int end, MarkedText replacement) {

    TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit " + start + ".." + end);
        }
    }

    static TextEdit replace(int start, int end, String text) {
        return new TextEdit(start, end, new MarkedText().plain(text));
    }

    static TextEdit insert(int at, String text) {
        return replace(at, at, text);
    }

    static TextEdit insert(int at, MarkedText text) {
        return new TextEdit(at, at, text);
    }

    int length() {
        return replacement.length();
    }
}
