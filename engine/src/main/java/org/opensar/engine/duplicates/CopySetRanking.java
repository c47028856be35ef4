package org.opensar.engine.duplicates;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.KeptCopy;

/**
 * Which of a set of copies is kept. First the most protectively decided (withheld, then in review, then disclosed),
 * so nothing withheld reaches the requester through its copy; then as the policy's {@link KeptCopy} says; then one
 * whose file name does not call it a copy ("Copy of ...", "... (1)"); then the first by path.
 *
 * <p>An original is told from its copies by what the comparisons found added to each: a printout's headers, footers
 * and page numbers, a stamp, a note about the copy. The one with the fewest such additions is the original.
 */
final class CopySetRanking {

    private static final long SECONDS_A_DAY = 86_400;

    private final KeptCopy rule;
    private final Map<String, CopyTraits> traits;
    private final Map<String, Disposition> decisions;
    private final Map<String, Integer> added = new HashMap<>();
    private final Map<String, Integer> running = new HashMap<>();

    CopySetRanking(
            KeptCopy rule,
            Map<String, CopyTraits> traits,
            Map<String, Disposition> decisions,
            List<CopyRelation> relations) {
        this.rule = rule;
        this.traits = traits;
        this.decisions = decisions;
        for (CopyRelation relation : relations) {
            if (relation.kind() == CopyRelation.Kind.SAME) {
                count(relation.first(), relation.comparison().onlyA());
                count(relation.second(), relation.comparison().onlyB());
            }
        }
    }

    private void count(String file, List<Difference> differences) {
        for (Difference difference : differences) {
            switch (difference.kind()) {
                case ADDED_BY_COPYING -> added.merge(file, difference.words(), Integer::sum);
                case RUNNING_HEADER, PAGE_NUMBER -> {
                    added.merge(file, difference.words(), Integer::sum);
                    running.merge(file, difference.words(), Integer::sum);
                }
                case MISREADING, SUBSTANCE -> {}
            }
        }
    }

    String kept(List<String> set) {
        Comparator<String> order = Comparator.comparingInt(this::protection);
        order = switch (rule) {
            case EARLIEST_ORIGINAL ->
                order.thenComparingInt(this::added).thenComparing(this::scanned).thenComparingLong(this::day);
            case MOST_COMPLETE ->
                order.thenComparing(Comparator.comparingInt(this::content).reversed())
                        .thenComparingInt(this::added)
                        .thenComparingLong(this::day);
            case MOST_READABLE ->
                order.thenComparing(this::scanned).thenComparingInt(this::added).thenComparingLong(this::day);
        };
        order = order.thenComparing(CopyNames::namedAsCopy).thenComparing(Comparator.naturalOrder());
        return set.stream().min(order).orElseThrow();
    }

    private int protection(String file) {
        Disposition disposition = decisions.get(file);
        return disposition == null
                ? 4
                : switch (disposition) {
                    case WITHHOLD -> 0;
                    case REVIEW -> 1;
                    case DISCLOSE -> 2;
                    case REMOVE -> 3;
                };
    }

    private int added(String file) {
        return added.getOrDefault(file, 0);
    }

    /** Its words less the headers, footers and page numbers a printout adds: what it says. */
    private int content(String file) {
        return traits(file).words() - running.getOrDefault(file, 0);
    }

    private boolean scanned(String file) {
        return traits(file).scanned();
    }

    /**
     * The day it is dated, an undated one last. By the day, not the time: a record dated by its day alone (at its
     * midnight) is not earlier than an e-mail sent at 13:37 the same day.
     */
    private long day(String file) {
        long at = traits(file).recordedAt();
        return at == CopyTraits.UNDATED ? Long.MAX_VALUE : Math.floorDiv(at, SECONDS_A_DAY);
    }

    private CopyTraits traits(String file) {
        return traits.getOrDefault(file, CopyTraits.NONE);
    }
}
