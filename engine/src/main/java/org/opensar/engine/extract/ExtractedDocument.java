package org.opensar.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text of one document, page by page (documents without pages have one), with the metadata the file itself
 * carries (e.g. "title", "author", "contentType") and how extraction went.
 */
public record ExtractedDocument(
        String file, List<String> pages, Map<String, String> metadata, ExtractionOutcome outcome, String detail) {

    /** Separates pages in {@link #fullText()}. */
    public static final String PAGE_SEPARATOR = "\n\n";

    public ExtractedDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outcome, "outcome");
        pages = List.copyOf(pages);
        metadata = Map.copyOf(metadata);
        detail = detail == null ? "" : detail;
    }

    /** A document whose text could not be had, for the reason given. */
    public static ExtractedDocument failed(String file, ExtractionOutcome outcome, String detail) {
        return new ExtractedDocument(file, List.of(), Map.of(), outcome, detail);
    }

    public int pageCount() {
        return pages.size();
    }

    /** All pages joined by {@link #PAGE_SEPARATOR}. */
    public String fullText() {
        return String.join(PAGE_SEPARATOR, pages);
    }

    /** Where each page starts in {@link #fullText()}. */
    public List<Integer> pageStartOffsets() {
        List<Integer> starts = new ArrayList<>(pages.size());
        int offset = 0;
        for (String page : pages) {
            starts.add(offset);
            offset += page.length() + PAGE_SEPARATOR.length();
        }
        return starts;
    }

    /** The page (from 1) that holds character {@code offset} of {@link #fullText()}. */
    public int pageAt(int offset) {
        List<Integer> starts = pageStartOffsets();
        int page = 1;
        for (int i = 1; i < starts.size() && starts.get(i) <= offset; i++) {
            page = i + 1;
        }
        return page;
    }
}
