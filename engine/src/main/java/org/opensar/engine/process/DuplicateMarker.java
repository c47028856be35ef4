package org.opensar.engine.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensar.engine.duplicates.Conversations;
import org.opensar.engine.duplicates.CopyEvidence;
import org.opensar.engine.duplicates.CopyRelation;
import org.opensar.engine.duplicates.CopyResolution;
import org.opensar.engine.duplicates.CopyTraits;
import org.opensar.engine.duplicates.DocumentFingerprint;
import org.opensar.engine.policy.Decision;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;

/**
 * Marks as {@code REMOVE + DUPLICATE} every document shown elsewhere: the copies of a set but the one kept (the most
 * protectively decided, then the policy's choice: {@code copies.keep}), and every document wholly inside another to
 * disclose (an e-mail quoted in full in a later one, a note pasted into a chronology). Each says where it is shown,
 * how much of it is there and what differs ({@link CopyEvidence}).
 */
public final class DuplicateMarker {

    private final DisclosurePolicy policy;

    public DuplicateMarker(DisclosurePolicy policy) {
        this.policy = policy;
    }

    /** {@code reports} with the documents shown elsewhere marked as duplicates, in the same order. */
    public List<DocumentReport> mark(
            List<DocumentReport> reports, List<CopyRelation> relations, List<DocumentFingerprint> fingerprints) {
        List<DocumentReport> marked = new ArrayList<>(reports);
        Map<String, Integer> indexByFile = new HashMap<>();
        Map<String, Disposition> decisions = new HashMap<>();
        for (int i = 0; i < marked.size(); i++) {
            indexByFile.put(marked.get(i).file(), i);
            decisions.put(marked.get(i).file(), marked.get(i).disposition());
        }
        Map<String, CopyTraits> traits = new HashMap<>();
        fingerprints.forEach(f -> traits.put(f.file(), f.traits()));
        Map<String, Conversations.Conversation> conversations = Conversations.of(traits);
        for (CopyResolution.Removal removal : CopyResolution.resolve(
                relations, traits, decisions, policy.copies().keep())) {
            Integer i = indexByFile.get(removal.file());
            if (i != null) {
                Conversations.Conversation conversation = conversations.get(removal.file());
                boolean together =
                        conversation != null && conversation.messages().contains(removal.via());
                marked.set(i, marked.get(i).withDecision(duplicate(removal, together ? conversation : null)));
            }
        }
        return marked;
    }

    private Decision duplicate(CopyResolution.Removal removal, Conversations.Conversation conversation) {
        return new Decision(
                ReasonCode.DUPLICATE.disposition(),
                ReasonCode.DUPLICATE,
                CopyEvidence.of(removal, policy.copies().keep(), conversation),
                Math.round(removal.comparison().shareOfFirst() * 100) / 100.0,
                policy.explain(
                        ReasonCode.DUPLICATE,
                        CopyEvidence.plainEnglish(removal, policy.copies().keep(), conversation != null)),
                removal.shownIn());
    }
}
