package org.opensar.engine.tools.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One phrasing family of a document kind: titles, alternative headers, a pool of entries and alternative
 * footers. Families A to H of every kind are for tuning; family I is held out: accuracy measured on it is
 * measured on wording nobody tuned on.
 */
record Template(
        DocumentKind kind,
        String family,
        List<String> titles,
        List<String> headers,
        List<String> entries,
        List<String> footers) {

    static final String HELD_OUT_FAMILY = "I";

    boolean heldOut() {
        return family.equals(HELD_OUT_FAMILY);
    }

    /** Reads {@code templates/<kind>.txt}: {@code @family X}, then {@code @title}, {@code @header}, ... blocks. */
    static Map<DocumentKind, List<Template>> loadAll() {
        Map<DocumentKind, List<Template>> all = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            all.put(kind, parse(kind, WordLists.lines("templates/" + kind.id() + ".txt")));
        }
        return all;
    }

    static List<Template> parse(DocumentKind kind, List<String> lines) {
        List<Template> families = new ArrayList<>();
        Builder current = null;
        List<String> block = null;
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@family ")) {
                if (current != null) {
                    families.add(current.build());
                }
                current = new Builder(kind, line.substring(8).strip());
                block = null;
            } else if (line.startsWith("@title ")) {
                current.titles.add(line.substring(7).strip());
            } else if (line.startsWith("@")) {
                block = new ArrayList<>();
                current.blocks(line.strip()).add(block);
            } else if (block != null && !line.isBlank()) {
                block.add(line);
            }
        }
        if (current != null) {
            families.add(current.build());
        }
        if (families.stream().noneMatch(Template::heldOut) || families.stream().allMatch(Template::heldOut)) {
            throw new IllegalStateException("templates/" + kind.id()
                    + ".txt needs a tuning family (A to H) and the held-out family " + HELD_OUT_FAMILY);
        }
        return List.copyOf(families);
    }

    private static final class Builder {
        private final DocumentKind kind;
        private final String family;
        private final List<String> titles = new ArrayList<>();
        private final List<List<String>> headers = new ArrayList<>();
        private final List<List<String>> entries = new ArrayList<>();
        private final List<List<String>> footers = new ArrayList<>();

        Builder(DocumentKind kind, String family) {
            this.kind = kind;
            this.family = family;
        }

        List<List<String>> blocks(String marker) {
            return switch (marker) {
                case "@header" -> headers;
                case "@entry" -> entries;
                case "@footer" -> footers;
                default -> throw new IllegalStateException("unknown template marker " + marker + " in " + kind.id());
            };
        }

        Template build() {
            if (titles.isEmpty() || entries.isEmpty()) {
                throw new IllegalStateException(kind.id() + " family " + family + " needs a title and an entry");
            }
            return new Template(kind, family, List.copyOf(titles), join(headers), join(entries), join(footers));
        }

        private static List<String> join(List<List<String>> blocks) {
            return blocks.stream().map(b -> String.join("\n", b)).toList();
        }
    }
}
