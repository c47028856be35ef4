package org.opensar.engine.cctv;

/** A rectangle on a still, in pixels from its top left corner. */
public record Box(int x, int y, int width, int height) {

    public Box {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a box needs a width and a height, not " + width + "x" + height);
        }
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public long area() {
        return (long) width * height;
    }

    /** The area this box shares with {@code other}, in square pixels. */
    public long overlap(Box other) {
        long w = Math.min(right(), other.right()) - (long) Math.max(x, other.x);
        long h = Math.min(bottom(), other.bottom()) - (long) Math.max(y, other.y);
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    /** Intersection over union: 1 for the same box, 0 for boxes apart. */
    public double iou(Box other) {
        long shared = overlap(other);
        return shared == 0 ? 0 : (double) shared / (area() + other.area() - shared);
    }

    /** How much of this box {@code other} covers, from 0 to 1. */
    public double coveredBy(Box other) {
        return (double) overlap(other) / area();
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        int left = Math.min(x, other.x);
        int top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    /** Grown by {@code fraction} of its size on every side, and kept inside a still of {@code width} by {@code height}. */
    public Box grown(double fraction, int stillWidth, int stillHeight) {
        int dx = (int) Math.round(width * fraction);
        int dy = (int) Math.round(height * fraction);
        return new Box(x - dx, y - dy, width + 2 * dx, height + 2 * dy).within(stillWidth, stillHeight);
    }

    /** This box cut to a still of {@code stillWidth} by {@code stillHeight}; refused when it lies wholly outside. */
    public Box within(int stillWidth, int stillHeight) {
        int left = Math.max(0, x);
        int top = Math.max(0, y);
        int r = Math.min(stillWidth, right());
        int b = Math.min(stillHeight, bottom());
        if (r <= left || b <= top) {
            throw new IllegalArgumentException(
                    "the box " + this + " lies outside the " + stillWidth + "x" + stillHeight + " still");
        }
        return new Box(left, top, r - left, b - top);
    }

    /** The same box on a still scaled by {@code factor}. */
    public Box scaled(double factor) {
        return new Box(
                (int) Math.floor(x * factor),
                (int) Math.floor(y * factor),
                Math.max(1, (int) Math.ceil(width * factor)),
                Math.max(1, (int) Math.ceil(height * factor)));
    }

    @Override
    public String toString() {
        return width + "x" + height + " at (" + x + ", " + y + ")";
    }
}
