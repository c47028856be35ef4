package org.opensar.engine.render;

/** Hears how far a bundle has got, for a progress bar: the documents to disclose rendered, then verification. */
public interface RenderProgress {

    /** Hears nothing. */
    RenderProgress NONE = new RenderProgress() {};

    /** {@code done} of the {@code total} documents to disclose are in the bundle (or listed as unreadable). */
    default void rendered(int done, int total) {}

    /** Every document is rendered; the bundle is being verified. */
    default void verifying() {}
}
