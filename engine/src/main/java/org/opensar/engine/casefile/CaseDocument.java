package org.opensar.engine.casefile;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One document of a case file: {@code file} is its path relative to the case folder exactly as the report
 * shows it ("documents/2019/note.pdf"), {@code path} where it lies on disk now. A message of a mailbox file is a
 * document of its own ({@link MailboxParts}): its {@code path} is the mailbox, and it is the {@code size} bytes from
 * {@code offset} there; a document that is a whole file has offset -1.
 */
public record CaseDocument(String file, Path path, long size, DocumentMetadata metadata, long offset) {

    public CaseDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        metadata = metadata == null ? DocumentMetadata.NONE : metadata;
        if (offset < -1) {
            throw new IllegalArgumentException("offset must be -1 (the whole file) or a place in it");
        }
    }

    /** A document that is a whole file. */
    public CaseDocument(String file, Path path, long size, DocumentMetadata metadata) {
        this(file, path, size, metadata, -1);
    }

    /** Whether this document is part of its file (a message of a mailbox) rather than the whole file. */
    public boolean isPart() {
        return offset >= 0;
    }

    /** The file name without its folders. */
    public String fileName() {
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
