package org.qmrinodes.core.features.radiomics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * PyRadiomics' resegmentation of the mask ({@code resegmentRange}, {@code resegmentMode};
 * {@code imageoperations.resegmentMask}): the region keeps the voxels whose intensity X satisfies
 * X ≥ T<sub>lower</sub>, and X ≤ T<sub>upper</sub> when the range has two values. The thresholds are the
 * range's values in ascending order, each taken as
 * <ul>
 * <li>{@code absolute} (the default): the value itself;</li>
 * <li>{@code relative}: the value times the region's maximum intensity;</li>
 * <li>{@code sigma}: μ + value·σ, with μ the region's mean intensity and σ its population standard
 *     deviation (numpy's {@code std}).</li>
 * </ul>
 * The intensities are those of the image the features are computed on before any filter (after
 * normalisation, when enabled). A resegmentation that keeps fewer than two voxels is an error, as in
 * PyRadiomics. Immutable.
 */
public final class Resegmentation {

    /** PyRadiomics' resegmentation modes. */
    public static final List<String> MODES = List.of("absolute", "relative", "sigma");

    private final List<Double> range;
    private final String mode;

    /**
     * @param range PyRadiomics {@code resegmentRange}: one or two thresholds, in any order
     * @param mode PyRadiomics {@code resegmentMode}, one of {@link #MODES}
     * @throws IllegalArgumentException when the range does not have one or two finite numbers or the mode is unknown
     */
    public Resegmentation(final List<Double> range, final String mode) {
        if (range.isEmpty() || range.size() > 2 || !range.stream().allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("resegmentRange must be one or two numbers, got " + range);
        }
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("resegmentMode must be one of " + String.join(", ", MODES) + ", got '"
                + mode + "'");
        }
        this.range = range.stream().sorted().toList();
        this.mode = mode;
    }

    /**
     * @param region the region, with the intensities of the unfiltered image
     * @return the thresholds T<sub>lower</sub> and, with two values in the range, T<sub>upper</sub>
     */
    public double[] thresholds(final RegionOfInterest region) {
        final double[] x = region.regionIntensities();
        final double[] out = new double[range.size()];
        switch (mode) {
            case "relative" -> {
                final double max = Arrays.stream(x).max().orElseThrow();
                for (int t = 0; t < out.length; t++) {
                    out[t] = max * range.get(t);
                }
            }
            case "sigma" -> {
                double sum = 0;
                for (final double value : x) {
                    sum += value;
                }
                final double mean = sum / x.length;
                double squares = 0;
                for (final double value : x) {
                    squares += (value - mean) * (value - mean);
                }
                final double sd = Math.sqrt(squares / x.length);
                for (int t = 0; t < out.length; t++) {
                    out[t] = mean + sd * range.get(t);
                }
            }
            default -> {
                for (int t = 0; t < out.length; t++) {
                    out[t] = range.get(t);
                }
            }
        }
        return out;
    }

    /**
     * @param region the region, with the intensities of the unfiltered image
     * @param maskName the mask's name (file or row) for messages
     * @return for each voxel of the region's bounding box (column fastest), whether the resegmented
     *         region keeps it (for {@link RegionOfInterest#restricted(boolean[])})
     * @throws InvalidDataException when fewer than two voxels are kept
     */
    public boolean[] kept(final RegionOfInterest region, final String maskName) {
        final double[] t = thresholds(region);
        final int size = region.columns() * region.rows() * region.slices();
        final boolean[] keep = new boolean[size];
        int count = 0;
        for (int v = 0; v < size; v++) {
            if (region.inside(v)) {
                final double x = region.intensity(v);
                keep[v] = x >= t[0] && (t.length == 1 || x <= t[1]);
                count += keep[v] ? 1 : 0;
            }
        }
        if (count <= 1) {
            throw new InvalidDataException(String.format(Locale.ROOT,
                "%s: resegmentation (resegmentRange %s, mode %s: intensities %s) keeps %d of the %d voxels of the"
                    + " region; at least 2 are needed", maskName, range, mode, t.length == 1
                        ? "from " + t[0] : t[0] + " to " + t[1], count, region.voxelCount()));
        }
        return keep;
    }
}
