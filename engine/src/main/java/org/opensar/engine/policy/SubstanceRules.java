package org.opensar.engine.policy;

import java.util.List;

/**
 * What makes a carer's log entry meaningful: words of substance (events, feelings, incidents, health, education,
 * contact, decisions), and the routine words an entry with nothing of substance is made of. An entry with any
 * other word is kept, so the rule errs towards disclosure.
 */
public record SubstanceRules(List<String> substanceTerms, List<String> routineWords) {

    public SubstanceRules {
        substanceTerms = substanceTerms == null ? List.of() : List.copyOf(substanceTerms);
        routineWords = routineWords == null ? List.of() : List.copyOf(routineWords);
    }
}
