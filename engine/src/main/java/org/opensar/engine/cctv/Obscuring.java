package org.opensar.engine.cctv;

/** How another person is obscured on a still: a solid box (the default), or a blur too strong to recognise them. */
public enum Obscuring {
    SOLID("solid boxes"),
    BLUR("a strong blur");

    private final String label;

    Obscuring(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
