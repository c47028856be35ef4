package org.opensar.engine.duplicates;

import java.util.regex.Pattern;

/**
 * Whether a file's name marks it as a copy the way people and systems name copies: "Copy of Plan.docx",
 * "Plan - Copy.docx", "Plan copy 2.pdf", "Plan (1).pdf". Of two equally protective copies, the one not so named
 * is kept as the original.
 */
final class CopyNames {

    private static final Pattern COPY = Pattern.compile("(?:\\bcopy\\b|\\(\\d+\\)\\s*$)", Pattern.CASE_INSENSITIVE);

    private CopyNames() {}

    static boolean namedAsCopy(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return COPY.matcher(dot > 0 ? name.substring(0, dot) : name).find();
    }
}
