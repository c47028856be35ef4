package org.opensar.server.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.opensar.server.OpenSarApplication;
import org.opensar.server.casework.ActionInput;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.casework.Casework;
import org.opensar.server.casework.RequestAction;
import org.opensar.server.casework.RequestType;
import org.opensar.server.review.CaseFileStatus;
import org.opensar.server.review.CaseFiles;
import org.opensar.server.review.GeneratedCaseFiles;
import org.opensar.server.review.PreparationState;
import org.opensar.server.review.PreparedBundle;
import org.opensar.server.review.QualityCheck;
import org.opensar.server.review.Release;
import org.opensar.server.review.ReviewSteps;
import org.opensar.server.review.Workbench;
import org.opensar.server.staff.Actor;
import org.opensar.server.staff.Role;
import org.opensar.server.staff.StaffAccounts;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Releasing a generated case file of about 100 bundle pages through the server's own services, on its embedded
 * PostgreSQL: the case file is attached and processed by the background jobs, every decision settled, checked by a
 * second person, prepared for release by the background job (rendered, verified, kept encrypted) and released (sealed
 * in its package). Prints the time of each stage.
 *
 * <p>Run: {@code ./mvnw -q -B -DskipTests install && ./mvnw -q -B -pl server
 * org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.mainClass=org.opensar.server.bench.ReleaseBench
 * -Dexec.classpathScope=test [-Dexec.args="DOCUMENTS SEED"]}: DOCUMENTS 80 and SEED 77 by default (a bundle of
 * 104 pages from 41 documents, five of its pages scans shown as images).
 */
public final class ReleaseBench {

    private static final String PASSWORD = "release-bench-password";

    private ReleaseBench() {}

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 80;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 77;
        Path home = Path.of("target/release-bench/" + UUID.randomUUID());
        ConfigurableApplicationContext server = new SpringApplication(OpenSarApplication.class)
                .run(
                        "--opensar.db.home=" + home,
                        "--server.port=0",
                        "--opensar.staff.admin-password=administrator-password",
                        "--logging.level.root=WARN");
        try {
            Actor officer = account(server, "bench-officer", Role.IG_OFFICER);
            Actor manager = account(server, "bench-manager", Role.IG_MANAGER);
            Casework casework = server.getBean(Casework.class);
            Workbench workbench = server.getBean(Workbench.class);
            CaseReference reference = casework.receive(
                            BenchRequests.byEmail(
                                    RequestType.CARE_LEAVER_SAR, LocalDate.now(), "Jordan Ellis", "jordan@example.org"),
                            officer)
                    .reference();
            casework.act(reference, new ActionInput(RequestAction.START_WORK, null, null), officer);

            long started = System.nanoTime();
            Path zip = GeneratedCaseFiles.zipped(home.resolve("generated"), seed, documents);
            try (InputStream in = Files.newInputStream(zip)) {
                server.getBean(CaseFiles.class).attachUpload(reference, in, -1, officer);
            }
            while (workbench.caseFile(reference).status() == CaseFileStatus.PROCESSING) {
                Thread.sleep(200);
            }
            long processed = System.nanoTime();
            ReviewSteps.settleTheRest(workbench, reference, officer, "read: fine");
            casework.act(reference, new ActionInput(RequestAction.SEND_FOR_QA, null, null), officer);
            server.getBean(QualityCheck.class).approve(reference, "Fine.", manager);

            long preparing = System.nanoTime();
            double[] cpuBefore = cpuSeconds();
            PreparedBundle prepared = ReviewSteps.prepared(server, reference, officer);
            long sealing = System.nanoTime();
            if (prepared.state() != PreparationState.READY) {
                throw new IllegalStateException("the bundle was not prepared: " + prepared.findings());
            }
            Release.Released released = server.getBean(Release.class).release(reference, null, officer);
            long done = System.nanoTime();
            double[] cpuAfter = cpuSeconds();
            double own = cpuAfter[0] - cpuBefore[0];
            double children = cpuAfter[1] - cpuBefore[1];
            System.out.printf(
                    "case file: %d documents (seed %d), processed in %s%n",
                    documents, seed, seconds(processed - started));
            System.out.printf(
                    "bundle: %d pages, %d redactions, %d documents to disclose%n",
                    released.record().bundlePages(), released.record().redactions(), prepared.documents());
            System.out.printf(
                    "prepare (background job): %s = waiting for a job %s + render %s + verify %s%n",
                    seconds(sealing - preparing),
                    seconds(Duration.between(prepared.requestedAt(), prepared.startedAt())),
                    seconds(Duration.between(prepared.startedAt(), prepared.verifyingAt())),
                    seconds(Duration.between(prepared.verifyingAt(), prepared.finishedAt())));
            System.out.printf("release (request thread): seal the package %s%n", seconds(done - sealing));
            System.out.printf(
                    "render, verify and package: %s (CPU %.1f s: Java %.1f s, tesseract %.1f s; %d cores)%n",
                    seconds(done - preparing),
                    own + children,
                    own,
                    children,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            server.close();
        }
    }

    private static Actor account(ConfigurableApplicationContext server, String username, Role role) {
        server.getBean(StaffAccounts.class)
                .create(username, username, username + "@council.example", role, PASSWORD, "bench");
        return new Actor(username, Set.of(role));
    }

    /**
     * CPU seconds of this process, and of the children it has waited for (tesseract), from /proc/self/stat: steadier
     * than the wall time on a shared machine. NaN where there is no /proc.
     */
    private static double[] cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double own = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
            double children = (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
            return new double[] {own, children};
        } catch (java.io.IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    private static String seconds(long nanos) {
        return seconds(Duration.ofNanos(nanos));
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
