package org.opensar.engine.tools.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A document as a records system prints it: the text laid out again at the printout's width, a long word split
 * across a line end with a hyphen, and a header and a footer on every page ("Printed 27/06/2016 by LCS user 3002",
 * "Page 1 of 3"). A printed page holds {@link #BODY_LINES} lines of text between its header and footer, so it is
 * one page of the generator's PDFs too.
 */
final class Printout {

    /** Header, blank line, body, blank line, footer: one page of {@link PageLayout#LINES_PER_PAGE} lines. */
    static final int BODY_LINES = PageLayout.LINES_PER_PAGE - 4;

    private static final int SHORTEST_HYPHENATED = 8;
    private static final int LEAST_PART = 3;

    private final MarkedText header;
    private final MarkedText footer;
    private final int width;
    private final boolean hyphenate;

    /**
     * @param header the header line, with {@code #PAGE#} and {@code #PAGES#} for the page numbers
     * @param footer the footer line, the same
     * @param width the printout's characters per line, at most {@link PageLayout#LINE_WIDTH}
     */
    Printout(MarkedText header, MarkedText footer, int width, boolean hyphenate) {
        if (width < 20 || width > PageLayout.LINE_WIDTH) {
            throw new IllegalArgumentException("a printout is 20 to " + PageLayout.LINE_WIDTH + " characters wide");
        }
        this.header = header;
        this.footer = footer;
        this.width = width;
        this.hyphenate = hyphenate;
    }

    /** A line break of the printout: where it is in the original text and what it replaces there. */
    private record Break(int start, int end, String replacement) {}

    MarkedText print(MarkedText original) {
        List<Break> breaks = breaks(original);
        int lines = breaks.size() + 1;
        int pages = Math.max(1, (lines + BODY_LINES - 1) / BODY_LINES);
        List<TextEdit> edits = new ArrayList<>();
        edits.add(TextEdit.insert(0, onPage(header, 1, pages).plain("\n\n")));
        for (int i = 0; i < breaks.size(); i++) {
            Break line = breaks.get(i);
            MarkedText replacement = new MarkedText().plain(line.replacement());
            int endingLine = i + 1;
            if (endingLine % BODY_LINES == 0) {
                int page = endingLine / BODY_LINES;
                replacement
                        .plain("\n")
                        .append(onPage(footer, page, pages))
                        .plain("\n")
                        .append(onPage(header, page + 1, pages))
                        .plain("\n\n");
            }
            edits.add(new TextEdit(line.start(), line.end(), replacement));
        }
        edits.add(TextEdit.insert(
                original.length(), new MarkedText().plain("\n\n").append(onPage(footer, pages, pages))));
        return original.edited(edits);
    }

    /** Where the printout's lines end, paragraph by paragraph: at a space, a line break, or inside a long word. */
    private List<Break> breaks(MarkedText original) {
        String text = original.text();
        List<Break> breaks = new ArrayList<>();
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length()) {
                break;
            }
            char c = text.charAt(i);
            if (c == '\n') {
                breaks.add(new Break(i, i + 1, "\n"));
                lineStart = i + 1;
                lastSpace = -1;
                continue;
            }
            if (c == ' ') {
                lastSpace = i;
            }
            if (i - lineStart + 1 > width) {
                int split = hyphenate ? hyphenPoint(original, lastSpace + 1, lineStart, i) : -1;
                if (split > 0) {
                    breaks.add(new Break(split, split, "-\n"));
                    lineStart = split;
                    lastSpace = -1;
                } else if (lastSpace > lineStart) {
                    breaks.add(new Break(lastSpace, lastSpace + 1, "\n"));
                    lineStart = lastSpace + 1;
                    lastSpace = -1;
                }
            }
        }
        return breaks;
    }

    /**
     * Where to split the word that starts at {@code wordStart} and runs past the line end at {@code overflow}, so
     * that its first part and a hyphen fill the line: only a word of letters, long enough that both parts keep
     * {@link #LEAST_PART} letters, and never a name or a detail the answer key marks. -1 when it is not split.
     */
    private int hyphenPoint(MarkedText original, int wordStart, int lineStart, int overflow) {
        String text = original.text();
        if (wordStart <= lineStart) {
            return -1;
        }
        int wordEnd = wordStart;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        boolean wordOnly = wordEnd == text.length() || " \n.,;:".indexOf(text.charAt(wordEnd)) >= 0;
        int split = overflow - 1;
        if (!wordOnly
                || wordEnd - wordStart < SHORTEST_HYPHENATED
                || split - wordStart < LEAST_PART
                || wordEnd - split < LEAST_PART
                || original.marked(wordStart, wordEnd)) {
            return -1;
        }
        return split;
    }

    private static MarkedText onPage(MarkedText line, int page, int pages) {
        return Tokens.fill(line, Map.of("#PAGE#", String.valueOf(page), "#PAGES#", String.valueOf(pages)));
    }
}
