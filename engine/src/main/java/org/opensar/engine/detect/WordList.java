package org.opensar.engine.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a word list shipped beside the code: one word or phrase a line, {@code #} opens a comment line, each entry
 * folded ({@link TokenizedText#fold}). Lists are read once, by the class that holds them, and shared read-only.
 */
final class WordList {

    private WordList() {}

    static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(TokenizedText.fold(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(words);
    }
}
