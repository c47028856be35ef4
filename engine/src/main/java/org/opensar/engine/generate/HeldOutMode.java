package org.opensar.engine.generate;

import java.util.Locale;
import org.opensar.engine.cli.UsageException;

/**
 * Which phrasing families to draw from: only the held-out family I, only the tuning families A to H (any
 * of them, at random), or all of them (about 30% held-out).
 */
public enum HeldOutMode {
    ONLY,
    EXCLUDE,
    MIXED;

    /** Parses {@code only}, {@code exclude} or {@code mixed}. */
    public static HeldOutMode parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--held-out must be only, exclude or mixed, not '" + text + "'");
        }
    }
}
