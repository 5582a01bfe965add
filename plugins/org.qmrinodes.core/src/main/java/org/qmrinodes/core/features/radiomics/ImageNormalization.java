package org.qmrinodes.core.features.radiomics;

import java.nio.FloatBuffer;
import java.util.function.DoubleUnaryOperator;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.image.Volume;

/**
 * PyRadiomics' {@code normalize} ({@code imageoperations.normalizeImage}), applied to the whole image
 * before the mask is looked at: f(x) = s·clip((x − μ)/σ, −n, n), with μ and σ the mean and standard
 * deviation of every voxel of the image (not only the region's; σ with the n − 1 denominator, as
 * SimpleITK's {@code Normalize} computes it), s = {@code normalizeScale} and n = {@code removeOutliers}
 * (no clipping when it is not given). The outliers are clipped after the z-score and before the
 * scaling, as PyRadiomics does. Immutable.
 */
public final class ImageNormalization implements DoubleUnaryOperator {

    private final double mean;
    private final double standardDeviation;
    private final double scale;
    private final double outliers;

    private ImageNormalization(final double mean, final double standardDeviation, final double scale,
        final double outliers) {
        this.mean = mean;
        this.standardDeviation = standardDeviation;
        this.scale = scale;
        this.outliers = outliers;
    }

    /**
     * @param image a single-volume image
     * @param imageName the image's name (file or row) for messages
     * @param scale PyRadiomics {@code normalizeScale} s (positive)
     * @param removeOutliers PyRadiomics {@code removeOutliers} n (positive), or NaN for none
     * @return the normalisation of that image
     * @throws InvalidDataException when a voxel has no intensity (NaN) or the image is constant
     * @throws IllegalArgumentException when s or n is not a positive number
     */
    public static ImageNormalization of(final Volume image, final String imageName, final double scale,
        final double removeOutliers) {
        checkParameters(scale, removeOutliers);
        final FloatBuffer values = image.view(0);
        double sum = 0;
        long notNumbers = 0;
        for (int v = 0; v < values.limit(); v++) {
            final float x = values.get(v);
            notNumbers += Float.isNaN(x) ? 1 : 0;
            sum += x;
        }
        if (notNumbers > 0) {
            throw new InvalidDataException(imageName + ": " + notNumbers
                + " voxels of the image have no intensity (NaN); normalize needs every voxel of the image");
        }
        final long count = values.limit();
        final double mean = sum / count;
        double squares = 0;
        for (int v = 0; v < values.limit(); v++) {
            final float x = values.get(v);
            squares += (x - mean) * (x - mean);
        }
        final double sd = count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
        if (!(sd > 0)) {
            throw new InvalidDataException(imageName + ": the image is constant (every voxel " + mean
                + "); normalize needs a standard deviation above 0");
        }
        return new ImageNormalization(mean, sd, scale, removeOutliers);
    }

    /**
     * @param scale PyRadiomics {@code normalizeScale}
     * @param removeOutliers PyRadiomics {@code removeOutliers}, or NaN for none
     * @throws IllegalArgumentException when either is not a positive number
     */
    static void checkParameters(final double scale, final double removeOutliers) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("normalizeScale must be a positive number, got " + scale);
        }
        if (!Double.isNaN(removeOutliers) && !(removeOutliers > 0)) {
            throw new IllegalArgumentException("removeOutliers must be a positive number, got " + removeOutliers);
        }
    }

    /** @return μ, the mean intensity of the whole image */
    public double mean() {
        return mean;
    }

    /** @return σ, the standard deviation of the whole image's intensities (n − 1 denominator) */
    public double standardDeviation() {
        return standardDeviation;
    }

    /** @return f(x) */
    @Override
    public double applyAsDouble(final double x) {
        double z = (x - mean) / standardDeviation;
        if (!Double.isNaN(outliers)) {
            z = Math.max(-outliers, Math.min(outliers, z));
        }
        return z * scale;
    }

    /**
     * @param image the image the normalisation was computed on
     * @return the normalised image, in the single precision of {@link Volume}
     */
    public Volume apply(final Volume image) {
        final float[] values = image.copyOfVolume(0);
        for (int v = 0; v < values.length; v++) {
            values[v] = (float) applyAsDouble(values[v]);
        }
        return Volume.map(image.geometry(), values);
    }
}
