package org.opensar.engine.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Opens a case file, a folder or a .zip of one (format: docs/case-file-format.md). */
public final class CaseFileReader {

    static final String CASE_JSON = "case.json";
    static final String DOCUMENTS = "documents";
    static final String DOCUMENTS_JSON = "documents.json";

    private final ZipLimits zipLimits;

    public CaseFileReader(ZipLimits zipLimits) {
        this.zipLimits = zipLimits;
    }

    public CaseFileReader() {
        this(ZipLimits.DEFAULT);
    }

    /** Opens {@code source}; throws {@link CaseFileException} with a one-line message when it cannot be read. */
    public CaseFile open(Path source) {
        if (!Files.exists(source)) {
            throw new CaseFileException("case file not found: " + source);
        }
        if (Files.isDirectory(source)) {
            return openFolder(source, Optional.empty());
        }
        if (!source.getFileName().toString().toLowerCase().endsWith(".zip")) {
            throw new CaseFileException("a case file is a folder or a .zip of one: " + source);
        }
        Path unpacked = new ZipUnpacker(zipLimits).unpack(source);
        try {
            return openFolder(caseRoot(unpacked), Optional.of(unpacked));
        } catch (RuntimeException e) {
            CaseFile.deleteTree(unpacked);
            throw e;
        }
    }

    /**
     * Unpacks a zipped case file, under the same guards as {@link #open}, into the folder {@code into} to keep, and
     * returns the case folder inside it (the one holding case.json), for a server that processes it later.
     */
    public Path unpack(Path zip, Path into) {
        Path unpacked = new ZipUnpacker(zipLimits).unpack(zip, into);
        return caseRoot(unpacked);
    }

    /** A zip may hold the case at its top or inside one folder. */
    private static Path caseRoot(Path unpacked) {
        if (Files.exists(unpacked.resolve(CASE_JSON))) {
            return unpacked;
        }
        try (Stream<Path> children = Files.list(unpacked)) {
            List<Path> folders = children.filter(Files::isDirectory).toList();
            if (folders.size() == 1 && Files.exists(folders.get(0).resolve(CASE_JSON))) {
                return folders.get(0);
            }
            return unpacked;
        } catch (IOException e) {
            throw new CaseFileException("cannot read the unpacked case file: " + e.getMessage(), e);
        }
    }

    private static CaseFile openFolder(Path root, Optional<Path> unpackedInto) {
        Path caseJson = root.resolve(CASE_JSON);
        if (!Files.isRegularFile(caseJson)) {
            throw new CaseFileException("not a case file: no case.json in " + root);
        }
        Path documents = root.resolve(DOCUMENTS);
        if (!Files.isDirectory(documents)) {
            throw new CaseFileException("not a case file: no documents/ folder in " + root);
        }
        CaseDescription description = CaseDescriptionReader.read(caseJson);
        List<String> warnings = new ArrayList<>();
        Map<String, DocumentMetadata> metadata = DocumentsJson.read(root.resolve(DOCUMENTS_JSON), warnings);
        List<CaseDocument> listed = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(documents)) {
            paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(p -> listed.addAll(documents(root, p, metadata)));
        } catch (IOException | UncheckedIOException e) {
            throw new CaseFileException("cannot list " + documents + ": " + e.getMessage(), e);
        }
        listed.sort((a, b) -> a.file().compareTo(b.file()));
        return new CaseFile(description, root, listed, warnings, unpackedInto);
    }

    /** The file as one document, or a mailbox as one document per message. */
    private static List<CaseDocument> documents(Path root, Path path, Map<String, DocumentMetadata> metadata) {
        String file = relative(root, path);
        try {
            if (!Mailboxes.isMailbox(path)) {
                return List.of(new CaseDocument(file, path, path.toFile().length(), metadata.get(file)));
            }
            List<CaseDocument> messages = new ArrayList<>();
            for (Mailboxes.Message message : Mailboxes.messages(path)) {
                String part = MailboxParts.partFile(file, messages.size() + 1);
                messages.add(new CaseDocument(
                        part,
                        path,
                        message.length(),
                        metadata.getOrDefault(part, metadata.get(file)),
                        message.offset()));
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
