package org.opensar.engine.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The e-mails of a case grouped into conversations: a message joins the messages its References and In-Reply-To
 * name, and those with the same topic (the subject without "RE:", "FW:" and the like) when the topic is specific
 * enough to tell conversations apart (three words or more: "Update" is not). Each conversation lists its messages in
 * the order they were sent.
 */
public final class Conversations {

    private static final Pattern REPLY_PREFIX =
            Pattern.compile("^\\s*((re|fw|fwd|aw|wg|sv|vs|antw)\\s*(\\[\\d+])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final int SPECIFIC_TOPIC_WORDS = 3;

    /** One conversation: its topic and its messages, oldest first. */
    public record Conversation(String topic, List<String> messages) {

        /** "message 2 of 4" */
        public String place(String file) {
            return "message " + (messages.indexOf(file) + 1) + " of " + messages.size();
        }
    }

    private Conversations() {}

    /** Each message of a conversation of two or more, by file, with its conversation. */
    public static Map<String, Conversation> of(Map<String, CopyTraits> traits) {
        List<String> messages = traits.entrySet().stream()
                .filter(e -> e.getValue().message())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        UnionFind together = new UnionFind(messages.size());
        Map<String, Integer> byId = new HashMap<>();
        Map<String, Integer> byTopic = new HashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            CopyTraits message = traits.get(messages.get(i));
            if (message.messageId() != null) {
                byId.putIfAbsent(message.messageId(), i);
            }
            String topic = topic(message.topic());
            if (topic.split(" ").length >= SPECIFIC_TOPIC_WORDS) {
                Integer first = byTopic.putIfAbsent(topic, i);
                if (first != null) {
                    together.union(i, first);
                }
            }
        }
        for (int i = 0; i < messages.size(); i++) {
            for (String reference : traits.get(messages.get(i)).references()) {
                Integer answered = byId.get(reference);
                if (answered != null) {
                    together.union(i, answered);
                }
            }
        }
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            groups.computeIfAbsent(together.find(i), k -> new ArrayList<>()).add(messages.get(i));
        }
        Map<String, Conversation> conversations = new HashMap<>();
        for (List<String> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            group.sort(Comparator.comparingLong((String f) -> traits.get(f).recordedAt())
                    .thenComparing(f -> f));
            String topic = traits.get(group.get(0)).topic();
            Conversation conversation = new Conversation(
                    topic == null
                            ? ""
                            : REPLY_PREFIX.matcher(topic).replaceFirst("").strip(),
                    List.copyOf(group));
            group.forEach(f -> conversations.put(f, conversation));
        }
        return conversations;
    }

    /** The topic as conversations are matched by: no reply or forward prefixes, lower case, single spaces. */
    static String topic(String subject) {
        if (subject == null) {
            return "";
        }
        return REPLY_PREFIX
                .matcher(subject)
                .replaceFirst("")
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }
}
