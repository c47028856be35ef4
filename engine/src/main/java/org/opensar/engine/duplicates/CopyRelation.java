package org.opensar.engine.duplicates;

/**
 * Two documents found alike and lined up: copies of each other ({@link Kind#SAME}: either may be kept), or the first
 * wholly inside the second, which has something of substance more ({@link Kind#INSIDE}: the second must be kept).
 *
 * @param comparison the first's text lined up with the second's
 */
public record CopyRelation(String first, String second, Kind kind, CopyComparison comparison) {

    public enum Kind {
        SAME,
        INSIDE
    }
}
