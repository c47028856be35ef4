package org.opensar.engine.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sentences about a third party's health, mental health, substance use, offending or domestic abuse: a topic word
 * and someone other than the data subject (a relationship word or a name) in the same sentence. Flagged for an
 * officer's review even where the name itself stays.
 */
final class SensitiveSentenceRecognizer implements PersonalDataRecognizer {

    private final Set<String> subjectWords;
    private final NameLists lists = NameLists.instance();

    /** {@code subjectWords}: the folded words of the data subject's names, who is not a third party. */
    SensitiveSentenceRecognizer(Set<String> subjectWords) {
        this.subjectWords = Set.copyOf(subjectWords);
    }

    @Override
    public List<RecognizerResult> recognize(TokenizedText tokens) {
        String text = tokens.text();
        List<RecognizerResult> results = new ArrayList<>();
        int word = 0;
        int sentenceStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !endsSentence(text, i)) {
                continue;
            }
            int end = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
            int first = word;
            while (word < tokens.size() && tokens.start(word) < end) {
                word++;
            }
            sentence(tokens, first, word, sentenceStart, end).ifPresent(results::add);
            sentenceStart = end;
        }
        return results;
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        boolean next = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        return ((c == '.' || c == '!' || c == '?') && next)
                || (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
    }

    private Optional<RecognizerResult> sentence(TokenizedText tokens, int first, int last, int start, int end) {
        SensitiveTopic topic = null;
        String topicWord = null;
        String thirdParty = null;
        for (int w = first; w < last && (topic == null || thirdParty == null); w++) {
            String folded = tokens.folded(w);
            Optional<SensitiveTopic> found = SensitiveTopic.of(folded);
            if (topic == null && found.isPresent()) {
                topic = found.get();
                topicWord = tokens.word(w);
            } else if (thirdParty == null && isThirdParty(tokens, w, folded)) {
                thirdParty = tokens.word(w);
            }
        }
        if (topic == null || thirdParty == null) {
            return Optional.empty();
        }
        String text = tokens.text();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return Optional.of(PatternMatch.result(
                this,
                PersonalDataType.SENSITIVE_SENTENCE,
                text,
                start,
                end,
                0.5,
                Evidence.SENSITIVE_TOPIC,
                "sentence about a third party's " + topic.plainName(),
                List.of(topicWord, thirdParty)));
    }

    private boolean isThirdParty(TokenizedText tokens, int w, String folded) {
        if (Vocabulary.RELATIONSHIP_WORDS.contains(folded) && !folded.equals("family")) {
            return true;
        }
        return tokens.capitalised(w)
                && !subjectWords.contains(folded)
                && (Vocabulary.TITLES.contains(folded) || lists.isName(folded) && !lists.isEnglishWord(folded));
    }
}
