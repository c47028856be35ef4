package org.opensar.server.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.opensar.engine.cli.GenerateCommand;

/** Synthetic case files from the engine's own generator, zipped as a records system would export them. */
public final class GeneratedCaseFiles {

    private GeneratedCaseFiles() {}

    /** Generates a case file of {@code documents} documents in {@code folder}, and returns its zip beside it. */
    public static Path zipped(Path folder, long seed, int documents) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new GenerateCommand()
                .run(
                        List.of(
                                "--seed",
                                Long.toString(seed),
                                "--documents",
                                Integer.toString(documents),
                                folder.toString()),
                        new PrintStream(OutputStream.nullOutputStream()),
                        new PrintStream(err));
        if (exit != 0) {
            throw new IllegalStateException("the generator failed: " + err);
        }
        Path zip = folder.resolveSibling(folder.getFileName() + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (name.equals("answer-key.json")) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                Files.copy(file, out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }
}
