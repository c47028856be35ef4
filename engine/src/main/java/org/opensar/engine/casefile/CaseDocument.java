package org.opensar.engine.casefile;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One document of a case file: {@code file} is its path relative to the case folder exactly as the report
 * shows it ("documents/2019/note.pdf"), {@code path} where it lies on disk now.
 */
public record CaseDocument(String file, Path path, long size, DocumentMetadata metadata) {

    public CaseDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        metadata = metadata == null ? DocumentMetadata.NONE : metadata;
    }

    /** The file name without its folders. */
    public String fileName() {
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
