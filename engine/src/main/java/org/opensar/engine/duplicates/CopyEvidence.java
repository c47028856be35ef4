package org.opensar.engine.duplicates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.policy.KeptCopy;

/**
 * What a removed copy's decision says, for the officer, and how the bundle reads it back: which document it copies
 * or is inside, how much of it is there, what differs (print headers, misreadings, a note, what the other adds), its
 * place in an e-mail conversation, and which copy the policy kept. The first evidence names the relation, so the
 * bundle's "What we removed and why" can say which kind of copy each was ({@link #kindOf}).
 */
public final class CopyEvidence {

    /** How a removed document is shown elsewhere, as the bundle tells the requester. */
    public enum Kind {
        /** A copy of a document in the bundle: the policy kept one. */
        COPY,
        /** Wholly inside another document in the bundle (a note pasted into a chronology, a version with more). */
        INSIDE,
        /** An e-mail quoted in full in a later message of its conversation. */
        QUOTED_MESSAGE
    }

    private static final String COPY_OF = "copy of ";
    private static final String INSIDE = "inside ";
    private static final String QUOTED = "quoted in full in ";
    private static final String KEPT = "kept ";
    private static final int QUOTE_CHARACTERS = 80;

    private CopyEvidence() {}

    /** The evidence of {@code removal}, strongest first. */
    public static List<Evidence> of(
            CopyResolution.Removal removal, KeptCopy rule, Conversations.Conversation conversation) {
        List<Evidence> evidence = new ArrayList<>();
        CopyComparison comparison = removal.comparison();
        if (removal.how() == CopyRelation.Kind.SAME) {
            evidence.add(duplicate(COPY_OF + removal.shownIn()));
            evidence.add(duplicate(KEPT + rule.label()));
            evidence.add(duplicate(Math.round(comparison.shareOfFirst() * 100) + "% of its words the same, in order"));
        } else {
            evidence.add(duplicate((conversation == null ? INSIDE : QUOTED) + removal.via()));
            evidence.add(duplicate("all " + comparison.aWords() + " of its words there"));
            if (!removal.via().equals(removal.shownIn())) {
                evidence.add(duplicate("shown in " + removal.shownIn() + ", which holds " + removal.via()));
            }
            firstSubstance(comparison.onlyB())
                    .ifPresent(more -> evidence.add(duplicate("the other adds: '" + more + "'")));
        }
        String differs = differences(comparison);
        if (!differs.isEmpty()) {
            evidence.add(duplicate("differs: " + differs));
        }
        if (conversation != null) {
            String other = removal.how() == CopyRelation.Kind.SAME ? "the same as " : "quoted in full by ";
            evidence.add(duplicate("conversation '" + conversation.topic() + "': " + conversation.place(removal.file())
                    + ", " + other + conversation.place(removal.via()).replace(" of ", "/")));
        }
        return evidence;
    }

    /** The explanation's {evidence}, in plain English for the requester. */
    public static String plainEnglish(CopyResolution.Removal removal, KeptCopy rule, boolean message) {
        if (removal.how() == CopyRelation.Kind.SAME) {
            return "it is a copy of it, printed, scanned or saved again; we kept " + rule.label();
        }
        return message
                ? "it is an earlier e-mail that a later reply quotes in full"
                : "all of it is inside another document that adds to it";
    }

    /** What kind of copy the decision with these evidence values removed, if it removed a copy. */
    public static Optional<Kind> kindOf(Collection<Evidence> evidence) {
        for (Evidence e : evidence) {
            String value = value(e);
            if (value.startsWith(COPY_OF)) {
                return Optional.of(Kind.COPY);
            }
            if (value.startsWith(INSIDE)) {
                return Optional.of(Kind.INSIDE);
            }
            if (value.startsWith(QUOTED)) {
                return Optional.of(Kind.QUOTED_MESSAGE);
            }
        }
        return Optional.empty();
    }

    /** Which copy the policy kept ("the earliest original"), said by a copy's decision. */
    public static Optional<String> keptBy(Collection<Evidence> evidence) {
        for (Evidence e : evidence) {
            String value = value(e);
            for (KeptCopy rule : KeptCopy.values()) {
                if (value.equals(KEPT + rule.label())) {
                    return Optional.of(rule.label());
                }
            }
        }
        return Optional.empty();
    }

    /** The value, whether the evidence is the engine's own or its text carried as a candidate ("duplicate: ..."). */
    private static String value(Evidence evidence) {
        String prefix = "duplicate: ";
        return evidence.value().startsWith(prefix) ? evidence.value().substring(prefix.length()) : evidence.value();
    }

    private static Evidence duplicate(String value) {
        return new Evidence(Evidence.Kind.DUPLICATE, value);
    }

    /** What the insubstantial differences are, briefly: "a header or footer on every page ('...'); 3 words read ...". */
    static String differences(CopyComparison comparison) {
        Map<Difference.Kind, List<Difference>> byKind = new TreeMap<>();
        for (Difference d : comparison.onlyA()) {
            byKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d);
        }
        for (Difference d : comparison.onlyB()) {
            if (d.kind() != Difference.Kind.SUBSTANCE) {
                byKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d);
            }
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, list) -> parts.add(
                switch (kind) {
                    case RUNNING_HEADER ->
                        "a header or footer on every printed page ('"
                                + quote(list.get(0).text()) + "')";
                    case PAGE_NUMBER -> "page numbers";
                    case MISREADING ->
                        list.stream().mapToInt(Difference::words).sum()
                                + " words read differently (OCR or retyping), as '"
                                + quote(list.get(0).text()) + "'";
                    case ADDED_BY_COPYING ->
                        "added by copying: "
                                + String.join(
                                        ", ",
                                        list.stream()
                                                .limit(3)
                                                .map(d -> "'" + quote(d.text()) + "'")
                                                .toList());
                    case SUBSTANCE -> "its own words '" + quote(list.get(0).text()) + "'";
                }));
        return String.join("; ", parts);
    }

    private static Optional<String> firstSubstance(List<Difference> differences) {
        return differences.stream()
                .filter(d -> d.kind() == Difference.Kind.SUBSTANCE)
                .map(d -> quote(d.text()))
                .findFirst();
    }

    private static String quote(String text) {
        return text.length() <= QUOTE_CHARACTERS ? text : text.substring(0, QUOTE_CHARACTERS - 3) + "...";
    }
}
