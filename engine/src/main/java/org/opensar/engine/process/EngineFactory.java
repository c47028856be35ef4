package org.opensar.engine.process;

import org.opensar.engine.duplicates.AligningDuplicateFinder;
import org.opensar.engine.duplicates.DuplicateSettings;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TikaTextExtractor;
import org.opensar.engine.extract.TimeLimitedExtractor;
import org.opensar.engine.policy.DisclosurePolicy;

/**
 * The engine as its users run it, built in one place: the command line's {@code process} and {@code bench}, and the
 * server's background jobs, get the same stages.
 */
public final class EngineFactory {

    private EngineFactory() {}

    /**
     * The whole case's pipeline: the {@link #documentProcessor} on each document, then copies and documents inside
     * others (found on the shingle index, confirmed by lining their texts up) and the check for documents to disclose
     * that hold a withheld one's text.
     */
    public static CasePipeline pipeline(DisclosurePolicy policy, ExtractionSettings settings, int threads) {
        return new CasePipeline(
                documentProcessor(policy, settings),
                new AligningDuplicateFinder(DuplicateSettings.of(policy.copies())),
                new DuplicateMarker(policy),
                new SharedTextMarker(policy),
                threads);
    }

    /** One document's stages: Tika extraction with a time limit, the policy, personal-data detection. */
    public static DocumentProcessor documentProcessor(DisclosurePolicy policy, ExtractionSettings settings) {
        return new DocumentProcessor(
                new TimeLimitedExtractor(new TikaTextExtractor(settings), settings.timeout()),
                policy.classifier(),
                policy,
                new PersonalDataRedactions());
    }
}
