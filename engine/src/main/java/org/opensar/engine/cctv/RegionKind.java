package org.opensar.engine.cctv;

/**
 * What a box on a still covers. Faces and people identify someone by how they look; a vehicle's registration plate
 * and readable text (a name badge, a shop's name on a uniform) by what they say. Each is another person's data unless
 * it is the requester's.
 */
public enum RegionKind {
    FACE("face", true),
    PERSON("person", true),
    VEHICLE_PLATE("vehicle registration plate", true),
    TEXT("readable text", false);

    private final String label;
    private final boolean verified;

    RegionKind(String label, boolean verified) {
        this.label = label;
        this.verified = verified;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the check before release looks for this kind again on the obscured still: text is not, because reading
     * text needs tesseract, and a word it reads is not on its own someone's identity.
     */
    public boolean verified() {
        return verified;
    }
}
