package org.opensar.server.review;

import java.util.List;
import org.opensar.engine.duplicates.DuplicateSettings;
import org.opensar.engine.duplicates.SideBySide;
import org.opensar.engine.policy.DisclosurePolicy;
import org.springframework.stereotype.Service;

/**
 * A document removed as a copy of another, or as wholly inside it, beside the document it copies: the two stored
 * texts lined up word by word with what only one has marked, so the officer can see what differs before agreeing
 * that the requester gets it once. Read as the document page reads its text; lined up as the duplicate stage lined
 * them up, with the policy's note length.
 */
@Service
class CopyViews {

    private final CaseFileRepository caseFiles;
    private final DuplicateSettings settings;

    CopyViews(CaseFileRepository caseFiles, DisclosurePolicy policy) {
        this.caseFiles = caseFiles;
        this.settings = DuplicateSettings.of(policy.copies());
    }

    /**
     * A removed copy beside the document it copies.
     *
     * @param copy the removed document
     * @param kept the document it copies or is inside
     * @param evidence the engine's evidence for the removal (which it copies, how much, what differs)
     */
    record CopyView(ReviewDocument copy, ReviewDocument kept, List<String> evidence, SideBySide sideBySide) {}

    CopyView of(CaseFileSummary caseFile, ReviewDocument copy) {
        CaseFileRepository.DocumentContent content = caseFiles.content(copy.id());
        if (content.duplicateOf() == null) {
            throw new CaseFileRefusedException(copy.file() + " was not removed as a copy of another document.");
        }
        ReviewDocument kept = caseFiles
                .document(caseFile.id(), content.duplicateOf())
                .orElseThrow(() -> new CaseFileRefusedException("The document " + copy.file() + " copies, "
                        + content.duplicateOf() + ", is not in the case file."));
        String keptText = caseFiles.text(caseFile.id(), kept.file()).orElse("");
        return new CopyView(
                copy, kept, content.evidence(), SideBySide.of(content.text(), keptText, settings.noteWords()));
    }
}
