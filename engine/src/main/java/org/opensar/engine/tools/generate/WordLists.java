package org.opensar.engine.tools.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The generator's hand-written word lists, read from a resource of {@code [section]} headings followed by
 * comma-separated lines; a line may start with a one-letter key ({@code F}, {@code M}, {@code S}), which is
 * then kept as {@code section/F}.
 */
final class WordLists {

    private final Map<String, List<String>> lists;

    private WordLists(Map<String, List<String>> lists) {
        this.lists = lists;
    }

    static WordLists load(String resource) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        String section = "";
        for (String line : lines(resource)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line.substring(1, line.indexOf(']'));
                continue;
            }
            String key = section;
            String values = line;
            if (line.length() > 2 && line.charAt(1) == ' ' && Character.isUpperCase(line.charAt(0))) {
                key = section + "/" + line.charAt(0);
                values = line.substring(2);
            }
            List<String> list = lists.computeIfAbsent(key, k -> new ArrayList<>());
            Arrays.stream(values.split(",")).map(String::strip).forEach(list::add);
        }
        return new WordLists(Map.copyOf(lists));
    }

    static List<String> lines(String resource) {
        InputStream in = WordLists.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing generator resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> get(String key) {
        List<String> list = lists.get(key);
        if (list == null) {
            throw new IllegalArgumentException("no word list " + key);
        }
        return list;
    }

    String pick(String key, Random random) {
        List<String> list = get(key);
        return list.get(random.nextInt(list.size()));
    }

    List<String> sections() {
        return lists.keySet().stream()
                .filter(k -> k.endsWith("/S"))
                .map(k -> k.substring(0, k.length() - 2))
                .sorted()
                .toList();
    }
}
