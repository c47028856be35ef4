package org.opensar.engine.duplicates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensar.engine.policy.Disposition;

/**
 * Where a set of copies is shown when it is wholly inside another document: in the most inclusive document to
 * disclose that holds it, and, when that one is itself inside another, in that other, and so on up. A set decided
 * more protectively than disclosure stays as it is (a withheld note quoted in a case note is the shared-text check's
 * business), and so does an e-mail with an attachment the holder lacks.
 */
final class Containers {

    /**
     * Where a set is shown: {@code shownIn}, reached through {@code direct}, the document that holds it in its own
     * text (by {@code relation}).
     */
    record Holder(String shownIn, String direct, CopyRelation relation) {}

    private final Map<Integer, List<CopyRelation>> insideOf = new HashMap<>();
    private final UnionFind sets;
    private final Map<String, Integer> places;
    private final Map<Integer, String> kept;
    private final Map<String, Disposition> decisions;
    private final Map<String, CopyTraits> traits;
    private final Map<Integer, Holder> tops = new HashMap<>();
    private final Set<Integer> climbing = new HashSet<>();

    Containers(
            List<CopyRelation> relations,
            UnionFind sets,
            Map<String, Integer> places,
            Map<Integer, String> kept,
            Map<String, Disposition> decisions,
            Map<String, CopyTraits> traits) {
        this.sets = sets;
        this.places = places;
        this.kept = kept;
        this.decisions = decisions;
        this.traits = traits;
        for (CopyRelation relation : relations) {
            if (relation.kind() == CopyRelation.Kind.INSIDE) {
                int inner = set(relation.first());
                if (inner != set(relation.second())) {
                    insideOf.computeIfAbsent(inner, k -> new java.util.ArrayList<>())
                            .add(relation);
                }
            }
        }
    }

    /** Where the set is shown instead, or null when it is shown as itself. */
    Holder top(int set) {
        if (tops.containsKey(set)) {
            return tops.get(set);
        }
        if (!climbing.add(set)) {
            return null;
        }
        Holder holder = null;
        if (decisions.get(kept.get(set)) == Disposition.DISCLOSE) {
            CopyRelation best = null;
            for (CopyRelation relation : insideOf.getOrDefault(set, List.of())) {
                String holderKept = kept.get(set(relation.second()));
                if (decisions.get(holderKept) == Disposition.DISCLOSE
                        && traits(relation.first()).attachmentsIn(traits(relation.second()))
                        && (best == null || words(holderKept) > words(kept.get(set(best.second()))))) {
                    best = relation;
                }
            }
            if (best != null) {
                Holder above = top(set(best.second()));
                String shownIn = above != null ? above.shownIn() : kept.get(set(best.second()));
                holder = new Holder(shownIn, best.second(), best);
            }
        }
        climbing.remove(set);
        tops.put(set, holder);
        return holder;
    }

    private int set(String file) {
        return sets.find(places.get(file));
    }

    private int words(String file) {
        return traits(file).words();
    }

    private CopyTraits traits(String file) {
        return traits.getOrDefault(file, CopyTraits.NONE);
    }
}
