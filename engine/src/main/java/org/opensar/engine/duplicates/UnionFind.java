package org.opensar.engine.duplicates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Disjoint sets over document indices: the groups of duplicates. */
final class UnionFind {

    private final int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void union(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }

    List<DuplicateGroup> components(List<DocumentFingerprint> fingerprints, double[] similarity) {
        Map<Integer, List<DuplicateGroup.Member>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.computeIfAbsent(find(i), k -> new ArrayList<>())
                    .add(new DuplicateGroup.Member(
                            fingerprints.get(i).file(), Math.round(similarity[i] * 100) / 100.0));
        }
        return byRoot.values().stream()
                .filter(members -> members.size() > 1)
                .map(DuplicateGroup::new)
                .toList();
    }
}
