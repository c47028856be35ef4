package org.opensar.engine.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.KeptCopy;

/**
 * Decides, from the copies and containments found and what each document was decided, which documents are removed
 * and where each is shown instead. Copies of each other form a set, of which one is kept: the most protectively
 * decided (so nothing withheld is disclosed through its copy), then the one the policy's {@link KeptCopy} prefers.
 * A set wholly inside a document to disclose is shown there, in the most inclusive such document, unless it is
 * decided more protectively itself or, for an e-mail, carries an attachment the other lacks.
 */
public final class CopyResolution {

    /**
     * A document removed because all of it is shown in {@code shownIn}.
     *
     * @param how whether it is a copy of {@code shownIn}'s set or inside it
     * @param comparison the document lined up with the kept copy, or with the document it is inside
     * @param via for a document inside another, the document whose text holds it directly (which may itself be
     *     removed in favour of {@code shownIn}); otherwise {@code shownIn}
     */
    public record Removal(String file, String shownIn, CopyRelation.Kind how, CopyComparison comparison, String via) {}

    private final Map<String, Integer> places = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();
    private final Map<String, CopyTraits> traits;
    private final Map<String, Disposition> decisions;
    private final KeptCopy rule;

    private CopyResolution(Map<String, CopyTraits> traits, Map<String, Disposition> decisions, KeptCopy rule) {
        this.traits = traits;
        this.decisions = decisions;
        this.rule = rule;
    }

    /**
     * @param traits each document's traits, by file
     * @param decisions each document's disposition as decided so far, by file
     */
    public static List<Removal> resolve(
            List<CopyRelation> relations,
            Map<String, CopyTraits> traits,
            Map<String, Disposition> decisions,
            KeptCopy rule) {
        return new CopyResolution(traits, decisions, rule).resolve(relations);
    }

    private List<Removal> resolve(List<CopyRelation> relations) {
        relations.forEach(r -> {
            place(r.first());
            place(r.second());
        });
        UnionFind sets = new UnionFind(files.size());
        Map<FilePair, CopyRelation> byPair = new HashMap<>();
        for (CopyRelation relation : relations) {
            byPair.put(FilePair.of(relation.first(), relation.second()), relation);
            if (relation.kind() == CopyRelation.Kind.SAME) {
                sets.union(places.get(relation.first()), places.get(relation.second()));
            }
        }
        Map<Integer, List<String>> members = new LinkedHashMap<>();
        files.forEach(f -> members.computeIfAbsent(sets.find(places.get(f)), k -> new ArrayList<>())
                .add(f));
        CopySetRanking ranking = new CopySetRanking(rule, traits, decisions, relations);
        Map<Integer, String> kept = new HashMap<>();
        members.forEach((set, files) -> kept.put(set, ranking.kept(files)));
        Containers containers = new Containers(relations, sets, places, kept, decisions, traits);
        List<Removal> removals = new ArrayList<>();
        members.forEach((set, files) -> {
            String keeper = kept.get(set);
            Containers.Holder holder = containers.top(set);
            for (String file : files) {
                if (holder != null) {
                    CopyRelation direct = byPair.get(FilePair.of(file, holder.direct()));
                    removals.add(new Removal(
                            file,
                            holder.shownIn(),
                            CopyRelation.Kind.INSIDE,
                            direct == null ? holder.relation().comparison() : oriented(direct, file),
                            holder.direct()));
                } else if (!file.equals(keeper)) {
                    removals.add(new Removal(
                            file, keeper, CopyRelation.Kind.SAME, comparison(file, keeper, files, byPair), keeper));
                }
            }
        });
        removals.sort(Comparator.comparing(Removal::file));
        return removals;
    }

    /** {@code file} lined up with the kept copy, or, when the two were not lined up, with the set member that was. */
    private static CopyComparison comparison(
            String file, String keeper, List<String> set, Map<FilePair, CopyRelation> byPair) {
        CopyRelation direct = byPair.get(FilePair.of(file, keeper));
        if (direct != null) {
            return oriented(direct, file);
        }
        for (String other : set) {
            CopyRelation relation = byPair.get(FilePair.of(file, other));
            if (relation != null) {
                return oriented(relation, file);
            }
        }
        throw new IllegalStateException(file + " is in a set of copies with nothing lined up with it");
    }

    /** The relation's comparison seen from {@code file}. */
    private static CopyComparison oriented(CopyRelation relation, String file) {
        return relation.first().equals(file)
                ? relation.comparison()
                : relation.comparison().reversed();
    }

    private void place(String file) {
        if (!places.containsKey(file)) {
            places.put(file, files.size());
            files.add(file);
        }
    }

    /** Two files in a fixed order, to look a relation up by, whichever way round it was found. */
    private record FilePair(String a, String b) {

        static FilePair of(String x, String y) {
            return x.compareTo(y) <= 0 ? new FilePair(x, y) : new FilePair(y, x);
        }
    }
}
