package org.opensar.engine.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensar.engine.duplicates.DuplicateGroup;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.Evidence;
import org.opensar.engine.policy.ReasonCode;

/**
 * Decides which copy in each group of duplicates is kept and marks the others {@code REMOVE + DUPLICATE}. The kept
 * copy is the one with the most protective decision (withhold, then review, then disclose), so a withheld document is
 * never disclosed through its copy; among equals, one whose file name does not mark it as a copy, then the first by
 * path.
 */
public final class DuplicateMarker {

    private final DisclosurePolicy policy;

    public DuplicateMarker(DisclosurePolicy policy) {
        this.policy = policy;
    }

    /** {@code reports} with the copies in {@code groups} marked as duplicates, in the same order. */
    public List<DocumentReport> mark(List<DocumentReport> reports, List<DuplicateGroup> groups) {
        List<DocumentReport> marked = new ArrayList<>(reports);
        Map<String, Integer> indexByFile = new HashMap<>();
        for (int i = 0; i < marked.size(); i++) {
            indexByFile.put(marked.get(i).file(), i);
        }
        for (DuplicateGroup group : groups) {
            DuplicateGroup.Member kept = group.members().get(0);
            for (DuplicateGroup.Member member : group.members()) {
                int rank = protection(marked.get(indexByFile.get(member.file())).disposition());
                int keptRank =
                        protection(marked.get(indexByFile.get(kept.file())).disposition());
                if (rank < keptRank || (rank == keptRank && before(member.file(), kept.file()))) {
                    kept = member;
                }
            }
            for (DuplicateGroup.Member member : group.members()) {
                if (member != kept) {
                    int i = indexByFile.get(member.file());
                    marked.set(i, marked.get(i).withDecision(duplicate(member, kept.file())));
                }
            }
        }
        return marked;
    }

    /** Among equally protective copies: a file not named as a copy first, then the first by path. */
    private static boolean before(String file, String other) {
        boolean copy = CopyNames.namedAsCopy(file);
        if (copy != CopyNames.namedAsCopy(other)) {
            return !copy;
        }
        return file.compareTo(other) < 0;
    }

    private Decision duplicate(DuplicateGroup.Member copy, String keptFile) {
        List<Evidence> evidence = List.of(
                new Evidence(Evidence.Kind.DUPLICATE, "copy of " + keptFile),
                new Evidence(Evidence.Kind.DUPLICATE, "similarity " + copy.similarity()));
        return new Decision(
                ReasonCode.DUPLICATE.disposition(),
                ReasonCode.DUPLICATE,
                evidence,
                copy.similarity(),
                policy.explain(ReasonCode.DUPLICATE, keptFile),
                keptFile);
    }

    private static int protection(Disposition disposition) {
        return switch (disposition) {
            case WITHHOLD -> 0;
            case REVIEW -> 1;
            case DISCLOSE -> 2;
            case REMOVE -> 3;
        };
    }
}
