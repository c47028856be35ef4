package org.opensar.engine.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensar.engine.casefile.PersonCategory;

/**
 * The words that say who someone is ({@code roles.txt}: "allocated social worker", "Mum", "PC"), each with the
 * category and relationship it gives, read once. Look-ups take folded words.
 */
final class Roles {

    /** What a role word says: the person's category and their relationship as the register records it. */
    record Role(String phrase, PersonCategory category, String relationship) {}

    private static final Roles INSTANCE = new Roles();

    private final Map<String, Role> byPhrase = new HashMap<>();
    private int longest;

    private Roles() {
        try (InputStream in = Roles.class.getResourceAsStream("roles.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                String phrase = String.join(" ", FoldedWords.words(parts[0]));
                byPhrase.put(phrase, new Role(phrase, PersonCategory.valueOf(parts[1].strip()), parts[2].strip()));
                longest = Math.max(longest, phrase.split(" ").length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read roles.txt", e);
        }
    }

    static Roles instance() {
        return INSTANCE;
    }

    /** The role the words end with, longest phrase first ("maternal grandmother" before "grandmother"). */
    Optional<Role> endingWith(List<String> words) {
        for (int n = Math.min(longest, words.size()); n > 0; n--) {
            Role role = byPhrase.get(String.join(" ", words.subList(words.size() - n, words.size())));
            if (role != null) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The role the words start with, longest phrase first. */
    Optional<Role> startingWith(List<String> words) {
        for (int n = Math.min(longest, words.size()); n > 0; n--) {
            Role role = byPhrase.get(String.join(" ", words.subList(0, n)));
            if (role != null) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The longest role anywhere in the words, earliest first. */
    Optional<Role> within(List<String> words) {
        for (int n = Math.min(longest, words.size()); n > 0; n--) {
            for (int i = 0; i + n <= words.size(); i++) {
                Role role = byPhrase.get(String.join(" ", words.subList(i, i + n)));
                if (role != null) {
                    return Optional.of(role);
                }
            }
        }
        return Optional.empty();
    }
}
