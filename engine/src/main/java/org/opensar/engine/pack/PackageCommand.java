package org.opensar.engine.pack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.opensar.engine.cli.Command;
import org.opensar.engine.cli.UsageException;
import org.opensar.engine.render.DisclosureBundleWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bin/opensar package OUT_DIR [--email ADDRESS] [--recorded-delivery REF]}: puts a verified bundle.pdf in an AES-256 encrypted
 * zip (OUT_DIR/delivery/), prints its generated password once on stdout and keeps only a salted hash of it in
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
        Path bundle = arguments.out().resolve(DisclosureBundleWriter.BUNDLE);
        Path log = arguments.out().resolve(DisclosureBundleWriter.LOG);
        char[] password = DeliveryPassword.generate(random);
        try {
            if (!Files.isRegularFile(bundle) || !verifiedClean(log)) {
                err.println("opensar package: no verified bundle in " + arguments.out()
                        + ": run bin/opensar process first; a bundle that failed verification is never packaged");
                return 1;
            }
            String reference = reference(arguments.out());
            Path delivery = Files.createDirectories(arguments.out().resolve("delivery"));
            Path zip = delivery.resolve((reference.isBlank() ? "bundle" : safe(reference)) + ".zip");
            Files.deleteIfExists(zip);
            encrypt(bundle, zip, password);
            Path sheet = delivery.resolve("postal-delivery-record.pdf");
            PostalCoverSheet.write(
                    sheet, reference, arguments.recordedDelivery().orElse(""), pages(bundle));
            DeliveryRecord record = new DeliveryRecord(
                    reference,
                    Instant.now(),
                    zip.getFileName().toString(),
                    sha256(zip),
                    "ZIP, AES-256",
                    DeliveryPassword.hash(password, random),
                    false,
                    DeliveryRecord.RELEASE_ROUTES,
                    arguments.requesterEmail().orElse(null),
                    List.of(),
                    new DeliveryRecord.Postal(
                            true,
                            arguments.recordedDelivery().orElse(null),
                            sheet.getFileName().toString()));
            JSON.writeValue(delivery.resolve("delivery.json").toFile(), record);
            out.println("wrote " + zip + " (AES-256) and " + delivery.resolve("delivery.json"));
            out.println("password (shown once, stored nowhere; give it separately, by phone or by email on request): "
                    + new String(password));
            return 0;
        } catch (IOException e) {
            err.println("opensar package: " + e.getMessage());
            return 1;
        } finally {
            Arrays.fill(password, ' ');
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

    private static void encrypt(Path bundle, Path zip, char[] password) throws IOException {
        ZipParameters parameters = new ZipParameters();
        parameters.setEncryptFiles(true);
        parameters.setEncryptionMethod(EncryptionMethod.AES);
        parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
        try (ZipFile file = new ZipFile(zip.toFile(), password)) {
            file.addFile(bundle.toFile(), parameters);
        }
    }

    private static boolean verifiedClean(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return false;
        }
        try (Reader in = Files.newBufferedReader(log)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                if (row.get("type").equals("verification")) {
                    return row.get("reason code").equals("VERIFIED_CLEAN");
                }
            }
        }
        return false;
    }

    private static String reference(Path out) {
        Path report = out.resolve("report.json");
        if (!Files.isRegularFile(report)) {
            return "";
        }
        return JSON.readTree(report.toFile()).path("reference").asString("");
    }

    private static int pages(Path bundle) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bundle.toFile())) {
            return pdf.getNumberOfPages();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String safe(String reference) {
        return reference.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
