package org.qmrinodes.core.features.radiomics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.qmrinodes.core.features.IntensityStatistics;

/**
 * PyRadiomics' first-order features ({@code firstorder}) of the N<sub>p</sub> intensities X of a region.
 * Moments are population moments; percentiles interpolate linearly (numpy's default). c is
 * {@code voxelArrayShift}, which only Energy, Total Energy and Root Mean Squared use. p(i) is the
 * fraction of voxels with grey level i of the fixed-bin-width discretisation ({@link GreyLevels}),
 * ε = 2.2·10<sup>−16</sup> (numpy's {@code spacing(1)}).
 */
public final class FirstOrderFeatures {

    private final RegionOfInterest region;
    private final GreyLevels greyLevels;
    private final double voxelArrayShift;
    private final double[] values;
    private final IntensityStatistics statistics;

    /**
     * @param greyLevels the discretised region
     * @param voxelArrayShift c, added to the intensities in the energy features
     */
    public FirstOrderFeatures(final GreyLevels greyLevels, final double voxelArrayShift) {
        this.greyLevels = greyLevels;
        this.region = greyLevels.region();
        this.voxelArrayShift = voxelArrayShift;
        this.values = region.regionIntensities();
        this.statistics = IntensityStatistics.of(values);
    }

    /** @return every feature in PyRadiomics' order, keyed by its PyRadiomics name (unmodifiable) */
    public Map<String, Double> values() {
        final Map<String, Double> out = new LinkedHashMap<>();
        out.put("10Percentile", percentile10());
        out.put("90Percentile", percentile90());
        out.put("Energy", energy());
        out.put("Entropy", entropy());
        out.put("InterquartileRange", interquartileRange());
        out.put("Kurtosis", kurtosis());
        out.put("Maximum", maximum());
        out.put("MeanAbsoluteDeviation", meanAbsoluteDeviation());
        out.put("Mean", mean());
        out.put("Median", median());
        out.put("Minimum", minimum());
        out.put("Range", range());
        out.put("RobustMeanAbsoluteDeviation", robustMeanAbsoluteDeviation());
        out.put("RootMeanSquared", rootMeanSquared());
        out.put("Skewness", skewness());
        out.put("TotalEnergy", totalEnergy());
        out.put("Uniformity", uniformity());
        out.put("Variance", variance());
        return Collections.unmodifiableMap(out);
    }

    /** @return Energy = Σ (X(i) + c)² (IBSI energy N8CA with the shift c) */
    public double energy() {
        double sum = 0;
        for (final double x : values) {
            final double shifted = x + voxelArrayShift;
            sum += shifted * shifted;
        }
        return sum;
    }

    /** @return Total Energy = V<sub>voxel</sub> Σ (X(i) + c)² (no IBSI equivalent) */
    public double totalEnergy() {
        return region.voxelVolume() * energy();
    }

    /** @return Entropy = −Σ p(i) log₂(p(i) + ε) (IBSI intensity histogram entropy TLU2) */
    public double entropy() {
        double sum = 0;
        for (int l = 0; l < greyLevels.levelCount(); l++) {
            final double p = (double) greyLevels.count(l) / values.length;
            sum -= p * FeatureMath.log2(p + FeatureMath.EPS);
        }
        return sum;
    }

    /** @return Minimum = min(X) (IBSI 1GSF) */
    public double minimum() {
        return statistics.minimum();
    }

    /** @return 10th percentile P<sub>10</sub> of X (IBSI QG58) */
    public double percentile10() {
        return statistics.percentile(10);
    }

    /** @return 90th percentile P<sub>90</sub> of X (IBSI 8DWT) */
    public double percentile90() {
        return statistics.percentile(90);
    }

    /** @return Maximum = max(X) (IBSI 84IY) */
    public double maximum() {
        return statistics.maximum();
    }

    /** @return Mean = (1/N<sub>p</sub>) Σ X(i) (IBSI Q4LE) */
    public double mean() {
        return statistics.mean();
    }

    /** @return Median of X (IBSI Y12H) */
    public double median() {
        return statistics.median();
    }

    /** @return Interquartile Range = P<sub>75</sub> − P<sub>25</sub> (IBSI SALO) */
    public double interquartileRange() {
        return statistics.interquartileRange();
    }

    /** @return Range = max(X) − min(X) (IBSI 2OJQ) */
    public double range() {
        return statistics.range();
    }

    /** @return Mean Absolute Deviation = (1/N<sub>p</sub>) Σ |X(i) − X̄| (IBSI 4FUA) */
    public double meanAbsoluteDeviation() {
        return statistics.meanAbsoluteDeviation();
    }

    /**
     * @return Robust Mean Absolute Deviation: the mean absolute deviation from their mean of the
     *         intensities X<sub>10−90</sub> between P<sub>10</sub> and P<sub>90</sub> inclusive (IBSI 1128)
     */
    public double robustMeanAbsoluteDeviation() {
        return statistics.robustMeanAbsoluteDeviation();
    }

    /** @return Root Mean Squared = √((1/N<sub>p</sub>) Σ (X(i) + c)²) (IBSI 5ZWQ with the shift c) */
    public double rootMeanSquared() {
        return Math.sqrt(energy() / values.length);
    }

    /** @return Skewness = μ₃/σ³ with population moments, 0 when σ = 0 (IBSI KE2A) */
    public double skewness() {
        return statistics.skewness();
    }

    /**
     * @return Kurtosis = μ₄/σ⁴ with population moments, 0 when σ = 0: Pearson's kurtosis, which is
     *         IBSI's excess kurtosis IPH6 plus 3
     */
    public double kurtosis() {
        return statistics.variance() == 0 ? 0 : statistics.kurtosis() + 3;
    }

    /** @return Variance = (1/N<sub>p</sub>) Σ (X(i) − X̄)² (IBSI ECT3) */
    public double variance() {
        return statistics.variance();
    }

    /** @return Uniformity = Σ p(i)² (IBSI intensity histogram uniformity BJ5W) */
    public double uniformity() {
        double sum = 0;
        for (int l = 0; l < greyLevels.levelCount(); l++) {
            final double p = (double) greyLevels.count(l) / values.length;
            sum += p * p;
        }
        return sum;
    }
}
