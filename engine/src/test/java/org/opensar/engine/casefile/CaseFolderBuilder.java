package org.opensar.engine.casefile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds a small synthetic case folder on disk for tests: {@code aCaseFolder(dir).document(...).build()}. */
public final class CaseFolderBuilder {

    private final Path root;
    private String caseJson = "{\"reference\": \"SAR-TEST-1\", \"subject\": {\"name\": \"Jordan Ellis\"}}";
    private String documentsJson;

    private CaseFolderBuilder(Path root) {
        this.root = root;
    }

    public static CaseFolderBuilder aCaseFolder(Path root) {
        return new CaseFolderBuilder(root);
    }

    public CaseFolderBuilder caseJson(String json) {
        this.caseJson = json;
        return this;
    }

    public CaseFolderBuilder documentsJson(String json) {
        this.documentsJson = json;
        return this;
    }

    public CaseFolderBuilder document(String file, String text) {
        return document(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public CaseFolderBuilder document(String file, byte[] content) {
        write(root.resolve(file), content);
        return this;
    }

    public Path build() {
        write(root.resolve("case.json"), caseJson.getBytes(StandardCharsets.UTF_8));
        if (documentsJson != null) {
            write(root.resolve("documents.json"), documentsJson.getBytes(StandardCharsets.UTF_8));
        }
        try {
            Files.createDirectories(root.resolve("documents"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /** Zips a folder, its contents under {@code prefix} ("" for the top of the zip). */
    public static Path zip(Path folder, Path zip, String prefix) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new ZipEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
