package org.opensar.engine.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Social care terms and what they mean (glossary.tsv). A glossary collects the terms that appear in the disclosed
 * documents, one document at a time, so the bundle explains only the words the requester will meet.
 */
final class Glossary {

    record Term(String term, Pattern pattern, String explanation) {}

    private static final List<Term> TERMS = read();

    private final Set<Term> found = new LinkedHashSet<>();

    void scan(String text) {
        for (Term term : TERMS) {
            if (!found.contains(term) && term.pattern().matcher(text).find()) {
                found.add(term);
            }
        }
    }

    /** Every term of the glossary. */
    static List<Term> terms() {
        return TERMS;
    }

    /** The terms found so far, in glossary order. */
    List<Term> found() {
        return TERMS.stream().filter(found::contains).toList();
    }

    private static List<Term> read() {
        List<Term> terms = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Glossary.class.getResourceAsStream("glossary.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                terms.add(new Term(columns[0], Pattern.compile(columns[1]), columns[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }
}
