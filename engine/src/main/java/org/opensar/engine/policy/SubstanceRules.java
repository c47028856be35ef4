package org.opensar.engine.policy;

import java.util.List;

/**
 * What makes a carer's log entry meaningful. A substance term (an event, a feeling, an incident, health, education,
 * contact, a decision: "excluded", "upset", "contact") gives an entry substance by itself, however short, unless it is
 * part of a routine phrase, which says nothing by itself ("bank holiday" is no holiday, "dentist check-up" no
 * illness). Routine
 * words ("went", "school", "tea", "bed", "no", "issues") give it none. Any other word weighs
 * {@code otherWordWeight}, and an entry whose other words together weigh 1 or more has substance: at 0.5, one
 * unlisted word ("Attended school, ate well") is not enough but two are ("Went to the cinema with friends"), so a
 * longer entry about something the lists do not know is still kept. Left out, the weight is 1: any unlisted word
 * counts, the setting that errs furthest towards disclosure.
 */
public record SubstanceRules(
        List<String> substanceTerms, List<String> routinePhrases, List<String> routineWords, double otherWordWeight) {

    public SubstanceRules {
        substanceTerms = substanceTerms == null ? List.of() : List.copyOf(substanceTerms);
        routinePhrases = routinePhrases == null ? List.of() : List.copyOf(routinePhrases);
        routineWords = routineWords == null ? List.of() : List.copyOf(routineWords);
        if (otherWordWeight < 0 || otherWordWeight > 1) {
            throw new InvalidPolicyException("otherWordWeight must be between 0 and 1, not " + otherWordWeight);
        }
        otherWordWeight = otherWordWeight == 0 ? 1 : otherWordWeight;
    }
}
