package org.opensar.engine.tools.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What is added to a copy as councils make them, from {@code copy-wording.txt}: print headers and footers, date
 * stamps, notes written above a copy, addenda, e-mail replies and forwarding notes, one entry per line under its
 * {@code [section]}.
 */
final class CopyWording {

    enum Section {
        PRINT_HEADER,
        PRINT_FOOTER,
        DATE_STAMP,
        ADMIN_NOTE,
        ADDENDUM,
        REPLY,
        FORWARD_NOTE;

        String heading() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Map<Section, List<String>> entries;

    private CopyWording(Map<Section, List<String>> entries) {
        this.entries = entries;
    }

    static CopyWording load() {
        Map<String, List<String>> byHeading = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : WordLists.lines("copy-wording.txt")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                current = byHeading.computeIfAbsent(line.substring(1, line.indexOf(']')), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException("copy-wording.txt: an entry before any [section]: " + line);
            } else {
                current.add(line.strip());
            }
        }
        Map<Section, List<String>> entries = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            List<String> list = byHeading.get(section.heading());
            if (list == null || list.isEmpty()) {
                throw new IllegalStateException("copy-wording.txt has no [" + section.heading() + "] entries");
            }
            entries.put(section, List.copyOf(list));
        }
        return new CopyWording(Map.copyOf(entries));
    }

    String pick(Section section, Random random) {
        List<String> list = entries.get(section);
        return list.get(random.nextInt(list.size()));
    }
}
