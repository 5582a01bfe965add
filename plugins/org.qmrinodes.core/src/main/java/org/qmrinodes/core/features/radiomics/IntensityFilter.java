package org.qmrinodes.core.features.radiomics;

import java.util.function.DoubleUnaryOperator;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Volume;
import org.qmrinodes.core.image.filter.ImageBlock;

/**
 * PyRadiomics' image types that map every voxel's intensity x through a function, scaled by M, the
 * largest absolute intensity of the whole image (not only the region; with {@code preCrop} of the
 * region's surroundings, the image PyRadiomics then works on), so that the derived image keeps the
 * original's range. Features of a derived image are named with its prefix, e.g.
 * {@code square_firstorder_Mean}.
 */
public enum IntensityFilter {
    /** Square: (x/√M)². */
    SQUARE("Square", "square"),
    /** Square Root: √(xM) for x ≥ 0, −√(−xM) for x &lt; 0. */
    SQUAREROOT("SquareRoot", "squareroot"),
    /**
     * Logarithm: ln(x + 1) for x ≥ 0, −ln(1 − x) for x &lt; 0, scaled by M / ln(M + 1) (its largest
     * absolute value becomes M).
     */
    LOGARITHM("Logarithm", "logarithm"),
    /** Exponential: exp(x ln(M)/M), between 1/M and M. */
    EXPONENTIAL("Exponential", "exponential");

    private final String typeName;
    private final String prefix;

    IntensityFilter(final String typeName, final String prefix) {
        this.typeName = typeName;
        this.prefix = prefix;
    }

    /** @return PyRadiomics' image-type name in parameter files, e.g. {@code SquareRoot} */
    public String typeName() {
        return typeName;
    }

    /** @return the prefix of its feature names, e.g. {@code squareroot} */
    public String prefix() {
        return prefix;
    }

    /**
     * @param typeName a PyRadiomics image-type name
     * @return the filter of that name, or null when it is not one of these
     */
    public static IntensityFilter ofTypeName(final String typeName) {
        for (final IntensityFilter f : values()) {
            if (f.typeName.equals(typeName)) {
                return f;
            }
        }
        return null;
    }

    /**
     * @param image the whole image
     * @param name the image's name, for the message
     * @return the filter's function of the intensity for this image
     * @throws InvalidDataException when the image is zero everywhere (M = 0 leaves the filter undefined)
     */
    public DoubleUnaryOperator forImage(final Volume image, final String name) {
        return forLargestAbsolute(largestAbsolute(image), name);
    }

    /**
     * @param m M, the largest absolute intensity of the image filtered (the whole image, or with
     *        PyRadiomics' {@code preCrop} the region's surroundings)
     * @param name the image's name, for the message
     * @return the filter's function of the intensity
     * @throws InvalidDataException when M is 0 (the image is zero everywhere, leaving the filter undefined)
     */
    public DoubleUnaryOperator forLargestAbsolute(final double m, final String name) {
        if (!(m > 0)) {
            throw new InvalidDataException(name + ": the image is zero everywhere, so its " + typeName
                + " image (scaled by the largest absolute intensity) is undefined");
        }
        return switch (this) {
            case SQUARE -> {
                final double c = 1 / Math.sqrt(m);
                yield x -> (c * x) * (c * x);
            }
            case SQUAREROOT -> x -> x > 0 ? Math.sqrt(x * m) : x < 0 ? -Math.sqrt(-x * m) : x;
            case LOGARITHM -> {
                final double scale = m / Math.log(m + 1);
                yield x -> (x > 0 ? Math.log(x + 1) : x < 0 ? -Math.log(-(x - 1)) : x) * scale;
            }
            case EXPONENTIAL -> {
                final double c = Math.log(m) / m;
                yield x -> Math.exp(c * x);
            }
        };
    }

    /** @return M = max |x| over the block's voxels, NaN voxels left out */
    static double largestAbsolute(final ImageBlock block) {
        double m = 0;
        for (final double v : block.values()) {
            final double x = Math.abs(v);
            if (x > m) {
                m = x;
            }
        }
        return m;
    }

    /** @return M = max |x| over the image's voxels, NaN voxels left out */
    static double largestAbsolute(final Volume image) {
        final int nx = image.geometry().columns();
        final int ny = image.geometry().rows();
        final int nz = image.geometry().slices();
        double m = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    final double x = Math.abs(image.get(i, j, k, 0));
                    if (x > m) {
                        m = x;
                    }
                }
            }
        }
        return m;
    }
}
