package org.opensar.engine.register;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensar.engine.casefile.PersonCategory;
import org.opensar.engine.detect.Gender;
import org.opensar.engine.detect.PersonSighting;

/** A person being gathered from the documents' sightings: their evidence, weighed when the register is built. */
final class Candidate {

    /** Evidence shown per person: enough to see why, not every mention. */
    private static final int EVIDENCE_SHOWN = 6;

    final String name;
    final Set<String> aliases = new LinkedHashSet<>();
    final Map<PersonCategory, Integer> weights = new EnumMap<>(PersonCategory.class);
    final Map<String, Integer> relationships = new java.util.HashMap<>();
    final List<String> evidence = new ArrayList<>();
    Gender gender = Gender.UNKNOWN;
    int mentions;

    Candidate(String name) {
        this.name = name;
    }

    void add(String file, PersonSighting sighting) {
        mentions++;
        if (!sighting.title().isEmpty()) {
            aliases.add(sighting.title() + " " + surname(sighting.name()));
            noteGender(Gender.of(sighting.title()));
        }
        if (sighting.category() == null) {
            return;
        }
        int weight = sighting.kind().weight();
        weights.merge(sighting.category(), weight, Integer::sum);
        if (!sighting.relationship().isEmpty()) {
            relationships.merge(sighting.relationship(), weight, Integer::sum);
            noteGender(Gender.of(sighting.relationship()));
        }
        if (evidence.size() < EVIDENCE_SHOWN) {
            evidence.add(file + ": \"" + sighting.context() + "\"");
        }
    }

    void noteGender(Gender found) {
        gender = gender == Gender.UNKNOWN ? found : gender;
    }

    int weight() {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    static String surname(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }
}
