package org.opensar.engine.tools.generate;

/**
 * Which phrasing families to draw from: only the held-out family I, only the tuning families A to H (any
 * of them, at random), or all of them (about 30% held-out).
 */
public enum HeldOutMode {
    ONLY,
    EXCLUDE,
    MIXED
}
