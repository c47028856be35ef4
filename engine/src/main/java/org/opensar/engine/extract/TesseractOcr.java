package org.opensar.engine.extract;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Reads the text of an image with the {@code tesseract} command, when that command is on the PATH. */
final class TesseractOcr {

    private final Optional<Path> command;
    private final long timeoutSeconds;
    private final ExtractionSettings settings;

    TesseractOcr(ExtractionSettings settings) {
        this.command = onPath(settings.ocrCommand());
        this.timeoutSeconds = settings.timeout().toSeconds();
        this.settings = settings;
    }

    /**
     * The image as a PNG in a new owner-only file in the settings' temporary folder; the caller deletes it. Written
     * into the file as created, since {@code ImageIO.write(.., File)} deletes a file and makes a new one, 0644.
     */
    Path writeImage(String prefix, java.awt.image.BufferedImage image) throws IOException {
        Path png = settings.temporaryFile(prefix, ".png");
        try (java.io.OutputStream out = Files.newOutputStream(png)) {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(png);
            throw e;
        }
        return png;
    }

    boolean available() {
        return command.isPresent();
    }

    /** The text tesseract reads in {@code image}; throws when it fails or takes too long. */
    String read(Path image) throws IOException {
        return run(image);
    }

    /** What tesseract reads in {@code image} as TSV: one row per block, paragraph, line and word, with its box. */
    String readTsv(Path image) throws IOException {
        return run(image, "tsv");
    }

    private String run(Path image, String... configs) throws IOException {
        Path executable = command.orElseThrow(() -> new IOException("tesseract is not on the PATH"));
        Path output = settings.temporaryFile("opensar-ocr-", ".txt");
        try {
            List<String> commandLine =
                    new ArrayList<>(List.of(executable.toString(), image.toString(), "stdout", "-l", "eng"));
            commandLine.addAll(List.of(configs));
            ProcessBuilder builder = new ProcessBuilder(commandLine)
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            // One thread per page: tesseract's OpenMP threads spin-wait for each other, and on a busy machine one
            // page took 3 to 9 s instead of 1.4 s (most of it system time). OpenSAR runs several at once instead.
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("tesseract took longer than " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("tesseract exited with " + process.exitValue());
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running tesseract", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Optional<Path> onPath(String command) {
        if (command == null || command.isBlank()) {
            return Optional.empty();
        }
        Path given = Path.of(command);
        if (given.isAbsolute()) {
            return Files.isExecutable(given) ? Optional.of(given) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, command);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
