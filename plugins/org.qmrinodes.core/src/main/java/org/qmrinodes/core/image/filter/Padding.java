package org.qmrinodes.core.image.filter;

import java.util.Locale;

/**
 * How an image is extended beyond its edges for a convolution, with IBSI 2's names (Depeursinge et
 * al., IBSI 2 reference manual, padding): for a line a b c d,
 * {@link #CONSTANT} …0 0 | a b c d | 0 0…, {@link #NEAREST} …a a | a b c d | d d…,
 * {@link #PERIODIC} …c d | a b c d | a b…, {@link #MIRROR} …b a | a b c d | d c… (the edge voxel repeated).
 */
public enum Padding {
    /** Zeros beyond the edges. */
    CONSTANT,
    /** The edge value repeated. */
    NEAREST,
    /** The image repeated (wrap-around). */
    PERIODIC,
    /** The image mirrored about its edges, the edge voxel included (symmetric extension). */
    MIRROR;

    /**
     * @param i an index along a line, possibly outside it
     * @param n the line's length
     * @return the index inside the line whose value stands at i, or −1 for a zero ({@link #CONSTANT})
     */
    int index(final int i, final int n) {
        if (i >= 0 && i < n) {
            return i;
        }
        return switch (this) {
            case CONSTANT -> -1;
            case NEAREST -> i < 0 ? 0 : n - 1;
            case PERIODIC -> Math.floorMod(i, n);
            case MIRROR -> {
                final int m = Math.floorMod(i, 2 * n);
                yield m < n ? m : 2 * n - 1 - m;
            }
        };
    }

    /**
     * @param name {@code constant} (or {@code zero}), {@code nearest}, {@code periodic} (or {@code wrap}),
     *        {@code mirror} (or {@code symmetric}, or {@code reflect}: scipy.ndimage's name for the
     *        edge-included mirror), any case
     * @return that padding
     * @throws IllegalArgumentException naming the known ones
     */
    public static Padding named(final String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "constant", "zero" -> CONSTANT;
            case "nearest" -> NEAREST;
            case "periodic", "wrap" -> PERIODIC;
            case "mirror", "symmetric", "reflect" -> MIRROR;
            default -> throw new IllegalArgumentException("unknown padding '" + name
                + "' (known: constant, nearest, periodic or wrap, mirror or reflect)");
        };
    }
}
