package org.opensar.engine.tools.generate;

import java.util.ArrayList;
import java.util.List;

/** How text falls on A4 pages: 90 characters a line, 52 lines a page, the same for every format. */
final class PageLayout {

    static final int LINE_WIDTH = 90;
    static final int LINES_PER_PAGE = 52;

    private PageLayout() {}

    /** The text wrapped at word boundaries; every paragraph starts a new line. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String rest = paragraph;
            while (rest.length() > LINE_WIDTH) {
                int cut = rest.lastIndexOf(' ', LINE_WIDTH);
                if (cut <= 0) {
                    cut = LINE_WIDTH;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
        }
        return lines;
    }

    static List<List<String>> pages(String text) {
        List<String> lines = wrap(text);
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += LINES_PER_PAGE) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + LINES_PER_PAGE)));
        }
        return pages.isEmpty() ? List.of(List.of()) : pages;
    }

    static int pageCount(String text) {
        return Math.max(1, (wrap(text).size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
    }
}
