package org.opensar.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.opensar.engine.casefile.CaseFile;
import org.opensar.engine.casefile.CaseFileException;
import org.opensar.engine.casefile.CaseFileReader;
import org.opensar.engine.extract.ExtractionSettings;
import org.opensar.engine.extract.TikaTextExtractor;
import org.opensar.engine.extract.TimeLimitedExtractor;
import org.opensar.engine.extract.WordOcr;
import org.opensar.engine.policy.DisclosurePolicy;
import org.opensar.engine.policy.InvalidPolicyException;
import org.opensar.engine.process.BundleRequests;
import org.opensar.engine.process.CaseReport;
import org.opensar.engine.process.EngineFactory;
import org.opensar.engine.process.ReportWriter;
import org.opensar.engine.register.InvalidStaffDirectoryException;
import org.opensar.engine.register.StaffDirectoryCsv;
import org.opensar.engine.register.StaffMember;
import org.opensar.engine.render.CoveringLetter;
import org.opensar.engine.render.DisclosureBundleWriter;
import org.opensar.engine.render.ReasonWordings;

/**
 * {@code bin/opensar process CASE_DIR|CASE.zip --out OUT_DIR [--policy FILE] [--letter FILE] [--reason-wording FILE] [--staff STAFF.csv]
 * [--threads N]} (and
 * the extraction limits {@code --max-document-mb}, {@code --document-timeout-seconds}): applies the disclosure
 * policy to every document of a case and writes OUT_DIR/report.json, then the verified disclosure bundle
 * OUT_DIR/bundle.pdf (every proposed redaction approved) and OUT_DIR/redaction-log.csv. Exits non-zero when the case
 * as a whole cannot be read (1), the arguments or policy are wrong (2), or the bundle failed verification (3).
 */
public final class ProcessCommand implements Command {

    @Override
    public String name() {
        return "process";
    }

    @Override
    public String summary() {
        return "apply the disclosure policy to a case file and write report.json";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ProcessArguments arguments;
        DisclosurePolicy policy;
        List<StaffMember> staff;
        try {
            arguments = ProcessArguments.parse(args);
            policy = arguments.policy().map(DisclosurePolicy::read).orElseGet(DisclosurePolicy::careLeaver);
            staff = arguments.staff().map(StaffDirectoryCsv::read).orElseGet(List::of);
        } catch (UsageException | InvalidPolicyException | InvalidStaffDirectoryException e) {
            err.println("opensar process: " + e.getMessage());
            err.println(ProcessArguments.USAGE);
            return 2;
        }
        try (CaseFile caseFile = new CaseFileReader().open(arguments.caseFile())) {
            caseFile.warnings().forEach(w -> err.println("opensar process: warning: " + w));
            CaseReport report = EngineFactory.pipeline(policy, arguments.extraction(), arguments.threads())
                    .process(caseFile, staff, err);
            Files.createDirectories(arguments.out());
            Path reportFile = arguments.out().resolve("report.json");
            ReportWriter.write(report, reportFile);
            out.printf(
                    "wrote %s: %d documents, %d pages, %s%n",
                    reportFile,
                    report.summary().documents(),
                    report.summary().pages(),
                    report.summary().byDisposition());
            return writeBundle(caseFile, report, reportFile, arguments, out, err);
        } catch (CaseFileException e) {
            err.println("opensar process: " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("opensar process: cannot write the report or bundle: " + e.getMessage());
            return 1;
        }
    }

    /** Writes the bundle, and its verification into report.json. */
    private static int writeBundle(
            CaseFile caseFile,
            CaseReport report,
            Path reportFile,
            ProcessArguments arguments,
            PrintStream out,
            PrintStream err)
            throws IOException {
        CoveringLetter letter = arguments.letter().map(CoveringLetter::read).orElseGet(CoveringLetter::defaults);
        ReasonWordings wordings =
                arguments.reasonWording().map(ReasonWordings::read).orElseGet(ReasonWordings::defaults);
        ExtractionSettings settings = arguments.extraction();
        DisclosureBundleWriter writer = new DisclosureBundleWriter(
                new TimeLimitedExtractor(new TikaTextExtractor(settings), settings.timeout()), new WordOcr(settings));
        DisclosureBundleWriter.Outcome outcome =
                writer.write(BundleRequests.of(caseFile, report, letter, wordings, Instant.now()), arguments.out());
        ReportWriter.write(
                report.withBundle(new CaseReport.BundleVerification(
                        outcome.verification().clean(), outcome.verification().findings(), outcome.completeness())),
                reportFile);
        if (!outcome.verification().clean()) {
            outcome.verification().findings().forEach(f -> err.println("opensar process: bundle withheld: " + f));
            err.println("opensar process: no bundle was written, since it would not pass verification; see "
                    + outcome.log());
            return 3;
        }
        out.printf(
                "wrote %s: %d pages, %d redactions, verified clean and complete (%d documents); %s%n",
                outcome.bundle(),
                outcome.rendered().pages(),
                outcome.rendered().redactions().size(),
                outcome.completeness().size(),
                outcome.log());
        return 0;
    }
}
