package org.opensar.engine.tools.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scanner's OCR makes of a clean printout: a few words in a hundred misread (letters that look alike,
 * "rn" for "m", "1" for "l"), split or run together, specks read as punctuation, punctuation lost, and now and then
 * a line not read at all. The rate is per word; a printed page in good order is read with one to five errors in a
 * hundred words. Names and details the answer key marks are left as they are, so the key's marks stay whole values
 * (an OCR error in a name is a detection problem, not a duplicate one).
 */
final class OcrNoise {

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final String[][] LOOK_ALIKE = {
        {"rn", "m"},
        {"m", "rn"},
        {"l", "1"},
        {"I", "l"},
        {"O", "0"},
        {"0", "O"},
        {"e", "c"},
        {"c", "e"},
        {"h", "b"},
        {"cl", "d"},
        {"d", "cl"},
        {"w", "vv"},
        {"li", "h"},
        {"S", "5"},
        {"5", "S"},
        {"a", "o"},
        {"u", "ii"},
        {"t", "f"},
        {"f", "t"},
        {"i", "l"},
        {"1", "l"},
        {"B", "8"},
        {"g", "q"},
        {"y", "v"},
        {"n", "ri"}
    };
    private static final String SPECKS = ".,'`";

    private final Random random;
    private final double rate;

    OcrNoise(Random random, double rate) {
        this.random = random;
        this.rate = rate;
    }

    MarkedText read(MarkedText printout) {
        String text = printout.text();
        List<TextEdit> edits = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (lineEnd > lineStart && random.nextDouble() < rate / 10 && !printout.marked(lineStart, lineEnd)) {
                edits.add(TextEdit.replace(lineStart, lineEnd, ""));
            } else {
                misreadWords(printout, lineStart, lineEnd, edits);
            }
            lineStart = lineEnd + 1;
        }
        return printout.edited(edits);
    }

    private void misreadWords(MarkedText printout, int lineStart, int lineEnd, List<TextEdit> edits) {
        String text = printout.text();
        Matcher word = WORD.matcher(text).region(lineStart, lineEnd);
        while (word.find()) {
            if (random.nextDouble() >= rate || printout.marked(word.start(), word.end())) {
                continue;
            }
            TextEdit edit = misread(text, word.start(), word.end(), lineEnd);
            if (edit != null) {
                edits.add(edit);
            }
        }
    }

    private TextEdit misread(String text, int start, int end, int lineEnd) {
        String word = text.substring(start, end);
        int roll = random.nextInt(100);
        if (roll < 60) {
            return lookAlike(word, start);
        }
        if (roll < 72 && word.length() >= 4) {
            int at = start + 1 + random.nextInt(word.length() - 2);
            return TextEdit.insert(at, " ");
        }
        if (roll < 84 && end < lineEnd && text.charAt(end) == ' ') {
            return TextEdit.replace(end, end + 1, "");
        }
        if (roll < 92) {
            return TextEdit.insert(end, String.valueOf(SPECKS.charAt(random.nextInt(SPECKS.length()))));
        }
        char last = word.charAt(word.length() - 1);
        if (".,;:".indexOf(last) >= 0) {
            return TextEdit.replace(end - 1, end, random.nextBoolean() ? "" : last == ',' ? "." : ",");
        }
        return lookAlike(word, start);
    }

    /** One pair of look-alike letters swapped, at a place the word has them; null when it has none. */
    private TextEdit lookAlike(String word, int start) {
        List<TextEdit> options = new ArrayList<>();
        for (String[] pair : LOOK_ALIKE) {
            for (int at = word.indexOf(pair[0]); at >= 0; at = word.indexOf(pair[0], at + 1)) {
                options.add(TextEdit.replace(start + at, start + at + pair[0].length(), pair[1]));
            }
        }
        return options.isEmpty() ? null : options.get(random.nextInt(options.size()));
    }
}
