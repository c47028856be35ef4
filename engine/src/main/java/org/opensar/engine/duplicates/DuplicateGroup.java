package org.opensar.engine.duplicates;

import java.util.List;

/** Documents that hold the same, or very nearly the same, information; each with its best similarity to another. */
public record DuplicateGroup(List<Member> members) {

    /** One document of a group and its similarity (Jaccard of distinctive shingles, 1.0 for an exact copy). */
    public record Member(String file, double similarity) {}

    public DuplicateGroup {
        members = List.copyOf(members);
    }
}
