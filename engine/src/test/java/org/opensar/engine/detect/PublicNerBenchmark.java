package org.opensar.engine.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Person-name recall and precision on labelled English text nobody here wrote, scored by character overlap: of the
 * letters and digits inside the labelled people's names, the share inside a PERSON redaction (recall); of the letters
 * and digits inside PERSON redactions, the share inside a labelled name (precision). Detection runs with no case
 * description, every score counted, as an officer would see the proposals.
 *
 * <p>Two formats: CoNLL-2003 ({@code conll FILE}: one "token POS chunk tag" a line, a blank line between sentences,
 * PER tags counted; an article starts at the headline before a dateline sentence "LONDON 1996-08-30", where the file
 * has no -DOCSTART- lines; tokens joined by spaces, sentences by line breaks) and Presidio research's synthetic set
 * ({@code presidio FILE}: a JSON array of {full_text, spans[{entity_type, start_position, end_position}]}, PERSON
 * spans counted, each record its own text). The data are not in the repository (docs/measurements.md says how to
 * fetch them). Run: {@code ./mvnw -q -o -pl engine test-compile exec:java
 * -Dexec.mainClass=org.opensar.engine.detect.PublicNerBenchmark -Dexec.classpathScope=test -Dexec.args="conll FILE"}.
 */
public final class PublicNerBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A text with its labelled people's names as character spans. */
    record Labelled(String text, List<TextSpan> people) {}

    private PublicNerBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PublicNerBenchmark conll|presidio FILE [--misses N]");
            System.exit(2);
        }
        List<Labelled> texts = args[0].equals("conll") ? conll(Path.of(args[1])) : presidio(Path.of(args[1]));
        int misses = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        PersonalDataDetector detector = PersonalDataDetector.withoutCase();
        long gold = 0;
        long predicted = 0;
        long overlap = 0;
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (Labelled labelled : texts) {
            String text = labelled.text();
            BitSet inGold = new BitSet(text.length());
            labelled.people().forEach(span -> inGold.set(span.start(), span.end()));
            BitSet inPredicted = new BitSet(text.length());
            for (ProposedRedaction redaction : detector.detect(text)) {
                if (redaction.type() == PersonalDataType.PERSON) {
                    inPredicted.set(redaction.start(), redaction.end());
                    if (!inGold.get(redaction.start(), redaction.end()).isEmpty() || spurious.size() >= misses) {
                        continue;
                    }
                    spurious.add(redaction.text());
                }
            }
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    continue;
                }
                gold += inGold.get(i) ? 1 : 0;
                predicted += inPredicted.get(i) ? 1 : 0;
                overlap += inGold.get(i) && inPredicted.get(i) ? 1 : 0;
            }
            for (TextSpan span : labelled.people()) {
                if (inPredicted.get(span.start(), span.end()).cardinality() < span.end() - span.start()
                        && missed.size() < misses) {
                    missed.add(span.of(text));
                }
            }
        }
        System.out.printf(
                "%s %s: %d texts, %d names; recall %.3f (%d/%d characters), precision %.3f (%d/%d)%n",
                args[0],
                args[1],
                texts.size(),
                texts.stream().mapToInt(t -> t.people().size()).sum(),
                (double) overlap / gold,
                overlap,
                gold,
                (double) overlap / predicted,
                overlap,
                predicted);
        if (misses > 0) {
            missed.forEach(name -> System.out.println("missed\t" + name.replace('\n', ' ')));
            spurious.forEach(name -> System.out.println("not a labelled name\t" + name.replace('\n', ' ')));
        }
    }

    static List<Labelled> conll(Path file) throws IOException {
        List<List<String[]>> sentences = new ArrayList<>();
        List<String[]> sentence = new ArrayList<>();
        List<Integer> documentStarts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("-DOCSTART-")) {
                documentStarts.add(sentences.size());
                continue;
            }
            if (line.isBlank()) {
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                    sentence = new ArrayList<>();
                }
                continue;
            }
            sentence.add(line.split(" "));
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        if (documentStarts.isEmpty()) {
            for (int i = 1; i < sentences.size(); i++) {
                List<String[]> s = sentences.get(i);
                if (s.get(s.size() - 1)[0].matches("\\d{4}-\\d{2}-\\d{2}")) {
                    documentStarts.add(i - 1);
                }
            }
        }
        documentStarts.add(sentences.size());
        List<Labelled> documents = new ArrayList<>();
        int from = 0;
        for (int end : documentStarts) {
            if (end > from) {
                documents.add(document(sentences.subList(from, end)));
            }
            from = end;
        }
        return documents;
    }

    private static Labelled document(List<List<String[]>> sentences) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> people = new ArrayList<>();
        for (List<String[]> sentence : sentences) {
            int open = -1;
            for (int t = 0; t < sentence.size(); t++) {
                String[] token = sentence.get(t);
                String tag = token[token.length - 1];
                boolean person = tag.endsWith("-PER");
                boolean starts = person && (tag.startsWith("B-") || open < 0);
                if (open >= 0 && (!person || starts)) {
                    people.add(new TextSpan(open, text.length() - 1));
                    open = -1;
                }
                if (starts) {
                    open = text.length();
                }
                text.append(token[0]).append(' ');
            }
            if (open >= 0) {
                people.add(new TextSpan(open, text.length() - 1));
            }
            text.setLength(text.length() - 1);
            text.append('\n');
        }
        return new Labelled(text.toString(), people);
    }

    static List<Labelled> presidio(Path file) throws IOException {
        List<Labelled> texts = new ArrayList<>();
        for (JsonNode record : JSON.readTree(file.toFile())) {
            List<TextSpan> people = new ArrayList<>();
            for (JsonNode span : record.path("spans")) {
                if (span.path("entity_type").asString().equals("PERSON")) {
                    people.add(new TextSpan(
                            span.path("start_position").asInt(),
                            span.path("end_position").asInt()));
                }
            }
            texts.add(new Labelled(record.path("full_text").asString(), people));
        }
        return texts;
    }
}
