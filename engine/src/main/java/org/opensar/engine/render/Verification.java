package org.opensar.engine.render;

import java.util.List;

/** The result of checking a bundle before release: clean, or every leak found, one line each. */
public record Verification(List<String> findings) {

    public Verification {
        findings = List.copyOf(findings);
    }

    public boolean clean() {
        return findings.isEmpty();
    }
}
