package org.opensar.engine.tools.learn;

import java.util.Map;
import java.util.Optional;
import org.opensar.engine.policy.LearnedClassifier;

/**
 * The policy category each of the generator's document kinds belongs to (docs/generator.md lists the kinds, the
 * care-leaver policy names the categories). A placement log with something of substance is its own category, since
 * the policy discloses it where it removes a log of routine entries.
 */
final class KindCategories {

    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("case-note", "case notes"),
            Map.entry("personal-advisor-note", "case notes"),
            Map.entry("cic-review", "children in care review notes"),
            Map.entry("chronology", "the chronology"),
            Map.entry("assessment", "reports, assessments and plans"),
            Map.entry("care-plan", "reports, assessments and plans"),
            Map.entry("meeting-minutes", "meeting notes and minutes"),
            Map.entry("placement-log", LearnedClassifier.MEANINGFUL_LOG),
            Map.entry("placement-log-routine", "carer and placement logs"),
            Map.entry("school-meeting", "information a school or other body gave social care"),
            Map.entry("school-report", "school records social care took no part in"),
            Map.entry("family-letter", "what family members and other non-professionals wrote or said"),
            Map.entry("health-letter", "NHS and medical information"),
            Map.entry("police-report", "police information"),
            Map.entry("psychology-report", "psychological reports"),
            Map.entry("independent-social-worker-report", "independent social worker reports"),
            Map.entry("court-statement", "court documents and anything written for the courts"),
            Map.entry("court-application", "court documents and anything written for the courts"),
            Map.entry("finance", "financial information"),
            Map.entry("placement-information-record", "administrative records for staff only"),
            Map.entry("case-transfer", "administrative records for staff only"));

    private KindCategories() {}

    static Optional<String> of(String kind) {
        return Optional.ofNullable(CATEGORIES.get(kind));
    }
}
