package org.opensar.server.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensar.server.casework.CaseReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Uploads scanned by a real ClamAV daemon: Debian's {@code clamd}, started here in a folder of its own with a
 * signature database written here for the EICAR test file (the public virus database cannot be downloaded on a
 * closed network, and the EICAR string is made at run time, never kept as a file). A picture carrying the EICAR
 * string is refused in plain English and nothing is stored; a clean picture is stored as scanned clean. Skipped,
 * with a message, only where clamd is not installed ({@code apt-get install clamav-daemon}; {@code .ci/run} does).
 */
class ClamAvIT extends PublicServiceTest {

    private static final Path CLAMD = Path.of("/usr/sbin/clamd");
    /** EICAR's anti-virus test string, kept backwards so that this source file is not itself taken for a virus. */
    private static final String EICAR_BACKWARDS =
            "*H+H$!ELIF-TSET-SURIVITNA-DRADNATS-RACIE$}7)CC7)^P(45XZP\\4[PA@%P!O5X";

    private static Path folder;
    private static Process clamd;

    @Autowired
    private Uploads uploads;

    @Autowired
    private Submissions submissions;

    @BeforeAll
    static void startClamd() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CLAMD),
                "Skipped: the ClamAV test needs Debian's clamd (apt-get install clamav-daemon)");
        folder = Files.createTempDirectory("clamd"); // short: a unix socket's path is at most 107 bytes
        Path database = Files.createDirectories(folder.resolve("db"));
        // A body signature (.ndb): name, any file type (0), anywhere (*), the bytes in hex.
        Files.writeString(
                database.resolve("opensar-test.ndb"),
                "OpenSAR.Test.EICAR:0:*:" + HexFormat.of().formatHex(eicar()) + "\n",
                StandardCharsets.US_ASCII);
        // No User line: clamd runs as whoever runs the tests, root or not, and writes only in this folder.
        Files.writeString(
                folder.resolve("clamd.conf"),
                String.join(
                        "\n",
                        "Foreground yes",
                        "LocalSocket " + folder.resolve("clamd.sock"),
                        "DatabaseDirectory " + database,
                        "TemporaryDirectory " + folder,
                        "LogFile " + folder.resolve("clamd.log"),
                        "PidFile " + folder.resolve("clamd.pid"),
                        ""));
        clamd = new ProcessBuilder(CLAMD.toString(), "--config-file=" + folder.resolve("clamd.conf"))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("clamd.out").toFile())
                .start();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (!Files.exists(folder.resolve("clamd.sock"))) {
            if (!clamd.isAlive() || Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException(
                        "clamd did not start: " + Files.readString(folder.resolve("clamd.out")));
            }
            Thread.sleep(100);
        }
    }

    @DynamicPropertySource
    static void scanner(DynamicPropertyRegistry registry) {
        registry.add("opensar.public.clamd", () -> "unix:" + folder.resolve("clamd.sock"));
    }

    @AfterAll
    static void stopClamd() throws IOException, InterruptedException {
        if (clamd != null) {
            clamd.destroy();
            clamd.waitFor();
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aFileCarryingTheEicarTestStringIsRefusedAndNothingIsStoredWhileACleanOneIsKept() throws IOException {
        String email = "clamav-" + System.nanoTime() + "@example.org";
        CaseReference reference = aSubjectAccessRequest(email);
        PublicClient browser = signedIn(reference, email);

        // Still a PNG by its content, so the type check lets it through to the scanner.
        byte[] infected = concat(PublicServiceIT.image("png"), eicar());
        PublicClient.Page refused =
                browser.upload("/public/your-request/upload", passport(), "passport.png", "image/png", infected);
        assertThat(refused.body())
                .contains("The selected file contains a virus. Send a different copy of the document")
                .doesNotContain("We have received your document");
        assertThat(uploads.stored(reference)).isEmpty();
        assertThat(Files.readString(folder.resolve("clamd.log"))).contains("OpenSAR.Test.EICAR");

        byte[] clean = PublicServiceIT.image("png");
        PublicClient.Page kept =
                browser.upload("/public/your-request/upload", passport(), "passport.png", "image/png", clean);
        assertThat(kept.body()).contains("We have received your document");
        assertThat(uploads.stored(reference))
                .singleElement()
                .satisfies(u -> assertThat(u.scan()).isEqualTo("CLEAN"));
    }

    private static byte[] eicar() {
        return new StringBuilder(EICAR_BACKWARDS).reverse().toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private CaseReference aSubjectAccessRequest(String email) {
        Map<String, String> answers = sarAnswers(
                "Scanned Person-Example", "1990-03-27", email, "2 Synthetic Street, Exampletown", "My housing file");
        return submissions.submit(PublicForm.SAR, answers).reference();
    }

    private PublicClient signedIn(CaseReference reference, String email) {
        PublicClient browser = new PublicClient(port);
        browser.get("/public/your-request");
        browser.post("/public/your-request/sign-in", Map.of("reference", reference.value()));
        String code = latestCode(email, 0);
        assertThat(browser.post("/public/your-request/code", Map.of("code", code))
                        .body())
                .contains("Your request");
        browser.get("/public/your-request/upload");
        return browser;
    }

    private static Map<String, String> passport() {
        LocalDate expires = LocalDate.now().plusYears(5);
        return Map.of(
                "type", "PASSPORT",
                "expiresOn-day", String.valueOf(expires.getDayOfMonth()),
                "expiresOn-month", String.valueOf(expires.getMonthValue()),
                "expiresOn-year", String.valueOf(expires.getYear()));
    }
}
