package org.opensar.server.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.opensar.engine.detect.RedactionStatus;
import org.opensar.engine.policy.Disposition;
import org.opensar.engine.policy.ReasonCode;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.staff.Actor;
import org.springframework.context.ApplicationContext;

/** Review steps the tests take through the workbench the pages use, where clicking each would add nothing. */
public final class ReviewSteps {

    private ReviewSteps() {}

    /**
     * Takes a received request to released through the services an officer's pages use: work started, a small
     * generated case file attached and processed, everything settled, sent for checking by the officer, approved by
     * the manager (the second person) and released. The generated case file is written under {@code folder}.
     */
    public static Release.Released released(
            ApplicationContext context, CaseReference reference, Actor officer, Actor manager, Path folder)
            throws IOException, InterruptedException {
        Casework casework = context.getBean(Casework.class);
        Workbench workbench = context.getBean(Workbench.class);
        casework.act(reference, new ActionInput(RequestAction.START_WORK, null, null), officer);
        Path zip = GeneratedCaseFiles.zipped(folder.resolve("case"), 7, 4);
        try (InputStream in = Files.newInputStream(zip)) {
            context.getBean(CaseFiles.class).attachUpload(reference, in, -1, officer);
        }
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (workbench.caseFile(reference).status() == CaseFileStatus.PROCESSING) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("the case file was not processed in 3 minutes");
            }
            Thread.sleep(250);
        }
        settleTheRest(workbench, reference, officer, "read it: fine");
        casework.act(reference, new ActionInput(RequestAction.SEND_FOR_QA, null, null), officer);
        context.getBean(QualityCheck.class).approve(reference, "Fine.", manager);
        prepared(context, reference, officer);
        return context.getBean(Release.class).release(reference, null, officer);
    }

    /** Prepares the approved disclosure's bundle, as the release page's button does, and waits for the job. */
    public static PreparedBundle prepared(ApplicationContext context, CaseReference reference, Actor officer)
            throws InterruptedException {
        BundlePreparation preparation = context.getBean(BundlePreparation.class);
        preparation.prepare(reference, officer);
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            PreparedBundle bundle = preparation.of(reference).orElseThrow().bundle();
            if (!bundle.state().working()) {
                return bundle;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("the bundle was not prepared in 5 minutes: " + bundle.state());
            }
            Thread.sleep(250);
        }
    }

    /** Decides everything still open: documents in review become correspondence, open proposals are accepted. */
    public static void settleTheRest(Workbench workbench, CaseReference reference, Actor officer, String why) {
        for (ReviewDocument d : workbench.documents(reference, ReviewFilter.ALL.withNeedsReview(true), 0, 1000)) {
            if (d.disposition() == Disposition.REVIEW) {
                workbench.changeDisposition(reference, d.id(), ReasonCode.CORRESPONDENCE, why, null, officer);
            }
            for (RedactionView r : workbench.document(reference, d.id()).redactions()) {
                if (r.open()) {
                    workbench.decide(reference, r.id(), RedactionStatus.ACCEPTED, officer);
                }
            }
        }
    }

    /** The text, lower case, of the case file's documents other than {@code document} that {@code counted} keeps. */
    static String textOfOtherDocuments(
            Workbench workbench, CaseReference reference, long document, Predicate<ReviewDocument> counted) {
        return workbench.documents(reference, ReviewFilter.ALL, 0, 1000).stream()
                .filter(d -> d.id() != document && counted.test(d))
                .map(d -> workbench.document(reference, d.id()).content().text())
                .collect(Collectors.joining("\n"))
                .toLowerCase();
    }
}
