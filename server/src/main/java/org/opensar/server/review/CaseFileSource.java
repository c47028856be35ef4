package org.opensar.server.review;

/** How the case file came: uploaded as a .zip, or named by its folder on the server (large exports). */
public enum CaseFileSource {
    UPLOAD,
    SERVER_FOLDER
}
