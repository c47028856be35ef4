package org.opensar.engine.policy;

import java.util.regex.Pattern;

/** Matches a policy phrase as whole words, in any case, with any run of spaces or line breaks between words. */
final class PhraseMatcher {

    private final Pattern pattern;

    PhraseMatcher(String phrase) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = phrase.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{N}])");
        this.pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean foundIn(String text) {
        return pattern.matcher(text).find();
    }
}
