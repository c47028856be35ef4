package org.opensar.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.opensar.engine.pack.DeliveryPackager;
import org.opensar.engine.pack.PasswordRelease;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bin/opensar package OUT_DIR [--format pdf|zip] [--email ADDRESS] [--recorded-delivery REF]}: seals a verified
 * bundle.pdf as an AES-256 encrypted PDF (the default) or an AES-256 zip in OUT_DIR/delivery/, prints its generated
 * password once on stdout, with how the requester opens the file, and keeps only a salted hash of the password in
 * delivery.json, with how the password will be released and a print-ready postal delivery record. Refuses a bundle
 * whose redaction log does not say it verified clean. {@code bin/opensar package release OUT_DIR --method phone|email
 * --to ... --by OFFICER} then records how the password was given ({@link PasswordRelease}).
 */
public final class PackageCommand implements Command {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final SecureRandom random = new SecureRandom();

    @Override
    public String name() {
        return "package";
    }

    @Override
    public String summary() {
        return "encrypt a verified bundle for delivery, print its password once; record how it was released";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("release")) {
            return release(args.subList(1, args.size()), out, err);
        }
        PackageArguments arguments;
        try {
            arguments = PackageArguments.parse(args);
        } catch (UsageException e) {
            err.println("opensar package: " + e.getMessage());
            err.println(PackageArguments.USAGE);
            return 2;
        }
        try {
            DeliveryPackager.Sealed sealed = new DeliveryPackager(random)
                    .seal(
                            arguments.out(),
                            reference(arguments.out()),
                            arguments.format(),
                            arguments.recordedDelivery(),
                            arguments.requesterEmail());
            try {
                out.println("wrote " + sealed.packageFile() + " ("
                        + sealed.format().encryption() + ") and " + sealed.deliveryRecord());
                out.println("tell the requester: " + sealed.format().howToOpen());
                out.println(
                        "password (shown once, stored nowhere; give it separately, by phone or by email on request): "
                                + new String(sealed.password()));
            } finally {
                sealed.forgetPassword();
            }
            return 0;
        } catch (DeliveryPackager.NotVerifiedException e) {
            err.println("opensar package: " + e.getMessage()
                    + ": run bin/opensar process first; a bundle that failed verification is never packaged");
            return 1;
        } catch (IOException e) {
            err.println("opensar package: " + e.getMessage());
            return 1;
        }
    }

    /** {@code package release}: records how the password was given; refuses an email to any other address. */
    private static int release(List<String> args, PrintStream out, PrintStream err) {
        ReleaseArguments arguments;
        try {
            arguments = ReleaseArguments.parse(args);
        } catch (UsageException e) {
            err.println("opensar package release: " + e.getMessage());
            err.println(ReleaseArguments.USAGE);
            return 2;
        }
        try {
            PasswordRelease.Release release = new PasswordRelease(Clock.systemUTC())
                    .record(arguments.out(), arguments.method(), arguments.to(), arguments.by());
            out.println("recorded: password given by " + release.method().name().toLowerCase(Locale.ROOT) + " to "
                    + release.to() + " by " + release.by() + " at " + release.at());
            return 0;
        } catch (PasswordRelease.Refused e) {
            err.println("opensar package release: refused: " + e.getMessage());
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("opensar package release: " + e.getMessage());
            return 1;
        }
    }

    private static String reference(Path out) {
        Path report = out.resolve("report.json");
        if (!Files.isRegularFile(report)) {
            return "";
        }
        return JSON.readTree(report.toFile()).path("reference").asString("");
    }
}
