package org.opensar.engine.tools.evaluate;

import java.util.List;
import java.util.Map;

/**
 * How well a report matches a generated case's answer key.
 *
 * @param documents documents compared
 * @param dispositionsRight documents whose disposition matches the key
 * @param heldOutDocuments documents written from held-out templates (never used for tuning)
 * @param heldOutDispositionsRight of those, how many match
 * @param withheldDisclosed documents the key withholds that the report discloses: must be zero
 * @param duplicateGroups groups of copies in the key
 * @param duplicateGroupsHandled groups where the report keeps exactly one copy and marks the others as duplicates
 * @param duplicateGroupsByKind the groups and those handled, by the kind of copy in them (the key's hard labels)
 * @param wronglyRemovedAsDuplicates documents the report removes as duplicates that the key keeps: must be none
 * @param thirdPartyOccurrences third-party personal data occurrences in documents the key discloses
 * @param thirdPartyRedacted of those, how many a proposed redaction covers
 * @param mustKeepOccurrences occurrences that must stay (the subject, staff, relationship words...)
 * @param mustKeepKept of those, how many no redaction covers
 * @param confusion expected disposition to reported disposition to count
 * @param mistakes the first documents decided wrongly, for a person to look at
 */
public record Evaluation(
        int documents,
        int dispositionsRight,
        int heldOutDocuments,
        int heldOutDispositionsRight,
        int withheldDisclosed,
        int duplicateGroups,
        int duplicateGroupsHandled,
        Map<String, CopyGroups> duplicateGroupsByKind,
        List<String> wronglyRemovedAsDuplicates,
        int thirdPartyOccurrences,
        int thirdPartyRedacted,
        int mustKeepOccurrences,
        int mustKeepKept,
        Map<String, Map<String, Integer>> confusion,
        List<Mistake> mistakes) {

    /** Groups of copies of one kind: how many, and how many the report handled. */
    public record CopyGroups(int groups, int handled) {}

    /** One document decided differently from the key. */
    public record Mistake(String file, String kind, String expected, String reported) {}

    public double dispositionAccuracy() {
        return share(dispositionsRight, documents);
    }

    public double heldOutDispositionAccuracy() {
        return share(heldOutDispositionsRight, heldOutDocuments);
    }

    public double duplicateGroupsHandledShare() {
        return share(duplicateGroupsHandled, duplicateGroups);
    }

    public double thirdPartyRedactedShare() {
        return share(thirdPartyRedacted, thirdPartyOccurrences);
    }

    public double mustKeepKeptShare() {
        return share(mustKeepKept, mustKeepOccurrences);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
