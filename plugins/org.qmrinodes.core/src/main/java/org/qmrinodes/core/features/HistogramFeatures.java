package org.qmrinodes.core.features;

import java.util.ArrayList;
import java.util.List;

import org.qmrinodes.core.data.InvalidDataException;
import org.qmrinodes.core.data.ResultTable;

/**
 * VOI histogram features of a parametric map, as the DKI/relaxometry studies report them: count,
 * mean, SD, median, 5th–95th percentiles, minimum, maximum, IQR, skewness, excess kurtosis, entropy
 * and uniformity of the discretised histogram, energy and mean absolute deviation — definitions in
 * {@link IntensityStatistics} and {@link IntensityHistogram} (IBSI 1).
 *
 * <p>Non-finite values (NaN, +Infinity, −Infinity) are missing values: such a voxel inside the VOI is
 * left out of every feature and counted in {@code excluded_voxels}.
 */
public final class HistogramFeatures {

    private HistogramFeatures() {
    }

    /**
     * @param map the map's values, one per voxel
     * @param mask which voxels belong to the VOI (same length as {@code map}), or null for all
     * @param discretisation binning of the histogram
     * @param what names the map and case in messages, e.g. {@code ADC of P017}
     * @return the features; voxels whose value is not finite (NaN, ±Infinity) are excluded and counted
     * @throws InvalidDataException if the VOI has no voxel with a value
     */
    public static HistogramFeatureSet compute(final float[] map, final boolean[] mask,
        final Discretisation discretisation, final String what) {
        if (mask != null && mask.length != map.length) {
            throw new InvalidDataException(what + ": the mask has " + mask.length + " voxels, the map " + map.length
                + ".");
        }
        int inVoi = 0;
        for (int i = 0; i < map.length; i++) {
            if (mask == null || mask[i]) {
                inVoi++;
            }
        }
        final double[] values = new double[inVoi];
        int n = 0;
        for (int i = 0; i < map.length; i++) {
            if ((mask == null || mask[i]) && Float.isFinite(map[i])) {
                values[n++] = map[i];
            }
        }
        return fromValues(java.util.Arrays.copyOf(values, n), inVoi - n, discretisation, what, inVoi);
    }

    /**
     * @param values the VOI's values; values that are not finite (NaN, ±Infinity) are excluded and counted
     * @param discretisation binning of the histogram
     * @param what names the map and case in messages
     * @return the features
     * @throws InvalidDataException if no value is left
     */
    public static HistogramFeatureSet compute(final double[] values, final Discretisation discretisation,
        final String what) {
        final double[] present = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        return fromValues(present, values.length - present.length, discretisation, what, values.length);
    }

    private static HistogramFeatureSet fromValues(final double[] values, final int excluded,
        final Discretisation discretisation, final String what, final int inVoi) {
        if (values.length == 0) {
            throw new InvalidDataException(what + ": the VOI has no voxel with a value (" + inVoi + " voxels in the VOI, "
                + excluded + " without a value).");
        }
        final IntensityStatistics s = IntensityStatistics.of(values);
        final IntensityHistogram h;
        try {
            h = IntensityHistogram.of(s, discretisation);
        } catch (final InvalidDataException e) {
            throw new InvalidDataException(what + ": " + e.getMessage());
        }
        return new HistogramFeatureSet(values.length, excluded, s, h.entropy(), h.uniformity(), discretisation);
    }

    /**
     * @param prefix put before every feature name, e.g. {@code ADC_} (empty for none)
     * @param sets the feature sets, one row each
     * @return a table with one column per feature in {@link HistogramFeatureSet#NAMES} order
     */
    public static ResultTable table(final String prefix, final List<HistogramFeatureSet> sets) {
        final List<ResultTable.Column> columns = new ArrayList<>();
        for (final String name : HistogramFeatureSet.NAMES) {
            final boolean count = name.equals("voxels") || name.equals("excluded_voxels");
            columns.add(count ? ResultTable.integer(prefix + name) : ResultTable.real(prefix + name));
        }
        final ResultTable.Builder b = ResultTable.builder(columns.toArray(ResultTable.Column[]::new));
        sets.forEach(s -> b.row(s.values().toArray()));
        return b.build();
    }

    /**
     * Sets the map to NaN where the validity image is 0 (e.g. the fit-ok map of a fit), so that
     * {@link #compute} excludes and counts those voxels.
     *
     * @param map the map's values, changed in place
     * @param valid the validity image on the same grid
     */
    public static void excludeInvalid(final float[] map, final float[] valid) {
        if (valid.length != map.length) {
            throw new InvalidDataException("the validity image has " + valid.length + " voxels, the map " + map.length);
        }
        for (int i = 0; i < map.length; i++) {
            if (valid[i] == 0) {
                map[i] = Float.NaN;
            }
        }
    }
}
