package org.opensar.engine.cctv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one way overlapping finds become one proposal: finds of the same kind whose boxes overlap by a third (or one
 * mostly inside the other) are one thing, boxed and scored by the surest find, explained by every detector that found
 * it (not their union: a profile cascade's box is often twice the frontal one's, and a union of them grows with every
 * cascade). Different kinds stay apart: a face inside a person is both.
 */
final class RegionMerger {

    private static final double SAME_THING_IOU = 0.3;
    private static final double INSIDE = 0.6;

    private RegionMerger() {}

    static List<ProposedRegion> merge(List<ProposedRegion> found) {
        List<ProposedRegion> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingDouble(ProposedRegion::score).reversed());
        List<Group> groups = new ArrayList<>();
        for (ProposedRegion region : sorted) {
            groups.stream()
                    .filter(g -> g.kind == region.kind() && g.sameThing(region.box()))
                    .findFirst()
                    .ifPresentOrElse(g -> g.add(region), () -> groups.add(new Group(region)));
        }
        return groups.stream()
                .map(Group::proposal)
                .sorted(Comparator.comparing((ProposedRegion p) -> p.kind())
                        .thenComparing(p -> p.box().y())
                        .thenComparing(p -> p.box().x()))
                .toList();
    }

    private static final class Group {
        private final RegionKind kind;
        private final Box box;
        private final double score;
        private final Set<String> why = new LinkedHashSet<>();

        Group(ProposedRegion first) {
            this.kind = first.kind();
            this.box = first.box();
            this.score = first.score();
            why.add(first.explanation());
        }

        boolean sameThing(Box other) {
            return box.iou(other) >= SAME_THING_IOU || other.coveredBy(box) >= INSIDE || box.coveredBy(other) >= INSIDE;
        }

        void add(ProposedRegion region) {
            why.add(region.explanation());
        }

        ProposedRegion proposal() {
            return new ProposedRegion(box, kind, score, String.join("; ", why));
        }
    }
}
