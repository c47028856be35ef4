package org.opensar.engine.cctv;

import java.nio.file.Path;

/** The OpenCV cascades the detector runs, each a file of Debian's opencv-data, and what each finds. */
enum Cascade {
    FRONTAL_FACE("haarcascades/haarcascade_frontalface_default.xml", RegionKind.FACE, "frontal face", false),
    FRONTAL_FACE_ALT("haarcascades/haarcascade_frontalface_alt2.xml", RegionKind.FACE, "frontal face", false),
    FRONTAL_FACE_LBP("lbpcascades/lbpcascade_frontalface_improved.xml", RegionKind.FACE, "frontal face", false),
    PROFILE_FACE("haarcascades/haarcascade_profileface.xml", RegionKind.FACE, "face in profile", true),
    UPPER_BODY("haarcascades/haarcascade_upperbody.xml", RegionKind.PERSON, "head and shoulders", false),
    PLATE("haarcascades/haarcascade_russian_plate_number.xml", RegionKind.VEHICLE_PLATE, "number plate", false);

    private final String path;
    private final RegionKind kind;
    private final String finds;
    private final boolean mirrored;

    Cascade(String path, RegionKind kind, String finds, boolean mirrored) {
        this.path = path;
        this.kind = kind;
        this.finds = finds;
        this.mirrored = mirrored;
    }

    Path file(Path models) {
        return models.resolve(path);
    }

    String fileName() {
        return path.substring(path.indexOf('/') + 1);
    }

    RegionKind kind() {
        return kind;
    }

    String finds() {
        return finds;
    }

    /** Trained on one side only (profiles face left): run on the mirrored still too. */
    boolean mirrored() {
        return mirrored;
    }
}
