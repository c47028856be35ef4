package org.opensar.engine.tools.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensar.engine.detect.PersonalDataType;

/**
 * Text being written together with the answer key's marks on it: third-party personal data that must be
 * redacted and words that look like personal data but must stay. Offsets are character offsets into the text.
 */
final class MarkedText {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Third-party personal data: a span the disclosure must redact. */
    record ThirdParty(int start, int end, PersonalDataType type, String person) {}

    /** A span that looks like personal data but stays, and why. */
    record Keep(int start, int end, KeepReason why) {}

    private final StringBuilder text = new StringBuilder();
    private final List<ThirdParty> thirdParty = new ArrayList<>();
    private final List<Keep> keep = new ArrayList<>();

    /**
     * Template wording. Words in {@code keptWords} (lower case) that could pass for a name or a relative's
     * detail are marked as ones to keep, with their reason.
     */
    MarkedText literal(String words, Map<String, KeepReason> keptWords) {
        Matcher matcher = WORD.matcher(words);
        while (matcher.find()) {
            KeepReason why = keptWords.get(matcher.group().toLowerCase(Locale.ROOT));
            if (why != null) {
                keep.add(new Keep(text.length() + matcher.start(), text.length() + matcher.end(), why));
            }
        }
        text.append(words);
        return this;
    }

    MarkedText plain(String words) {
        text.append(words);
        return this;
    }

    MarkedText thirdParty(String words, PersonalDataType type, String person) {
        thirdParty.add(new ThirdParty(text.length(), text.length() + words.length(), type, person));
        text.append(words);
        return this;
    }

    MarkedText keep(String words, KeepReason why) {
        keep.add(new Keep(text.length(), text.length() + words.length(), why));
        text.append(words);
        return this;
    }

    /** Appends another marked text, moving its marks along. */
    MarkedText append(MarkedText other) {
        int shift = text.length();
        other.thirdParty.forEach(t -> thirdParty.add(new ThirdParty(t.start + shift, t.end + shift, t.type, t.person)));
        other.keep.forEach(k -> keep.add(new Keep(k.start + shift, k.end + shift, k.why)));
        text.append(other.text);
        return this;
    }

    /** The same marks on text changed character for character (same length), e.g. spaces turned into breaks. */
    MarkedText withSameLengthText(UnaryOperator<String> change) {
        String changed = change.apply(text.toString());
        if (changed.length() != text.length()) {
            throw new IllegalArgumentException("change must keep the length");
        }
        MarkedText copy = new MarkedText();
        copy.text.append(changed);
        copy.thirdParty.addAll(thirdParty);
        copy.keep.addAll(keep);
        return copy;
    }

    /** The part from {@code start} to {@code end}, with the marks wholly inside it. */
    MarkedText slice(int start, int end) {
        MarkedText part = new MarkedText();
        part.text.append(text, start, end);
        thirdParty.stream()
                .filter(t -> t.start >= start && t.end <= end)
                .forEach(t -> part.thirdParty.add(new ThirdParty(t.start - start, t.end - start, t.type, t.person)));
        keep.stream()
                .filter(k -> k.start >= start && k.end <= end)
                .forEach(k -> part.keep.add(new Keep(k.start - start, k.end - start, k.why)));
        return part;
    }

    /** Whether a mark covers any character from {@code start} to {@code end}. */
    boolean marked(int start, int end) {
        return thirdParty.stream().anyMatch(t -> t.start < end && t.end > start)
                || keep.stream().anyMatch(k -> k.start < end && k.end > start);
    }

    /**
     * The text with {@code edits} made (each replacing the characters from its start to its end), the marks moved
     * with their text. Edits are in order and do not overlap; an edit inside a mark changes the mark's length.
     */
    MarkedText edited(List<TextEdit> edits) {
        MarkedText result = new MarkedText();
        int from = 0;
        for (TextEdit edit : edits) {
            if (edit.start() < from || edit.end() > text.length()) {
                throw new IllegalArgumentException("edits must be in order, inside the text and must not overlap");
            }
            result.text.append(text, from, edit.start());
            result.append(edit.replacement());
            from = edit.end();
        }
        result.text.append(text, from, text.length());
        thirdParty.forEach(t -> result.thirdParty.add(
                new ThirdParty(moved(t.start, true, edits), moved(t.end, false, edits), t.type, t.person)));
        keep.forEach(k -> result.keep.add(new Keep(moved(k.start, true, edits), moved(k.end, false, edits), k.why)));
        result.thirdParty.sort(java.util.Comparator.comparingInt(ThirdParty::start));
        result.keep.sort(java.util.Comparator.comparingInt(Keep::start));
        return result;
    }

    /**
     * Where offset {@code p} lands after the edits: a mark's start lands after text inserted at it, its end before,
     * and an offset inside replaced text lands at the replacement's start (a start) or end (an end).
     */
    private static int moved(int p, boolean isStart, List<TextEdit> edits) {
        int delta = 0;
        for (TextEdit edit : edits) {
            int grown = edit.length() - (edit.end() - edit.start());
            if (p < edit.start() || (p == edit.start() && !(isStart && edit.start() == edit.end()))) {
                break;
            }
            if (p < edit.end()) {
                return edit.start() + delta + (isStart ? 0 : edit.length());
            }
            delta += grown;
        }
        return p + delta;
    }

    int length() {
        return text.length();
    }

    String text() {
        return text.toString();
    }

    List<ThirdParty> thirdParty() {
        return List.copyOf(thirdParty);
    }

    List<Keep> keep() {
        return List.copyOf(keep);
    }
}
