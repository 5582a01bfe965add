package org.qmrinodes.core.features;

import java.util.List;

/**
 * The histogram features of one map within one VOI (see {@link HistogramFeatures}).
 *
 * @param voxels VOI voxels used
 * @param excludedVoxels VOI voxels left out because the map has no value there (NaN, e.g. failed fits)
 * @param statistics the intensity statistics of the used voxels
 * @param entropy histogram entropy in bits
 * @param uniformity histogram uniformity
 * @param discretisation the binning of the histogram
 */
public record HistogramFeatureSet(int voxels, int excludedVoxels, IntensityStatistics statistics, double entropy,
    double uniformity, Discretisation discretisation) {

    /** Feature names in table order; the first eight are fixed by the {@code qmri histogram} contract. */
    public static final List<String> NAMES = List.of("voxels", "mean", "median", "p05", "p95", "skewness", "kurtosis",
        "entropy", "sd", "variance", "min", "max", "p10", "p25", "p75", "p90", "iqr", "uniformity", "energy", "mad",
        "excluded_voxels");

    /** @return the feature values in the order of {@link #NAMES} (counts as whole numbers) */
    public List<Object> values() {
        final IntensityStatistics s = statistics;
        return List.of(voxels, s.mean(), s.median(), s.percentile(5), s.percentile(95), s.skewness(), s.kurtosis(),
            entropy, s.standardDeviation(), s.variance(), s.minimum(), s.maximum(), s.percentile(10),
            s.percentile(25), s.percentile(75), s.percentile(90), s.interquartileRange(), uniformity, s.energy(),
            s.meanAbsoluteDeviation(), excludedVoxels);
    }
}
