package org.opensar.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensar.engine.cli.PackageCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PasswordReleaseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:15:00Z");

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private String password;

    @BeforeEach
    void packageABundleForJordan() throws Exception {
        VerifiedBundles.write(out, "VERIFIED_CLEAN");
        assertThat(run(out.toString(), "--email", "Jordan.Ellis@example.org"))
                .as(stderr.toString())
                .isZero();
        password = stdout.toString()
                .lines()
                .filter(l -> l.startsWith("password"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .findFirst()
                .orElseThrow();
        stdout.reset();
    }

    @Test
    void eachReleaseIsAppendedDatedWithWhoGaveItToWhomAndNeverThePassword() throws Exception {
        PasswordRelease releases = new PasswordRelease(Clock.fixed(NOW, ZoneOffset.UTC));

        releases.record(out, PasswordRelease.Method.PHONE, "07700 900456", "A. Officer");
        releases.record(out, PasswordRelease.Method.EMAIL, " jordan.ellis@EXAMPLE.org ", "B. Officer");

        JsonNode record = delivery();
        assertThat(record.path("passwordReleased").asBoolean()).isTrue();
        assertThat(record.path("requesterEmail").asString()).isEqualTo("Jordan.Ellis@example.org");
        assertThat(record.path("passwordReleases")).hasSize(2);
        assertThat(record.at("/passwordReleases/0/method").asString()).isEqualTo("PHONE");
        assertThat(record.at("/passwordReleases/0/to").asString()).isEqualTo("07700 900456");
        assertThat(record.at("/passwordReleases/0/by").asString()).isEqualTo("A. Officer");
        assertThat(record.at("/passwordReleases/0/at").asString()).isEqualTo("2026-11-24T09:15:00Z");
        assertThat(record.at("/passwordReleases/1/method").asString()).isEqualTo("EMAIL");
        assertThat(record.at("/passwordHash/hash").asString()).isNotBlank();
        assertThat(Files.readString(deliveryJson())).doesNotContain(password);
    }

    @Test
    void refusesToEmailThePasswordToAnyAddressButTheRequestersRecordedOne() throws Exception {
        String before = Files.readString(deliveryJson());
        PasswordRelease releases = new PasswordRelease(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() ->
                        releases.record(out, PasswordRelease.Method.EMAIL, "jordan.ellis@example.com", "A. Officer"))
                .isInstanceOf(PasswordRelease.Refused.class)
                .hasMessageContaining("only to the requester's recorded address");

        assertThat(Files.readString(deliveryJson())).isEqualTo(before);
    }

    @Test
    void withNoAddressRecordedThePasswordGoesByPhoneOnly() throws Exception {
        stdout.reset();
        assertThat(run(out.toString())).isZero();
        PasswordRelease releases = new PasswordRelease(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() ->
                        releases.record(out, PasswordRelease.Method.EMAIL, "jordan.ellis@example.org", "A. Officer"))
                .isInstanceOf(PasswordRelease.Refused.class)
                .hasMessageContaining("give the password by phone");
        assertThat(releases.record(out, PasswordRelease.Method.PHONE, "07700 900456", "A. Officer")
                        .at())
                .isEqualTo(NOW);
    }

    @Test
    void theCommandRecordsAReleaseAndExitsOneWhenRefused() throws Exception {
        assertThat(run("release", out.toString(), "--method", "phone", "--to", "07700 900456", "--by", "A. Officer"))
                .as(stderr.toString())
                .isZero();
        assertThat(stdout.toString()).contains("recorded: password given by phone to 07700 900456 by A. Officer");

        assertThat(run("release", out.toString(), "--method", "email", "--to", "nan@example.org", "--by", "A. Officer"))
                .isEqualTo(1);
        assertThat(stderr.toString()).contains("refused", "nan@example.org");
        assertThat(delivery().path("passwordReleases")).hasSize(1);

        Path empty = Files.createDirectories(out.resolve("nothing-packaged"));
        assertThat(run("release", empty.toString(), "--method", "phone", "--to", "07700 900456", "--by", "A. Officer"))
                .isEqualTo(1);
        assertThat(stderr.toString()).contains("no delivery package");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "release",
                "release OUT --method phone --to 07700",
                "release OUT --method post --to 07700 --by A",
                "release OUT --method phone --to --by A",
                "release OUT OTHER --method phone --to 07700 --by A"
            })
    void badReleaseArgumentsExitWithUsage(String line) {
        assertThat(run(line.replace("OUT", out.toString()).split(" "))).isEqualTo(2);
        assertThat(stderr.toString()).contains("usage: bin/opensar package release");
    }

    private int run(String... args) {
        return new PackageCommand().run(List.of(args), new PrintStream(stdout, true), new PrintStream(stderr, true));
    }

    private Path deliveryJson() {
        return out.resolve("delivery/delivery.json");
    }

    private JsonNode delivery() {
        return JsonMapper.builder().build().readTree(deliveryJson().toFile());
    }
}
