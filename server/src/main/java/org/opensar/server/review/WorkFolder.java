package org.opensar.server.review;

import java.io.IOException;
import java.nio.file.Path;

/**
 * This node's folder for bundles while they are made, previewed or sealed ({@code OPENSAR_HOME/work/HOST}), readable
 * by the server's user only. Each use takes a private folder in it and deletes it when done; the node empties it when
 * it starts, so nothing a stopped node was making is left in clear.
 */
record WorkFolder(Path path) {

    Path newFolder(String prefix) throws IOException {
        return Folders.privateFolder(path, prefix);
    }

    void empty() throws IOException {
        Folders.delete(path);
    }
}
